import { artifactKey } from '../model/keys';
import type { Direction, Process } from '../model/types';
import { baselineOffset, wrapText, type FontSpec } from '../text';
import { nodeTag, THEME } from './theme';
import type { NodeGeometry, PortFacing, PortGeometry, PortSide, TextBlock } from './types';

const N = THEME.node;
const FONTS = {
  tag: { size: THEME.fontSize.tag, bold: true },
  title: { size: THEME.fontSize.title, bold: true },
  subtitle: { size: THEME.fontSize.subtitle },
  port: { size: THEME.fontSize.port },
} satisfies Record<string, FontSpec>;

/** The handle id of a port: React Flow's handle and the suffix of ELK's port id. */
export function handleId(side: PortSide, key: string): string {
  return `${side}:${key}`;
}

function textBlock(
  lines: string[],
  font: FontSpec,
  lineHeight: number,
  top: number,
  x: number,
  width: number,
  anchor: TextBlock['anchor'],
): TextBlock {
  return {
    lines,
    x,
    y: top + baselineOffset(font, lineHeight),
    top,
    width,
    lineHeight,
    fontSize: font.size,
    bold: font.bold === true,
    anchor,
  };
}

/** Each distinct artifact key once, in model order, with the first spelling. */
function distinctArtifacts(names: readonly string[]): { key: string; label: string }[] {
  const seen = new Set<string>();
  const artifacts: { key: string; label: string }[] = [];
  for (const name of names) {
    const key = artifactKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    artifacts.push({ key, label: name.trim() });
  }
  return artifacts;
}

/** Stacks one column of wrapped port labels from `top`; returns the ports and the column height. */
function portColumn(
  side: PortSide,
  names: readonly string[],
  top: number,
  columnWidth: number,
): { ports: PortGeometry[]; height: number } {
  const lineHeight = THEME.lineHeight.port;
  const textX = side === 'in' ? N.portLabelInset : N.width - N.portLabelInset;
  const ports: PortGeometry[] = [];
  let y = top;
  for (const { key, label } of distinctArtifacts(names)) {
    if (ports.length > 0) y += N.portRowGap;
    // An artifact's name is a name too: wrapped whole, the row grows, never cut with "…".
    const lines = wrapText(label, columnWidth, FONTS.port);
    const rowHeight = lines.length * lineHeight;
    const anchor = side === 'in' ? 'start' : 'end';
    ports.push({
      handleId: handleId(side, key),
      side,
      key,
      label,
      x: side === 'in' ? 0 : N.width,
      facing: side === 'in' ? 'left' : 'right',
      // Whole pixels: ELK rounds port positions, and routes must end exactly on the port.
      y: y + Math.floor(rowHeight / 2),
      text: textBlock(lines, FONTS.port, lineHeight, y, textX, columnWidth, anchor),
    });
    y += rowHeight;
  }
  return { ports, height: y - top };
}

function computeGeometry(process: Process): NodeGeometry {
  const innerWidth = N.width - 2 * N.paddingX;
  let y = N.paddingTop;
  // The problem marker sits at the right end of the tag row.
  const tagWidth = innerWidth - N.markerSize - N.headerGap;
  const tag = textBlock(
    wrapText(nodeTag(process), tagWidth, FONTS.tag, 1),
    FONTS.tag,
    THEME.lineHeight.tag,
    y,
    N.paddingX,
    tagWidth,
    'start',
  );
  y += THEME.lineHeight.tag + N.headerGap;

  // Names and owners wrap onto as many lines as they need, never cut: the header grows.
  const titleLines = wrapText(process.name, innerWidth, FONTS.title);
  const title = textBlock(
    titleLines,
    FONTS.title,
    THEME.lineHeight.title,
    y,
    N.paddingX,
    innerWidth,
    'start',
  );
  // An unnamed process keeps the height of one line, so it can still be clicked and named.
  y += Math.max(1, titleLines.length) * THEME.lineHeight.title;

  let subtitle: TextBlock | undefined;
  const ownerLines = wrapText(process.owner ?? '', innerWidth, FONTS.subtitle);
  if (ownerLines.length > 0) {
    y += N.headerGap;
    subtitle = textBlock(
      ownerLines,
      FONTS.subtitle,
      THEME.lineHeight.subtitle,
      y,
      N.paddingX,
      innerWidth,
      'start',
    );
    y += ownerLines.length * THEME.lineHeight.subtitle;
  }
  const headerHeight = y + N.headerBottom;

  // A column has the whole inner width when the other side has no ports.
  const portsWidth = N.width - 2 * N.portLabelInset;
  const hasInputs = process.inputs.some((name) => artifactKey(name) !== '');
  const hasOutputs = process.outputs.some((name) => artifactKey(name) !== '');
  const columnWidth = hasInputs && hasOutputs ? (portsWidth - N.columnGap) / 2 : portsWidth;
  const portsTop = headerHeight + N.portsTop;
  const inputs = portColumn('in', process.inputs, portsTop, columnWidth);
  const outputs = portColumn('out', process.outputs, portsTop, columnWidth);
  const columns = Math.max(inputs.height, outputs.height);
  const height = hasInputs || hasOutputs ? portsTop + columns + N.paddingBottom : headerHeight;

  return {
    width: N.width,
    height,
    headerHeight,
    title,
    subtitle,
    tag,
    ports: [...inputs.ports, ...outputs.ports],
  };
}

