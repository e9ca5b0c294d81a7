import { writeFile } from 'node:fs/promises';
import { renderDocumentDocx } from '../export/document-docx';
import { renderDocumentHtml } from '../export/document-html';
import { exportCsv } from '../export/csv';
import { EXPORT_FORMATS, formatOfFileName, type ExportFormat } from '../export/formats';
import { svgSize } from '../export/png-size';
import { renderSvg, type SvgOptions } from '../export/svg';
import { createNodeElk } from '../layout/elk-node';
import { mapGeometries } from '../layout/geometry';
import { layoutMap } from '../layout/layout';
import type { LayoutResult } from '../layout/types';
import { deriveModel } from '../model/derive';
import { deriveFlows } from '../model/flows';
import { serializeMap } from '../model/serialize';
import type { Direction, ProcessMap } from '../model/types';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command';
import { loadMapFile } from './io';
import { renderPng } from './png';

const ENDINGS = Object.values(EXPORT_FORMATS)
  .map((f) => f.extension.replace('.procmap', ''))
  .join(' ');

const USAGE = `Usage: procmap render FILE -o OUT [--direction RIGHT|DOWN] [--scale N] [--transparent]

Draws a map file (JSON or YAML; - for standard input) without a browser. OUT's ending
picks the format: ${ENDINGS}
  .svg   vector picture with a title block; ProcMap can open it again
  .png   picture rasterised from the SVG (Arimo font)
  .html  the process map document: figure, tables, procedures, open problems
  .docx  the same document for Word and LibreOffice
  .csv   the process table, one row per process
  .json  the map file itself

Positions saved in the file are kept; without them (or with --direction) the map is
laid out automatically.

Options:
  -o, --output OUT        the file to write
  --direction RIGHT|DOWN  lay out in this direction (default: the file's own)
  --scale N               PNG pixels per map pixel, 0.1 to 4 (default 1)
  --transparent           SVG and PNG without the white background
  -h, --help              show this help

Exit status: 0 written, 2 the file cannot be read or parsed, the command line is wrong,
or OUT cannot be written.`;

/** Every process has a saved position: the file was arranged in the editor. */
function isPlaced(map: ProcessMap): boolean {
  return map.processes.length > 0 && map.processes.every((p) => Object.hasOwn(map.positions, p.id));
}

function parseDirection(value: string | undefined): Direction | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (upper !== 'RIGHT' && upper !== 'DOWN')
    throw new UsageError(`--direction must be RIGHT or DOWN, not "${value}"`);
  return upper;
}

function parseScale(value: string | undefined): number {
  if (value === undefined) return 1;
  const scale = Number(value);
  if (!(scale >= 0.1 && scale <= 4))
    throw new UsageError(`--scale must be a number from 0.1 to 4, not "${value}"`);
  return scale;
}

/**
 * The map as it is drawn, and its layout: the saved positions when every process has one
 * and no direction was asked for, else ELK's layout in-process (the editor's layout code).
 */
export async function mapForDrawing(
  map: ProcessMap,
  direction?: Direction,
): Promise<{
  map: ProcessMap;
  layout?: LayoutResult;
  drawing: Pick<SvgOptions, 'flows' | 'geometries'>;
}> {
  // Flows and node sizes are worked out once, for ELK and for the SVG writer alike.
  const drawing = { flows: deriveFlows(map.processes), geometries: mapGeometries(map.processes) };
  if (direction === undefined && isPlaced(map)) return { map, drawing };
  const drawn: ProcessMap = {
    ...map,
    layout: { ...map.layout, direction: direction ?? map.layout.direction },
    positions: {},
  };
  const layout = await layoutMap(drawn, createNodeElk(), drawing);
  return { map: drawn, layout, drawing };
}

/** What is written for each format, and a note for the user when there is one. */
async function output(
  format: ExportFormat,
  map: ProcessMap,
  direction: Direction | undefined,
  options: { scale: number; transparent: boolean },
): Promise<{ data: string | Uint8Array; note?: string }> {
  if (format === 'csv') return { data: exportCsv(map) };
  if (format === 'json') return { data: serializeMap(map, 'json') };

  const { map: drawn, layout, drawing } = await mapForDrawing(map, direction);
  const background = options.transparent ? 'transparent' : 'white';
  if (format === 'svg') return { data: renderSvg(drawn, layout, { ...drawing, background }) };
  if (format === 'png') {
    const { png, note } = renderPng(renderSvg(drawn, layout, { ...drawing, background }), {
      scale: options.scale,
    });
    return { data: png, note };
  }

  const { problems } = deriveModel(map);
  const figureSvg = renderSvg(drawn, layout, {
    ...drawing,
    titleBlock: false,
    embedSource: false,
    xmlDeclaration: false,
  });
  if (format === 'html') return { data: renderDocumentHtml(map, { problems, figureSvg }) };
  // Twice the pixels for print; the SVG goes along for readers that show vectors.
  const { png } = renderPng(figureSvg, { scale: 2 });
  const { width, height } = svgSize(figureSvg);
  return {
    data: await renderDocumentDocx(map, {
      problems,
      figure: { png, width, height, svg: figureSvg },
    }),
  };
}

/** `procmap render FILE -o OUT [--direction RIGHT|DOWN]` (DESIGN.md, "The command line"). */
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
    const direction = parseDirection(values.direction);
    const scale = parseScale(values.scale);

    const loaded = await loadMapFile(positionals[0]!, context);
    if (!loaded.ok) {
      context.stderr(`procmap: ${loaded.message}\n`);
      return EXIT.failure;
    }
    const { data, note } = await output(format, loaded.map, direction, {
      scale,
      transparent: values.transparent === true,
    });
    try {
      await writeFile(out, data);
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code ??
        (error instanceof Error ? error.message : String(error));
      context.stderr(`procmap: cannot write ${out}: ${reason}\n`);
      return EXIT.failure;
    }
    if (note) context.stderr(`procmap: ${note}\n`);
    context.stdout(
      `wrote ${out} (${format.toUpperCase()}, ${loaded.map.processes.length} processes)\n`,
    );
    return EXIT.ok;
  },
};
