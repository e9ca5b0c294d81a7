import type { Direction, Point } from '../model/types';
import type { LayoutResult, Rect } from './types';

/**
 * A layout as it crosses from the layout worker to the page: ids in plain arrays, every
 * coordinate in one typed array whose buffer is transferred, not copied. A structured clone
 * of the result itself rebuilt some 25,000 small objects on the page for a map of a thousand
 * processes (about 25 ms of the task that applies the layout, and a garbage collection);
 * reading them back from one array of numbers is a few milliseconds.
 */
export interface WireLayout {
  direction: Direction;
  bounds: Rect;
  /** Process ids, then flow ids: their positions and routes are in `coordinates`. */
  processIds: string[];
  flowIds: string[];
  /** Number of points of each flow's route, in `flowIds` order. */
  routeLengths: Uint32Array;
  /** x, y of each process's position, then of every route point, flow after flow. */
  coordinates: Float64Array;
}

/** The layout in wire form, and the buffers to transfer with it. */
export function encodeLayout(layout: LayoutResult): {
  wire: WireLayout;
  transfer: ArrayBuffer[];
} {
  const processIds = Object.keys(layout.positions);
  const flowIds = Object.keys(layout.routes);
  const routeLengths = new Uint32Array(flowIds.length);
  let points = processIds.length;
  flowIds.forEach((id, i) => {
    routeLengths[i] = layout.routes[id]!.length;
    points += routeLengths[i]!;
  });
  const coordinates = new Float64Array(points * 2);
  let at = 0;
  const put = (point: Point) => {
    coordinates[at++] = point.x;
    coordinates[at++] = point.y;
  };
  for (const id of processIds) put(layout.positions[id]!);
  for (const id of flowIds) for (const point of layout.routes[id]!) put(point);
  const wire = {
    direction: layout.direction,
    bounds: layout.bounds,
    processIds,
    flowIds,
    routeLengths,
    coordinates,
  };
  return {
    wire,
    transfer: [routeLengths.buffer as ArrayBuffer, coordinates.buffer as ArrayBuffer],
  };
}

/** The layout back from its wire form. */
export function decodeLayout(wire: WireLayout): LayoutResult {
  const { coordinates, routeLengths } = wire;
  let at = 0;
  const take = (): Point => {
    const point = { x: coordinates[at]!, y: coordinates[at + 1]! };
    at += 2;
    return point;
  };
  const positions: Record<string, Point> = {};
  for (const id of wire.processIds) positions[id] = take();
  const routes: Record<string, Point[]> = {};
  wire.flowIds.forEach((id, i) => {
    const route = new Array<Point>(routeLengths[i]!);
    for (let p = 0; p < route.length; p++) route[p] = take();
    routes[id] = route;
  });
  return { direction: wire.direction, bounds: wire.bounds, positions, routes };
}
