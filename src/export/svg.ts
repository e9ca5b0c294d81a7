import { arrowed } from '../layout/arrow-head';
import { placeFlowLabels, type PlacedLabel } from '../layout/flow-label';
import { mapGeometries } from '../layout/geometry';
import { edgeRoutes, pathData, routesBounds } from '../layout/routes';
import { nodeStyle, THEME } from '../layout/theme';
import type { LayoutResult, NodeGeometry, Rect, TextBlock } from '../layout/types';
import { deriveFlows } from '../model/flows';
import type { Flow, Point, Process, ProcessMap } from '../model/types';
import { baselineOffset, SVG_FONT_FAMILY, wrapText, type FontSpec } from '../text';
import { escapeXml } from './escape';
import { mapSourceElement } from './svg-source';

export interface SvgOptions {
  /** `white` (the default) for documents, `transparent` for slides and dark pages. */
  background?: 'white' | 'transparent';
  /** The title block under the map (title, organisation, revision, date, owner, classification). Default true. */
  titleBlock?: boolean;
  /** Embeds the map file so that ProcMap can open the SVG again. Default true. */
  embedSource?: boolean;
  /** The XML declaration; leave it out to inline the SVG in HTML. Default true. */
  xmlDeclaration?: boolean;
  /** The map's flows and node geometries, when the caller has them already. */
  flows?: readonly Flow[];
  geometries?: Readonly<Record<string, NodeGeometry>>;
}

/** Room around the map, in px. */
const MARGIN = 24;
/** Space between unplaced processes, and between the map and the title block. */
const GAP = 40;

const TITLE_BLOCK = {
  width: 340,
  labelWidth: 96,
  paddingX: 8,
  paddingY: 5,
  font: { size: 11 },
  titleFont: { size: 13, bold: true },
  lineHeight: 14,
  titleLineHeight: 17,
  maxLines: 3,
  border: '#55606e',
};

/** Coordinates with at most two decimals and no `-0`: the same bytes for the same map. */
function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

