import { bandRects, bandTitleRects } from '../layout/bands';
import { placeFlowLabels, type PlacedLabel } from '../layout/flow-label';
import { mapGeometries } from '../layout/geometry';
import { linkDrawing, linkFan, NO_FAN, type LinkFan } from '../layout/link-fan';
import { edgeRoutes, headsPathData, pathData, routesBounds } from '../layout/routes';
import { nodeStyle, THEME } from '../layout/theme';
import type { LayoutResult, NodeGeometry, Rect } from '../layout/types';
import { deriveFlows } from '../model/flows';
import { deriveLinks } from '../model/links';
import type { Flow, Point, Process, ProcessMap } from '../model/types';
import { baselineOffset, SVG_FONT_FAMILY } from '../text';
import { escapeXml } from './escape';
import { fitToPage, pageFrame, type PageSize } from './page';
import { bandsElement, bandTitlesElement } from './svg-bands';
import { LEGEND_WIDTH, legend } from './svg-legend';
import { mapSourceElement } from './svg-source';
import { n, textElement } from './svg-text';
import { TITLE_BLOCK, titleBlock } from './svg-title-block';

export interface SvgOptions {
  /** `white` (the default) for documents, `transparent` for slides and dark pages. */
  background?: 'white' | 'transparent';
  /** The title block under the map (title, organisation, revision, date, owner, approved by, classification). Default true. */
  titleBlock?: boolean;
  /** The ISO bands behind the boxes. Default: when the map is laid out in bands. */
  bands?: boolean;
  /** The legend under the map (the kinds of box, the arrow of a flow). Default true. */
  legend?: boolean;
  /**
   * The page the picture is printed on: the SVG is then that size in mm, the drawing scaled
   * to its printable area and centred (check {@link fitToPage} first for readable text).
   */
  page?: PageSize;
  /** Embeds the map file so that ProcMap can open the SVG again. Default true. */
  embedSource?: boolean;
  /** Room around the drawing at its own size, in px. Default 24; on a page, none. */
  margin?: number;
  /** The XML declaration; leave it out to inline the SVG in HTML. Default true. */
  xmlDeclaration?: boolean;
  /** The map's flows and node geometries, when the caller has them already. */
  flows?: readonly Flow[];
  geometries?: Readonly<Record<string, NodeGeometry>>;
}

/** Room around the map, in px. */
const MARGIN = 24;
/** Space between unplaced processes. */
const GAP = 40;
/** Space between the map and what goes under it, and between the legend and the title block. */
const FOOTER_GAP = 24;

/** A rectangle with rounded top corners and a square bottom: the header band. */
function headerPath(width: number, height: number, radius: number): string {
  const r = Math.min(radius, height, width / 2);
  return `M0 ${n(r)} A${n(r)} ${n(r)} 0 0 1 ${n(r)} 0 H${n(width - r)} A${n(r)} ${n(r)} 0 0 1 ${n(width)} ${n(r)} V${n(height)} H0 Z`;
}

function nodeElement(process: Process, geometry: NodeGeometry, at: Point): string {
  const style = nodeStyle(process);
  const { width, height, headerHeight } = geometry;
  const radius = Math.min(style.radius, width / 2, height / 2);
  const dash = style.borderDash ? ` stroke-dasharray="${style.borderDash}"` : '';
  const parts: string[] = [
    `<rect width="${n(width)}" height="${n(height)}" rx="${n(radius)}" fill="${style.fill}"/>`,
    headerHeight >= height
      ? `<rect width="${n(width)}" height="${n(height)}" rx="${n(radius)}" fill="${style.headerFill}"/>`
      : `<path d="${headerPath(width, headerHeight, radius)}" fill="${style.headerFill}"/>`,
  ];
  // The canvas draws a 1 px rule in the border colour along the header's bottom edge.
  if (headerHeight < height) {
    const y = n(headerHeight - 0.5);
    parts.push(
      `<line x1="0" y1="${y}" x2="${n(width)}" y2="${y}" stroke="${style.border}" stroke-width="1"/>`,
    );
  }
  parts.push(
    `<rect width="${n(width)}" height="${n(height)}" rx="${n(radius)}" fill="none" stroke="${style.border}" stroke-width="${THEME.node.borderWidth}"${dash}/>`,
  );
  if (geometry.tag) parts.push(textElement(geometry.tag, style.tagText));
  parts.push(textElement(geometry.title, THEME.text.primary));
  if (geometry.subtitle) parts.push(textElement(geometry.subtitle, THEME.text.secondary));
  for (const port of geometry.ports) {
    parts.push(
      `<circle cx="${n(port.x)}" cy="${n(port.y)}" r="${THEME.port.radius}" fill="${THEME.port.fill}" stroke="${THEME.port.stroke}" stroke-width="1"/>`,
      textElement(port.text, THEME.text.primary),
    );
  }
  // Ids are user-typed too: escaped like any text.
  return `<g id="${escapeXml(`process-${process.id}`)}" transform="translate(${n(at.x)} ${n(at.y)})">${parts.join('')}</g>`;
}

