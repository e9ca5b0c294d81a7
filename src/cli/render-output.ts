// What `procmap render` writes, in its own module: the command loads it (and with it
// docx, papaparse, resvg and ELK) only when it renders, so `procmap check` starts without them.
import { renderDocumentDocx } from '../export/document-docx';
import { renderDocumentHtml } from '../export/document-html';
import { exportCsv } from '../export/csv';
import type { ExportFormat } from '../export/formats';
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

/**
 * What is written for each format, and a note for the user when there is one.
 *
 * @example const { data } = await renderOutput('svg', map, undefined, { scale: 1, transparent: false });
 */
export async function renderOutput(
  format: ExportFormat,
  map: ProcessMap,
  direction: Direction | undefined,
  options: { scale: number; transparent: boolean; includeProblems?: boolean },
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
  const { includeProblems } = options;
  if (format === 'html')
    return { data: renderDocumentHtml(map, { problems, figureSvg, includeProblems }) };
  // Twice the pixels for print; the SVG goes along for readers that show vectors.
  const { png } = renderPng(figureSvg, { scale: 2 });
  const { width, height } = svgSize(figureSvg);
  return {
    data: await renderDocumentDocx(map, {
      problems,
      includeProblems,
      figure: { png, width, height, svg: figureSvg },
    }),
  };
}
