import type { Point } from '../model/types';

/** A flow's line and its arrowhead, drawn as paths (no SVG markers). */
export interface ArrowedRoute {
  /** The route up to the base of the head. */
  line: Point[];
  /** The filled triangle: tip, then the two base corners. */
  head: [Point, Point, Point];
}

/**
 * Splits a route into the line and a filled arrowhead whose tip touches the input port's
 * circle. The canvas and the SVG export both draw flows with it, so they look alike.
 *
 * @example arrowed([{ x: 0, y: 0 }, { x: 100, y: 0 }], 8, 4).head[0] // { x: 96, y: 0 }
 */
export function arrowed(route: readonly Point[], size: number, portRadius: number): ArrowedRoute {
  const end = route[route.length - 1];
  const before = route[route.length - 2];
  const length = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const ux = (end.x - before.x) / length;
  const uy = (end.y - before.y) / length;
  const tip = { x: end.x - ux * portRadius, y: end.y - uy * portRadius };
  const base = { x: tip.x - ux * size, y: tip.y - uy * size };
  const half = size / 2;
  return {
    line: [...route.slice(0, -1), base],
    head: [
      tip,
      { x: base.x - uy * half, y: base.y + ux * half },
      { x: base.x + uy * half, y: base.y - ux * half },
    ],
  };
}