/**
 * A link along its route (see {@link linkDrawing}): each line stops at its arrowhead's base
 * and each head is a filled triangle whose tip touches the input port's circle. Drawn as
 * plain paths rather than `<marker>`s, which Office's SVG renderer does not draw.
 */
function flowElement(route: readonly Point[], fan: LinkFan = NO_FAN): string {
  if (route.length < 2) return '';
  const { lines, heads } = linkDrawing(route, fan);
  const colour = THEME.edge.color;
  return `<path d="${lines.map((line) => pathData(line)).join(' ')}" fill="none" stroke="${colour}" stroke-width="${THEME.edge.width}" stroke-linejoin="round"/><path d="${headsPathData(heads)}" fill="${colour}"/>`;
}

/** A flow's artifact on a white ground, so that the lines it sits on do not strike it out. */
function flowLabelElement(label: PlacedLabel): string {
  const font = { size: THEME.fontSize.edgeLabel };
  const baseline = label.y - label.height / 2 + baselineOffset(font, label.height);
  const pad = 2;
  return (
    `<rect x="${n(label.x - label.width / 2 - pad)}" y="${n(label.y - label.height / 2)}" width="${n(label.width + 2 * pad)}" height="${n(label.height)}" fill="${THEME.edge.labelBackground}"/>` +
    `<text x="${n(label.x)}" y="${n(baseline)}" font-size="${font.size}" fill="${THEME.edge.labelText}" text-anchor="middle">${escapeXml(label.text)}</text>`
  );
}

/**
 * Where each process is drawn: its saved position, else the layout's, else (for a
 * process placed by neither, such as one added while a layout ran) in a row under the
 * map, so that an export never leaves a process out.
 */
function placeProcesses(
  map: ProcessMap,
  geometries: Readonly<Record<string, NodeGeometry>>,
  layout: LayoutResult | undefined,
): Record<string, Point> {
  const positions: Record<string, Point> = {};
  const unplaced: Process[] = [];
  for (const p of map.processes) {
    if (p.id in positions) continue;
    const at = map.positions[p.id] ?? layout?.positions[p.id];
    if (at) positions[p.id] = at;
    else unplaced.push(p);
  }
  if (unplaced.length > 0) {
    const placed = routesBounds(positions, geometries);
    let x = placed.x;
    const y = placed.width === 0 ? 0 : placed.y + placed.height + GAP;
    for (const p of unplaced) {
      positions[p.id] = { x, y };
      x += geometries[p.id].width + GAP;
    }
  }
  return positions;
}

