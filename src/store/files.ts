import { importCsv } from '../export/csv';
import { downloadBlob } from '../export/download';
import { exportFileName } from '../export/formats';
import { readEmbeddedMaps } from '../export/svg-source';
import { parseMap } from '../model/parse';
import { serializeMap } from '../model/serialize';
import type { Problem, ProcessMap } from '../model/types';

export type ReadMapFileResult =
  { ok: true; map: ProcessMap; problems: Problem[] } | { ok: false; message: string };

/** Leading bytes of files people drop by mistake, to name them instead of a syntax error. */
const SIGNATURES: { kind: string; test: (head: string) => boolean }[] = [
  { kind: 'a PNG image', test: (h) => h.startsWith('\uFFFDPNG') },
  { kind: 'a JPEG image', test: (h) => h.startsWith('\uFFFD\uFFFD\uFFFD') },
  { kind: 'a GIF image', test: (h) => h.startsWith('GIF8') },
  { kind: 'a PDF document', test: (h) => h.startsWith('%PDF') },
  { kind: 'a ZIP archive or an Office document', test: (h) => h.startsWith('PK\u0003\u0004') },
];

const NOT_A_MAP =
  'is not a ProcMap map. Open a .procmap.json file saved by ProcMap, or a JSON or YAML map file.';

/** Names a file that is clearly not text (an image, an archive), or undefined. */
function foreignKind(text: string): string | undefined {
  const head = text.slice(0, 8);
  const known = SIGNATURES.find((s) => s.test(head));
  if (known) return known.kind;
  return text.slice(0, 4096).includes('\u0000') ? 'a binary file' : undefined;
}

/**
 * Reads a map file the user chose or dropped (JSON or YAML, an SVG that ProcMap exported,
 * or a CSV process table). Never throws and never
 * touches the store: on `ok` the caller replaces the map; otherwise it shows `message`,
 * which names the file and the place (line and column, or the path of the bad field).
 *
 * @example
 * const result = await readMapFile(input.files[0]);
 * if (result.ok) actions.replaceMap(result.map, file.name);
 * else actions.showNotice({ kind: 'error', title: 'Could not open the file', message: result.message });
 */
export async function readMapFile(file: File): Promise<ReadMapFileResult> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return {
      ok: false,
      message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const foreign = foreignKind(text);
  if (foreign) return { ok: false, message: `${file.name} ${NOT_A_MAP} It looks like ${foreign}.` };

  // An SVG that ProcMap exported carries its map; a CSV is the process table of a spreadsheet.
  if (/\.svg$/i.test(file.name) || /^\uFEFF?\s*(<\?xml[^>]*>\s*)?<svg\b/.test(text)) {
    const embedded = readEmbeddedMaps(text);
    if (embedded.length === 0) {
      return {
        ok: false,
        message: `${file.name} is a picture without a ProcMap map inside. Only SVGs exported by ProcMap can be opened.`,
      };
    }
    if (embedded.length > 1) {
      return {
        ok: false,
        message: `${file.name} carries ${embedded.length} ProcMap maps, so which one it shows is not clear. Open the map's .procmap.json file instead.`,
      };
    }
    const fromSvg = parseMap(embedded[0]!, file.name);
    return fromSvg.ok ? fromSvg : { ok: false, message: fromSvg.error.message };
  }
  if (/\.csv$/i.test(file.name)) {
    const fromCsv = importCsv(text, { title: file.name.replace(/\.csv$/i, '') });
    return fromCsv.ok
      ? { ok: true, map: fromCsv.map, problems: [] }
      : { ok: false, message: `${file.name}: ${fromCsv.message}` };
  }

  // The parser is tolerant (a missing list is empty), so the JSON or YAML of some other
  // program would open as an empty map; a map names its format or its processes.
  if (text.trim() !== '' && !/\b(procmap|processes)\b/.test(text)) {
    return {
      ok: false,
      message: `${file.name} ${NOT_A_MAP} It has neither a procmap version nor a list of processes.`,
    };
  }
  const result = parseMap(text, file.name);
  return result.ok ? result : { ok: false, message: result.error.message };
}

/** The file name a map is saved under: the given name with its ending replaced by `.procmap.json`. */
export function mapFileName(fileName: string): string {
  const base = fileName.trim().replace(/(\.procmap)?\.(json|ya?ml|svg|csv)$/i, '');
  return `${base === '' ? 'untitled' : base}.procmap.json`;
}

/** The names the editor gives a map it made itself (New, the starter map): no user chose them. */
const MADE_UP_NAMES: ReadonlySet<string> = new Set(['untitled.procmap.json', 'isms.procmap.json']);

/**
 * The name a map is saved under: the name of the file it came from, with `.procmap.json`;
 * a map the editor made (New, the starter map) is named from its title instead.
 *
 * @example saveFileName({ ...map, title: 'ACME ISMS' }, 'untitled.procmap.json') === 'ACME ISMS.procmap.json'
 */
export function saveFileName(map: ProcessMap, fileName: string): string {
  return MADE_UP_NAMES.has(fileName) ? exportFileName(map.title, 'json') : mapFileName(fileName);
}

/**
 * Saves the map as a `.procmap.json` download (a Blob behind an `<a download>`), so it
 * works in every browser without a file-system permission. Returns the name it was saved as.
 */
export function downloadMapFile(map: ProcessMap, fileName: string): string {
  const name = saveFileName(map, fileName);
  downloadBlob(new Blob([serializeMap(map, 'json')], { type: 'application/json' }), name);
  return name;
}
