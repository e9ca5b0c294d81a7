import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXPORT_FORMATS, formatOfFileName } from '../export/formats';
import { parsePage, type PageSize } from '../export/page';
import type { Direction } from '../model/types';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command';
import { loadMapFile, writeOutput } from './io';

const ENDINGS = Object.values(EXPORT_FORMATS)
  .map((f) => f.extension.replace('.procmap', ''))
  .join(' ');

const USAGE = `Usage: procmap render FILE -o OUT [--force] [--direction BANDS|RIGHT|DOWN] [--scale N]
                       [--transparent] [--with-problems] [--page A4|A3[-portrait|-landscape]]
                       [--per-band]

Draws a map file (JSON or YAML; - for standard input) without a browser. OUT's ending
picks the format: ${ENDINGS}
  .svg   vector picture with a title block; ProcMap can open it again
  .png   picture rasterised from the SVG (Arimo font)
  .html  the process map as a controlled document: header and footer, revision
         history, approval, figure, tables, a turtle card per process
  .docx  the same document for Word and LibreOffice
  .csv   the process table, one row per process
  .json  the map file itself

Positions saved in the file are kept; without them (or with --direction) the map is
laid out automatically.

Options:
  -o, --output OUT        the file to write (never FILE itself)
  --force                 overwrite OUT if it exists
  --direction BANDS|RIGHT|DOWN
                          lay out in ISO bands, left to right or top to bottom
                          (default: the file's own)
  --scale N               PNG pixels per map pixel, 0.1 to 4 (default 1)
  --transparent           SVG and PNG without the white background
  --with-problems         add the open problems to the document (they otherwise go
                          to the check report: procmap check FILE --report OUT.html)
  --page PAGE             SVG and PNG on a page: A4-landscape, A4-portrait, A3-landscape or
                          A3-portrait, scaled to fit; refused when text would be under 6 pt
  --per-band              SVG and PNG: one file per band of the ISO map (OUT-core.svg, …)
  -h, --help              show this help

Exit status: 0 written, 2 the file cannot be read or parsed, the command line is wrong,
OUT cannot be written, or the map does not fit the page readably.`;

function parseDirection(value: string | undefined): Direction | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (upper !== 'BANDS' && upper !== 'RIGHT' && upper !== 'DOWN')
    throw new UsageError(`--direction must be BANDS, RIGHT or DOWN, not "${value}"`);
  return upper;
}

function parseScale(value: string | undefined): number {
  if (value === undefined) return 1;
  const scale = Number(value);
  if (!(scale >= 0.1 && scale <= 4))
    throw new UsageError(`--scale must be a number from 0.1 to 4, not "${value}"`);
  return scale;
}

function parsePageOption(value: string | undefined): PageSize | undefined {
  if (value === undefined) return undefined;
  const page = parsePage(value);
  if (!page)
    throw new UsageError(
      `--page must be A4 or A3, then -landscape or -portrait (A4-landscape), not "${value}"`,
    );
  return page;
}

/** OUT with the suffix before its ending: `map.svg` and `-core` give `map-core.svg`. */
function withSuffix(out: string, suffix: string): string {
  if (suffix === '') return out;
  const dot = out.lastIndexOf('.');
  return dot > out.lastIndexOf('/')
    ? `${out.slice(0, dot)}${suffix}${out.slice(dot)}`
    : out + suffix;
}

/** `procmap render FILE -o OUT [--direction BANDS|RIGHT|DOWN]` (DESIGN.md, "The command line"). */
export const renderCommand: Command = {
  name: 'render',
  summary: 'draw a map file as SVG, PNG, HTML or DOCX document, CSV or JSON',
  usage: USAGE,

  async run(args, context) {
    const { values, positionals } = parseCommandArgs(args, {
      output: { type: 'string', short: 'o' },
      direction: { type: 'string' },
      scale: { type: 'string' },
      transparent: { type: 'boolean' },
      force: { type: 'boolean' },
      'with-problems': { type: 'boolean' },
      page: { type: 'string' },
      'per-band': { type: 'boolean' },
    });
    if (values.help) {
      context.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length === 0 ? 'a FILE is needed' : 'one FILE at a time');
    }
    const out = values.output;
    if (!out) throw new UsageError('-o OUT is needed: the file to write');
    const format = formatOfFileName(out);
    if (!format) {
      context.stderr(
        `procmap render: cannot tell the format of "${out}": end it with one of ${ENDINGS}\n`,
      );
      return EXIT.failure;
    }
    const input = positionals[0]!;
    if (input !== '-' && (await sameFile(input, out))) {
      context.stderr(
        `procmap render: -o ${out} is the map file itself; write the picture to another file\n`,
      );
      return EXIT.failure;
    }
    const direction = parseDirection(values.direction);
    const scale = parseScale(values.scale);
    const page = parsePageOption(values.page);
    const perBand = values['per-band'] === true;
    if ((page || perBand) && format !== 'svg' && format !== 'png')
      throw new UsageError(`--page and --per-band draw pictures: OUT must end in .svg or .png`);

    const loaded = await loadMapFile(input, context);
    if (!loaded.ok) {
      context.stderr(`procmap: ${loaded.message}\n`);
      return EXIT.failure;
    }
    const [{ renderOutput }, { PageFitError }] = await Promise.all([
      import('./render-output'),
      import('../export/page-svg'),
    ]);
    let files;
    try {
      files = await renderOutput(format, loaded.map, direction, {
        scale,
        transparent: values.transparent === true,
        includeProblems: values['with-problems'] === true,
        page,
        perBand,
      });
    } catch (error) {
      if (!(error instanceof PageFitError)) throw error;
      context.stderr(`procmap: ${error.message}\n`);
      return EXIT.failure;
    }
    for (const file of files) {
      const path = withSuffix(out, file.suffix);
      if (!(await writeOutput(path, file.data, context, { overwrite: values.force === true }))) {
        return EXIT.failure;
      }
      if (file.note) context.stderr(`procmap: ${file.note}\n`);
      const what = file.suffix
        ? `the ${file.suffix.slice(1)} band`
        : `${loaded.map.processes.length} processes`;
      context.stdout(`wrote ${path} (${format.toUpperCase()}, ${what})\n`);
    }
    return EXIT.ok;
  },
};

/** Whether two paths name one file: the same path, or the same file through a link. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [sa, sb] = await Promise.all([
    stat(a).catch(() => undefined),
    stat(b).catch(() => undefined),
  ]);
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}
