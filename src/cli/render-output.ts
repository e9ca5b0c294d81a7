// What `procmap render` writes, in its own module: the command loads it (and with it
// docx, papaparse, resvg and ELK) only when it renders, so `procmap check` starts without them.
import { renderDocumentDocx } from '../export/document-docx';
import { DOCUMENT_FIGURE } from '../export/document-facts';
import { renderDocumentHtml } from '../export/document-html';
import { exportCsv } from '../export/csv';
import type { ExportFormat } from '../export/formats';
import type { PageSize } from '../export/page';
import { pagedSvgs } from '../export/page-svg';
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
import { renderPng } from './png';

/** Every process has a saved position: the file was arranged in the editor. */
function isPlaced(map: ProcessMap): boolean {
  return map.processes.length > 0 && map.processes.every((p) => Object.hasOwn(map.positions, p.id));
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
  const drawing = {
    flows: deriveFlows(map.processes),
    geometries: mapGeometries(map.processes, direction ?? map.layout.direction),
  };
  if (direction === undefined && isPlaced(map)) return { map, drawing };
  const drawn: ProcessMap = {
    ...map,
    layout: { ...map.layout, direction: direction ?? map.layout.direction },
    positions: {},
  };
  const layout = await layoutMap(drawn, createNodeElk(), drawing);
  return { map: drawn, layout, drawing };
}

export interface RenderOptions {
  /** PNG pixels per map pixel. */
  scale: number;
  transparent: boolean;
  /** SVG and PNG: the page to fit the picture on. */
  page?: PageSize;
  /** SVG and PNG: a picture per band instead of one of the whole map. */
  perBand?: boolean;
  /** HTML and DOCX: the open problems in the document too. */
  includeProblems?: boolean;
}

/** One file to write: its name is OUT with `suffix` before the ending (none for one file). */
export interface RenderedFile {
  suffix: string;
  data: string | Uint8Array;
  note?: string;
}

/**
 * What is written for each format, and a note for the user when there is one.
 *
 * @example const [{ data }] = await renderOutput('svg', map, undefined, { scale: 1, transparent: false });
 */
export async function renderOutput(
  format: ExportFormat,
  map: ProcessMap,
  direction: Direction | undefined,
  options: RenderOptions,
): Promise<RenderedFile[]> {
  if (format === 'csv') return [{ suffix: '', data: exportCsv(map) }];
  if (format === 'json') return [{ suffix: '', data: serializeMap(map, 'json') }];

  const { map: drawn, layout, drawing } = await mapForDrawing(map, direction);
  if (format === 'svg' || format === 'png') {
    const svgs = pagedSvgs(drawn, layout, {
      ...drawing,
      background: options.transparent ? 'transparent' : 'white',
      page: options.page,
      perBand: options.perBand,
    });
    return svgs.map(({ suffix, svg }) => {
      if (format === 'svg') return { suffix, data: svg };
      const { png, note } = renderPng(svg, { scale: options.scale });
      return { suffix, data: png, note };
    });
  }

  const { problems } = deriveModel(map);
  const figureSvg = renderSvg(drawn, layout, { ...drawing, ...DOCUMENT_FIGURE });
  const { includeProblems } = options;
  if (format === 'html')
    return [
      { suffix: '', data: renderDocumentHtml(map, { problems, figureSvg, includeProblems }) },
    ];
  // Twice the pixels for print; the SVG goes along for readers that show vectors.
  const { png } = renderPng(figureSvg, { scale: 2 });
  const { width, height } = svgSize(figureSvg);
  return [
    {
      suffix: '',
      data: await renderDocumentDocx(map, {
        problems,
        includeProblems,
        figure: { png, width, height, svg: figureSvg },
      }),
    },
  ];
}
