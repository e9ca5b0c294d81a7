import { toPlain } from '../model/serialize';
import type { ProcessMap } from '../model/types';

/** Namespace of the element that carries the map inside an exported SVG. */
export const SOURCE_NAMESPACE = 'urn:procmap:map';

/**
 * The map as the `<metadata>` child of an exported SVG: the file's JSON, escaped as XML
 * character data. C1 control characters, which JSON leaves raw and XML renderers dislike,
 * are written as JSON escapes, so the text reads back exactly.
 */
export function mapSourceElement(map: ProcessMap): string {
  const json = JSON.stringify(toPlain(map))
    .replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return `<metadata><procmap:map xmlns:procmap="${SOURCE_NAMESPACE}" format="json">${json}</procmap:map></metadata>`;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeCharacterData(text: string): string {
  return text.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi,
    (whole, cdata, entity) => {
      if (cdata !== undefined) return cdata;
      const name = String(entity).toLowerCase();
      if (!name.startsWith('#')) return NAMED[name] ?? whole;
      const code = name.startsWith('#x')
        ? parseInt(name.slice(2), 16)
        : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/**
 * The map file text (JSON) embedded in an SVG that ProcMap exported, or `undefined` when
 * the SVG carries none. Pure text matching, no DOM: it works in a browser, a worker and
 * Node alike, and it survives editors that re-indent the file or change the element's
 * namespace prefix. Maps inside comments are not read, and an SVG with two maps outside
 * them gives `undefined` too (see {@link readEmbeddedMaps}). Pass the result to `parseMap`.
 *
 * @example
 * const json = readEmbeddedMap(await file.text());
 * if (json) parseMap(json, file.name);
 */
export function readEmbeddedMap(svgText: string): string | undefined {
  const found = readEmbeddedMaps(svgText);
  return found.length === 1 ? found[0] : undefined;
}

/** Every map element of the SVG outside comments (a comment can hold anything, a decoy too). */
export function readEmbeddedMaps(svgText: string): string[] {
  const text = svgText.replace(/(<!\[CDATA\[[\s\S]*?\]\]>)|<!--[\s\S]*?(-->|$)/g, (_, cdata) =>
    cdata === undefined ? '' : cdata,
  );
  const declaration = /xmlns:([\w.-]+)\s*=\s*["']urn:procmap:map["']/.exec(text);
  if (!declaration) return [];
  const prefix = declaration[1]!.replace(/[.-]/g, '\\$&');
  const element = new RegExp(`<${prefix}:map\\b[^>]*>([\\s\\S]*?)</${prefix}:map\\s*>`, 'g');
  return [...text.matchAll(element)].map((match) => decodeCharacterData(match[1]!));
}
