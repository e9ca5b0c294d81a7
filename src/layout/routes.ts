import type { Link } from '../model/links';
import type { Flow, Point, ProcessMap } from '../model/types';
import { findPort, handleId } from './geometry';
import { THEME } from './theme';
import type { LayoutResult, NodeGeometry, Rect } from './types';

/** How far a fallback route runs straight out of a port before it turns. */
const STUB = 24;

function samePoint(a: Point | undefined, b: Point | undefined): boolean {
  return !!a && !!b && Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
}

/** Drops repeated points and the middle one of three on a line, so every point is a corner. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    if (samePoint(out[out.length - 1], p)) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2];
      const b = out[out.length - 1];
      if ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y)) out.pop();
    }
    out.push(p);
  }
  return out;
}

/**
 * An orthogonal route from an output port (on the right of `from`) to an input port (on the
 * left of `to`) for nodes no layout placed: out to the right, across in the gap between the
 * nodes, in from the left. When the target is not to the right it goes round: along the gap
 * between the two nodes, or below both when they overlap vertically.
 */
export function fallbackRoute(source: Point, target: Point, from: Rect, to: Rect): Point[] {
  if (target.x - source.x >= 2 * STUB) {
    const midX = (source.x + target.x) / 2;
    return simplify([source, { x: midX, y: source.y }, { x: midX, y: target.y }, target]);
  }
  const fromBottom = from.y + from.height;
  const toBottom = to.y + to.height;
  let laneY: number;
  if (fromBottom <= to.y) laneY = (fromBottom + to.y) / 2;
  else if (toBottom <= from.y) laneY = (toBottom + from.y) / 2;
  else laneY = Math.max(fromBottom, toBottom) + STUB;
  const outX = source.x + STUB;
  const inX = target.x - STUB;
  return simplify([
    source,
    { x: outX, y: source.y },
    { x: outX, y: laneY },
    { x: inX, y: laneY },
    { x: inX, y: target.y },
    target,
  ]);
}

const transposed = (p: Point): Point => ({ x: p.y, y: p.x });
const transposedRect = (r: Rect): Rect => ({ x: r.y, y: r.x, width: r.height, height: r.width });

/**
 * {@link fallbackRoute} between ports on a bottom border (source) and a top border
 * (target), as in a map laid out DOWN: the same route with x and y swapped.
 */
export function fallbackRouteDown(source: Point, target: Point, from: Rect, to: Rect): Point[] {
  return fallbackRoute(
    transposed(source),
    transposed(target),
    transposedRect(from),
    transposedRect(to),
  ).map(transposed);
}

/**
 * The route of every flow or link whose two processes have positions, by its id (a link
 * runs between the ports of its `key`, its first artifact): the layout's
 * route while both ends are still where the layout put them (same node position, same
 * port), otherwise a fallback orthogonal route between the ports.
 */