function textElement(block: TextBlock, fill: string): string {
  if (block.lines.length === 0) return '';
  const x = n(block.x);
  const tspans = block.lines
    .map(
      (line, i) =>
        `<tspan x="${x}" y="${n(block.y + i * block.lineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const weight = block.bold ? ' font-weight="bold"' : '';
  const anchor = block.anchor === 'start' ? '' : ` text-anchor="${block.anchor}"`;
  return `<text font-size="${block.fontSize}"${weight}${anchor} fill="${fill}">${tspans}</text>`;
}

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
 * A flow along its route: the line stops at the arrowhead's base and the head is a filled
 * triangle whose tip touches the input port's circle. Drawn as plain paths rather than
 * `<marker>`s, which Office's SVG renderer does not draw.
 */
function flowElement(route: readonly Point[]): string {
  if (route.length < 2) return '';
  const { line, head } = arrowed(route, THEME.edge.arrowSize, THEME.port.radius);
  const [tip, left, right] = head;
  const d = `M${n(tip.x)} ${n(tip.y)} L${n(left.x)} ${n(left.y)} L${n(right.x)} ${n(right.y)} Z`;
  const colour = THEME.edge.color;
  return `<path d="${pathData(line)}" fill="none" stroke="${colour}" stroke-width="${THEME.edge.width}" stroke-linejoin="round"/><path d="${d}" fill="${colour}"/>`;
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

interface TitleRow {
  label: string;
  value: string;
}

function titleBlockRows(map: ProcessMap): TitleRow[] {
  const rows: [string, string | undefined][] = [
    ['Organisation', map.organization],
    ['Revision', map.revision],
    ['Date', map.date],
    ['Owner', map.owner],
    ['Classification', map.classification],
  ];
  return rows
    .filter((row): row is [string, string] => Boolean(row[1] && row[1].trim()))
    .map(([label, value]) => ({ label, value }));
}

/** Lines of the title block set from their top edge, like the node text blocks. */
function titleText(
  lines: string[],
  x: number,
  top: number,
  font: FontSpec,
  lineHeight: number,
  fill: string,
): string {
  const block: TextBlock = {
    lines,
    x,
    y: top + baselineOffset(font, lineHeight),
    lineHeight,
    fontSize: font.size,
    bold: font.bold === true,
    anchor: 'start',
  };
  return textElement(block, fill);
}

/** The title block: a bordered table, the title across the top, one row per field. */
function titleBlock(map: ProcessMap, origin: Point): { svg: string; height: number } {
  const t = TITLE_BLOCK;
  const title = map.title.trim() || 'Untitled process map';
  const titleLines = wrapText(title, t.width - 2 * t.paddingX, t.titleFont, t.maxLines);
  const parts = [
    titleText(
      titleLines,
      t.paddingX,
      t.paddingY,
      t.titleFont,
      t.titleLineHeight,
      THEME.text.primary,
    ),
  ];
  const titleBottom = titleLines.length * t.titleLineHeight + 2 * t.paddingY;
  const rule = (x1: number, y1: number, x2: number, y2: number) =>
    `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${t.border}" stroke-width="0.75"/>`;
  let y = titleBottom;
  for (const row of titleBlockRows(map)) {
    const lines = wrapText(row.value, t.width - t.labelWidth - 2 * t.paddingX, t.font, t.maxLines);
    const top = y + t.paddingY;
    parts.push(
      rule(0, y, t.width, y),
      titleText([row.label], t.paddingX, top, t.font, t.lineHeight, THEME.text.secondary),
      titleText(lines, t.labelWidth + t.paddingX, top, t.font, t.lineHeight, THEME.text.primary),
    );
    y += lines.length * t.lineHeight + 2 * t.paddingY;
  }
  if (y > titleBottom) parts.push(rule(t.labelWidth, titleBottom, t.labelWidth, y));
  const frame = `<rect width="${t.width}" height="${n(y)}" fill="#ffffff" stroke="${t.border}" stroke-width="1"/>`;
  return {
    svg: `<g id="title-block" transform="translate(${n(origin.x)} ${n(origin.y)})">${frame}${parts.join('')}</g>`,
    height: y,
  };
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
 * file is embedded (see {@link readEmbeddedMap}) with the positions drawn.
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
  const flows = options.flows ?? deriveFlows(map.processes);
  const geometries = options.geometries ?? mapGeometries(map.processes, map.layout.direction);
  const positions = placeProcesses(map, geometries, layout);
  const routes = edgeRoutes({ positions }, flows, geometries, layout);
  const drawn = new Set<string>();

  const nodes: string[] = [];
  for (const p of map.processes) {
    if (drawn.has(p.id)) continue;
    drawn.add(p.id);
    nodes.push(nodeElement(p, geometries[p.id], positions[p.id]));
  }
  const edges = flows
    .map((flow) => (routes[flow.id] ? flowElement(routes[flow.id]) : ''))
    .filter(Boolean);
  const labels = placeFlowLabels(
    flows.flatMap((flow) => {
      const route = routes[flow.id];
      return route ? [{ route, label: flow.artifact }] : [];
    }),
  ).map(flowLabelElement);

  const mapArea: Rect = routesBounds(positions, geometries, routes);
  const withBlock = options.titleBlock ?? true;
  const block = withBlock
    ? titleBlock(map, {
        x: Math.max(mapArea.x, mapArea.x + mapArea.width - TITLE_BLOCK.width),
        y: mapArea.y + mapArea.height + (mapArea.height > 0 ? GAP : 0),
      })
    : undefined;
  const contentWidth = Math.max(mapArea.width, block ? TITLE_BLOCK.width : 0);
  const contentHeight = block
    ? block.height + (mapArea.height > 0 ? mapArea.height + GAP : 0)
    : mapArea.height;
  const width = Math.ceil(contentWidth + 2 * MARGIN);
  const height = Math.ceil(contentHeight + 2 * MARGIN);
  const shift = { x: MARGIN - mapArea.x, y: MARGIN - mapArea.y };

  const placedMap: ProcessMap = { ...map, positions };
  const parts = [
    options.xmlDeclaration === false ? '' : '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SVG_FONT_FAMILY}">`,
    `<title>${escapeXml(map.title)}</title>`,
    `<desc>${escapeXml(`Process map with ${nodes.length} processes and ${flows.length} flows, made with ProcMap.`)}</desc>`,
    options.embedSource === false ? '' : mapSourceElement(placedMap),
    options.background === 'transparent'
      ? ''
      : `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g transform="translate(${n(shift.x)} ${n(shift.y)})">`,
    `<g id="flows">${edges.join('')}</g>`,
    `<g id="flow-labels">${labels.join('')}</g>`,
    `<g id="processes">${nodes.join('')}</g>`,
    block ? block.svg : '',
    '</g></svg>\n',
  ];
  return parts.join('');
}
