import type { Link } from '../model/links';
import type { Point } from '../model/types';
import { arrowed } from './arrow-head';
import { findPort, handleId } from './geometry';
import { THEME } from './theme';
import type { NodeGeometry } from './types';

/**
 * Where the other ports of a link sit, from the port its arrow runs between: one offset per
 * further artifact at the producer's end (`out`) and at the consumer's end (`in`). Offsets
 * only, so a link keeps its fan wherever its boxes move.
 */
export interface LinkFan {
  out: readonly Point[];
  in: readonly Point[];
}

/** The fan of a link of one artifact: nothing beside its arrow. */
export const NO_FAN: LinkFan = { out: [], in: [] };

/**
 * How far from the box a further port's branch joins the arrow: beyond the arrowhead, so the
 * arrow reads as one line that forks just before the box.
 */
export const FAN_JOIN = 2 * THEME.edge.arrowSize;

function offsets(
  geometry: NodeGeometry | undefined,
  side: 'in' | 'out',
  keys: readonly string[],
): Point[] {
  if (!geometry || keys.length < 2) return [];
  const anchor = findPort(geometry, handleId(side, keys[0]!));
  if (!anchor) return [];
  const out: Point[] = [];
  for (const key of keys.slice(1)) {
    const port = findPort(geometry, handleId(side, key));
    if (port) out.push({ x: port.x - anchor.x, y: port.y - anchor.y });
  }
  return out;
}

/** The fan of `link` on boxes of these geometries ({@link NO_FAN} for one artifact). */
export function linkFan(
  link: Pick<Link, 'from' | 'to' | 'keys'>,
  geometries: Readonly<Record<string, NodeGeometry>>,
): LinkFan {
  if (link.keys.length < 2) return NO_FAN;
  return {
    out: offsets(geometries[link.from], 'out', link.keys),
    in: offsets(geometries[link.to], 'in', link.keys),
  };
}

/** Whether two fans put their branches at the same offsets. */
export function sameFan(a: LinkFan, b: LinkFan): boolean {
  const same = (p: readonly Point[], q: readonly Point[]) =>
    p.length === q.length && p.every((point, i) => point.x === q[i]!.x && point.y === q[i]!.y);
  return a === b || (same(a.out, b.out) && same(a.in, b.in));
}

/** A link as it is drawn: lines (each stopping at its head's base) and filled arrowheads. */
export interface LinkDrawing {
  lines: Point[][];
  heads: [Point, Point, Point][];
}

/** The point `distance` along the segment from `end` towards `toward`, at most its length. */
function along(end: Point, toward: Point, distance: number): Point {
  const length = Math.hypot(toward.x - end.x, toward.y - end.y);
  if (length === 0) return end;
  const t = Math.min(distance, length) / length;
  return { x: end.x + (toward.x - end.x) * t, y: end.y + (toward.y - end.y) * t };
}

const plus = (p: Point, d: Point): Point => ({ x: p.x + d.x, y: p.y + d.y });

/**
 * A link along `route` (from its first output port to its first input port) with a branch
 * to each further port: out of each further output, along the box, into the route
 * {@link FAN_JOIN} from the box; and off the route as far from the consumer's box, along
 * it, into each further input with an arrowhead of its own. The canvas, the presentation and
 * the SVG export all draw links with it.
 *
 * @example linkDrawing([{ x: 0, y: 0 }, { x: 100, y: 0 }], NO_FAN).heads.length // 1
 */
export function linkDrawing(route: readonly Point[], fan: LinkFan): LinkDrawing {
  const size = THEME.edge.arrowSize;
  const radius = THEME.port.radius;
  const trunk = arrowed(route, size, radius);
  const drawing: LinkDrawing = { lines: [trunk.line], heads: [trunk.head] };
  if (fan.out.length > 0) {
    const start = route[0]!;
    const join = along(start, route[1]!, FAN_JOIN);
    for (const d of fan.out) drawing.lines.push([plus(start, d), plus(join, d), join]);
  }
  if (fan.in.length > 0) {
    const end = route[route.length - 1]!;
    const join = along(end, route[route.length - 2]!, FAN_JOIN);
    for (const d of fan.in) {
      const branch = arrowed([join, plus(join, d), plus(end, d)], size, radius);
      drawing.lines.push(branch.line);
      drawing.heads.push(branch.head);
    }
  }
  return drawing;
}