export function edgeRoutes(
  map: Pick<ProcessMap, 'positions'>,
  flows: readonly Flow[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  layout?: LayoutResult,
): Record<string, Point[]> {
  const routes: Record<string, Point[]> = {};
  for (const flow of flows) {
    const fromAt = map.positions[flow.from] ?? layout?.positions[flow.from];
    const toAt = map.positions[flow.to] ?? layout?.positions[flow.to];
    const fromGeometry = geometries[flow.from];
    const toGeometry = geometries[flow.to];
    if (!fromAt || !toAt || !fromGeometry || !toGeometry) continue;
    const out = findPort(fromGeometry, handleId('out', flow.key));
    const into = findPort(toGeometry, handleId('in', flow.key));
    if (!out || !into) continue;
    const source = { x: fromAt.x + out.x, y: fromAt.y + out.y };
    const target = { x: toAt.x + into.x, y: toAt.y + into.y };
    const laid = layout?.routes[flow.id];
    if (
      laid &&
      samePoint(layout.positions[flow.from], fromAt) &&
      samePoint(layout.positions[flow.to], toAt) &&
      samePoint(laid[0], source) &&
      samePoint(laid[laid.length - 1], target)
    ) {
      routes[flow.id] = laid;
    } else {
      const fromRect = { ...fromAt, width: fromGeometry.width, height: fromGeometry.height };
      const toRect = { ...toAt, width: toGeometry.width, height: toGeometry.height };
      const route = out.facing === 'down' ? fallbackRouteDown : fallbackRoute;
      routes[flow.id] = route(source, target, fromRect, toRect);
    }
  }
  return routes;
}

/**
 * Where a flow's label goes: the middle of the route's longest segment, where it has the
 * most room.
 */
export function labelPoint(points: readonly Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  let best = { x: points[0].x, y: points[0].y };
  let bestLength = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const length = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    if (length > bestLength) {
      bestLength = length;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}

/** Coordinates with at most two decimals and no `-0`: the same bytes for the same map. */
export function svgNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * SVG path data of an orthogonal route with rounded corners: the same string for the
 * canvas's edges and the SVG export. The radius shrinks where segments are short.
 *
 * @example pathData([{ x: 0, y: 0 }, { x: 20, y: 0 }, { x: 20, y: 20 }], 4)
 * // 'M0 0 L16 0 Q20 0 20 4 L20 20'
 */
export function pathData(
  points: readonly Point[],
  radius: number = THEME.edge.cornerRadius,
): string {
  if (points.length === 0) return '';
  const parts = [`M${svgNumber(points[0].x)} ${svgNumber(points[0].y)}`];
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1];
    const corner = points[i];
    const next = points[i + 1];
    const inLength = Math.hypot(corner.x - prev.x, corner.y - prev.y);
    const outLength = Math.hypot(next.x - corner.x, next.y - corner.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    if (r <= 0) {
      parts.push(`L${svgNumber(corner.x)} ${svgNumber(corner.y)}`);
      continue;
    }
    const ax = corner.x - ((corner.x - prev.x) / inLength) * r;
    const ay = corner.y - ((corner.y - prev.y) / inLength) * r;
    const bx = corner.x + ((next.x - corner.x) / outLength) * r;
    const by = corner.y + ((next.y - corner.y) / outLength) * r;
    parts.push(
      `L${svgNumber(ax)} ${svgNumber(ay)}`,
      `Q${svgNumber(corner.x)} ${svgNumber(corner.y)} ${svgNumber(bx)} ${svgNumber(by)}`,
    );
  }
  if (points.length > 1) {
    const last = points[points.length - 1];
    parts.push(`L${svgNumber(last.x)} ${svgNumber(last.y)}`);
  }
  return parts.join(' ');
}

/**
 * SVG path data of filled arrowheads, each a triangle from its tip: the same string for
 * the canvas's edges and the SVG export.
 */
export function headsPathData(heads: readonly (readonly [Point, Point, Point])[]): string {
  return heads
    .map(
      ([tip, left, right]) =>
        `M${svgNumber(tip.x)} ${svgNumber(tip.y)} L${svgNumber(left.x)} ${svgNumber(left.y)} L${svgNumber(right.x)} ${svgNumber(right.y)} Z`,
    )
    .join(' ');
}

/** The rectangle around placed nodes and, when given, their routes; empty when nothing is placed. */
export function routesBounds(
  positions: Readonly<Record<string, Point>>,
  geometries: Readonly<Record<string, Pick<NodeGeometry, 'width' | 'height'>>>,
  routes?: Readonly<Record<string, readonly Point[]>>,
): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  // for…in, not Object.entries: no pair per node on each edit of a big map.
  for (const id in positions) {
    const geometry = geometries[id];
    if (!geometry) continue;
    const at = positions[id]!;
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
    maxX = Math.max(maxX, at.x + geometry.width);
    maxY = Math.max(maxY, at.y + geometry.height);
  }
  for (const route of Object.values(routes ?? {})) {
    for (const p of route) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The rectangle around the map's placed processes (and routes, when given): what an
 * export frames and fit-view shows.
 */
export function mapBounds(
  map: Pick<ProcessMap, 'positions' | 'processes'>,
  geometries: Readonly<Record<string, Pick<NodeGeometry, 'width' | 'height'>>>,
  routes?: Readonly<Record<string, readonly Point[]>>,
): Rect {
  const positions: Record<string, Point> = {};
  for (const p of map.processes) {
    const at = map.positions[p.id];
    if (at) positions[p.id] = at;
  }
  return routesBounds(positions, geometries, routes);
}

/**
 * A layout saved when every flow had an arrow of its own (routes by flow id) with a route
 * for each link instead: the route of the link's first flow, which runs between the same
 * two ports. Layouts by link id come back as they are.
 */
export function withLinkRoutes(layout: LayoutResult, links: readonly Link[]): LayoutResult {
  const routes: Record<string, Point[]> = {};
  let moved = false;
  for (const link of links) {
    const own = layout.routes[link.id];
    const old = own ? undefined : layout.routes[link.flows[0]!.id];
    if (old) moved = true;
    const route = own ?? old;
    if (route) routes[link.id] = route;
  }
  return moved ? { ...layout, routes } : layout;
}