/** Where port `index` of `count` sits along a border `length` long: spread evenly, whole pixels. */
function spread(count: number, index: number, length: number): number {
  return Math.round((length * (index + 1)) / (count + 1));
}

/**
 * The geometry of a box in a map laid out DOWN: the same box and text, with the inputs'
 * ports along the top border above their column and the outputs' along the bottom border
 * below theirs, each in the order of its rows, so that flows come in from above and leave
 * below.
 */
function downGeometry(across: NodeGeometry): NodeGeometry {
  const count = { in: 0, out: 0 };
  for (const port of across.ports) count[port.side] += 1;
  const seen = { in: 0, out: 0 };
  const ports = across.ports.map((port): PortGeometry => {
    const index = seen[port.side]++;
    const facing: PortFacing = port.side === 'in' ? 'up' : 'down';
    const width = port.text.width ?? across.width;
    const left = port.side === 'in' ? port.text.x : port.text.x - width;
    return {
      ...port,
      x: left + spread(count[port.side], index, width),
      y: port.side === 'in' ? 0 : across.height,
      facing,
    };
  });
  return { ...across, ports };
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, NodeGeometry>();
// Processes are never changed in place: an unchanged process object has the same geometry,
// found without building its text key.
const byProcess = new WeakMap<Process, NodeGeometry>();
const byProcessDown = new WeakMap<Process, NodeGeometry>();

/** What a process's geometry depends on, as a string: equal keys, equal geometries. */
export function geometryKey(p: Process): string {
  return JSON.stringify([p.kind, p.category, p.name, p.owner, p.inputs, p.outputs]);
}

/**
 * Size and inner layout of a process node, from its text alone: header (tag, wrapped bold
 * name, owner), then inputs on the left (ports at x = 0) and outputs on the right (ports at
 * x = width), one port per distinct artifact key in model order, first spelling wins. In a
 * map laid out DOWN the ports are on the top (inputs) and bottom (outputs) borders instead.
 * Results are shared between calls with the same text: treat them as read-only.
 *
 * @example
 * const g = nodeGeometry(process);
 * g.ports.find((p) => p.handleId === 'out:risk register')?.y // where the edge leaves
 */
export function nodeGeometry(process: Process, direction?: Direction): NodeGeometry {
  if (direction === 'DOWN') {
    let down = byProcessDown.get(process);
    if (!down) byProcessDown.set(process, (down = downGeometry(nodeGeometry(process))));
    return down;
  }
  const known = byProcess.get(process);
  if (known) return known;
  const key = geometryKey(process);
  let geometry = cache.get(key);
  if (!geometry) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    geometry = computeGeometry(process);
    cache.set(key, geometry);
  }
  byProcess.set(process, geometry);
  return geometry;
}

/** Geometry of every process, by process id, for a map laid out in `direction`. */
export function mapGeometries(
  processes: readonly Process[],
  direction?: Direction,
): Record<string, NodeGeometry> {
  const geometries: Record<string, NodeGeometry> = {};
  for (const p of processes) geometries[p.id] = nodeGeometry(p, direction);
  return geometries;
}

/** The port of a node with that handle id, if the node has it. */
export function findPort(geometry: NodeGeometry, id: string): PortGeometry | undefined {
  return geometry.ports.find((port) => port.handleId === id);
}