/** The smallest rectangle around `area` and every one of `rects`. */
function unionRects(area: Rect, rects: readonly Rect[]): Rect {
  if (rects.length === 0) return area;
  const all = area.width > 0 || area.height > 0 ? [area, ...rects] : rects;
  const x = Math.min(...all.map((r) => r.x));
  const y = Math.min(...all.map((r) => r.y));
  const right = Math.max(...all.map((r) => r.x + r.width));
  const bottom = Math.max(...all.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * What goes under the map: the legend on the left and the title block on the right (each
 * when asked for), their tops level, in map coordinates. Under a map wide enough for it,
 * both are set in two columns, half as tall.
 */
function footer(
  map: ProcessMap,
  mapArea: Rect,
  options: SvgOptions,
): { svg: string; width: number; height: number } | undefined {
  const withLegend = (options.legend ?? true) && map.processes.length > 0;
  const withBlock = options.titleBlock ?? true;
  if (!withLegend && !withBlock) return undefined;
  const columns = mapArea.width >= 2 * (LEGEND_WIDTH + TITLE_BLOCK.width) + FOOTER_GAP ? 2 : 1;
  const top = mapArea.y + mapArea.height + (mapArea.height > 0 ? FOOTER_GAP : 0);
  const key = withLegend
    ? legend(map.processes, { x: mapArea.x, y: top }, flowElement, columns)
    : undefined;
  const blockLeft = key ? mapArea.x + key.width + FOOTER_GAP : mapArea.x;
  const blockWidth = columns * TITLE_BLOCK.width;
  const block = withBlock
    ? titleBlock(
        map,
        { x: Math.max(blockLeft, mapArea.x + mapArea.width - blockWidth), y: top },
        columns,
      )
    : undefined;
  const width = block ? blockLeft - mapArea.x + blockWidth : (key?.width ?? 0);
  return {
    svg: (key?.svg ?? '') + (block?.svg ?? ''),
    width,
    height: Math.max(key?.height ?? 0, block?.height ?? 0),
  };
}

/** Everything a picture of the map draws, placed, and the size of the whole. */
interface Drawing {
  flows: readonly Flow[];
  positions: Record<string, Point>;
  /** The SVG elements, in map coordinates. */
  body: string;
  /** Where the map's own area starts: the drawing is moved so that it starts at 0, 0. */
  origin: Point;
  /** The drawing's size, map, legend and title block together, margins left out. */
  width: number;
  height: number;
}

function draw(map: ProcessMap, layout: LayoutResult | undefined, options: SvgOptions): Drawing {
  const flows = options.flows ?? deriveFlows(map.processes);
  const geometries = options.geometries ?? mapGeometries(map.processes, map.layout.direction);
  const positions = placeProcesses(map, geometries, layout);
  const links = deriveLinks(flows);
  const routes = edgeRoutes({ positions }, links, geometries, layout);
  const drawn = new Set<string>();

  const nodes: string[] = [];
  for (const p of map.processes) {
    if (drawn.has(p.id)) continue;
    drawn.add(p.id);
    nodes.push(nodeElement(p, geometries[p.id], positions[p.id]));
  }
  const edges = links
    .map((link) =>
      routes[link.id] ? flowElement(routes[link.id]!, linkFan(link, geometries)) : '',
    )
    .filter(Boolean);
  const withBands = options.bands ?? map.layout.direction === 'BANDS';
  const bands = withBands ? bandRects(map.processes, flows, positions, geometries) : [];
  const labels = placeFlowLabels(
    links.flatMap((link) => {
      const route = routes[link.id];
      return route ? [{ route, label: link.artifact }] : [];
    }),
    bandTitleRects(bands),
  ).map(flowLabelElement);

  const mapArea: Rect = unionRects(routesBounds(positions, geometries, routes), bands);
  const below = footer(map, mapArea, options);
  const width = Math.max(mapArea.width, below?.width ?? 0);
  const height = below
    ? below.height + (mapArea.height > 0 ? mapArea.height + FOOTER_GAP : 0)
    : mapArea.height;
  const body = [
    bandsElement(bands),
    `<g id="flows">${edges.join('')}</g>`,
    bandTitlesElement(bands),
    `<g id="flow-labels">${labels.join('')}</g>`,
    `<g id="processes">${nodes.join('')}</g>`,
    below ? below.svg : '',
  ].join('');
  return {
    flows,
    positions,
    body,
    origin: { x: mapArea.x, y: mapArea.y },
    width: Math.ceil(width),
    height: Math.ceil(height),
  };
}

/**
 * The size of the map's picture as it is printed on a page, in map px: the map, the
 * legend and the title block, without the margin a picture at its own size has (a page
 * has its own). What {@link fitToPage} measures.
 */
export function drawingSize(
  map: ProcessMap,
  layout?: LayoutResult,
  options: SvgOptions = {},
): { width: number; height: number } {
  const { width, height } = draw(map, layout, options);
  return { width, height };
}

/**
 * The map as a standalone vector SVG, drawn from the model and its layout with the same
 * geometry and colours as the canvas: `<rect>`/`<path>` nodes, flows along their routes
 * with arrowheads, and `<text>`/`<tspan>` lines exactly where the canvas puts them.
 * Presentation attributes only; no `<foreignObject>`, script, event attribute or external
 * reference; every typed text escaped. Pure and deterministic: the same map and layout
 * give the same bytes, in the editor and in `procmap render`.
 *
 * Positions come from the map (what the user placed), else from `layout`; routes from
 * `layout` while the nodes sit where it put them, else an orthogonal fallback. The map
 * file is embedded (see {@link readEmbeddedMap}) with the positions drawn. On a page the
 * drawing fills the printable area, which is its margin.
 *
 * @example
 * const layout = await layoutMap(map, createNodeElk());
 * writeFileSync('map.svg', renderSvg(map, layout));
 */
export function renderSvg(
  map: ProcessMap,
  layout?: LayoutResult,
  options: SvgOptions = {},
): string {
  const drawing = draw(map, layout, options);
  const { flows, positions } = drawing;
  const margin = options.page ? 0 : (options.margin ?? MARGIN);
  const width = drawing.width + 2 * margin;
  const height = drawing.height + 2 * margin;
  const shift = { x: margin - drawing.origin.x, y: margin - drawing.origin.y };

  let size = `width="${width}" height="${height}"`;
  let paper: Rect = { x: 0, y: 0, width, height };
  if (options.page) {
    const frame = pageFrame({ width, height }, fitToPage({ width, height }, options.page));
    size = `width="${frame.widthMm}mm" height="${frame.heightMm}mm"`;
    paper = frame.viewBox;
  }
  const viewBox = [paper.x, paper.y, paper.width, paper.height].map(n).join(' ');

  const placedMap: ProcessMap = { ...map, positions };
  const parts = [
    options.xmlDeclaration === false ? '' : '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" ${size} viewBox="${viewBox}" font-family="${SVG_FONT_FAMILY}">`,
    `<title>${escapeXml(map.title)}</title>`,
    `<desc>${escapeXml(`Process map with ${Object.keys(positions).length} processes and ${flows.length} flows (${deriveLinks(flows).length} arrows), made with ProcMap.`)}</desc>`,
    options.embedSource === false ? '' : mapSourceElement(placedMap),
    options.background === 'transparent'
      ? ''
      : `<rect x="${n(paper.x)}" y="${n(paper.y)}" width="${n(paper.width)}" height="${n(paper.height)}" fill="#ffffff"/>`,
    `<g transform="translate(${n(shift.x)} ${n(shift.y)})">`,
    drawing.body,
    '</g></svg>\n',
  ];
  return parts.join('');
}
