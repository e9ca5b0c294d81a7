import type { Point } from '../model/types';
import type { Rect } from './types';

/** The way a route leaves its start or enters its end: the side of the box the port is on. */
export type PortFacing = 'left' | 'right' | 'up' | 'down';

/** One connection to route: from a port on a box's border to a port on another's. */
export interface RouteRequest {
  id: string;
  source: Point;
  /** The side of its box the source port is on: the route leaves that way. */
  sourceFacing: PortFacing;
  target: Point;
  /** The side of its box the target port is on: the route comes in from that way. */
  targetFacing: PortFacing;
  /**
   * Routes of one group (from the same port) may share tracks and meet freely: they are
   * drawn as one bundle that splits. Defaults to the route's own id.
   */
  group?: string;
}

export interface RouterOptions {
  /** Distance kept from every box. */
  margin: number;
  /** Distance between neighbouring parallel tracks in a free channel. */
  trackSpacing: number;
  /** At most this many tracks between two neighbouring lines of box sides or ports. */
  maxTracks: number;
  /** Cost of one bend, in px of length. */
  bendCost: number;
  /** Cost of crossing a route routed before. */
  crossingCost: number;
  /** Extra cost per px of running along a route routed before, per route. */
  sharingCost: number;
  /**
   * Weight of the distance still to go in the search (A*): above 1 the search looks at
   * far fewer places and finds a route a little longer than the cheapest.
   */
  greed: number;
  /** How far beyond the box around its two ends a route is first looked for. */
  window: number;
}

export const ROUTER_DEFAULTS: RouterOptions = {
  margin: 16,
  trackSpacing: 10,
  maxTracks: 8,
  bendCost: 60,
  crossingCost: 40,
  sharingCost: 4,
  greed: 1,
  window: 400,
};

const STEP: Record<PortFacing, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** Sorted distinct values, with extra tracks every `spacing` across wide free stretches. */
function gridLines(structural: number[], spacing: number, maxTracks: number): number[] {
  const sorted = [...new Set(structural)].sort((a, b) => a - b);
  const lines: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    lines.push(sorted[i]!);
    const next = sorted[i + 1];
    if (next === undefined) break;
    const tracks = Math.min(maxTracks, Math.floor((next - sorted[i]!) / spacing) - 1);
    for (let t = 1; t <= tracks; t++) {
      lines.push(sorted[i]! + ((next - sorted[i]!) * t) / (tracks + 1));
    }
  }
  return lines;
}

function lowerBound(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A binary min-heap of state numbers by priority. */
class Heap {
  private items: number[] = [];
  private keys: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: number, key: number): void {
    const items = this.items;
    const keys = this.keys;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      items[i] = items[parent]!;
      keys[i] = keys[parent]!;
      i = parent;
    }
    items[i] = item;
    keys[i] = key;
  }
  pop(): number {
    const items = this.items;
    const keys = this.keys;
    const top = items[0]!;
    const lastItem = items.pop()!;
    const lastKey = keys.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const c = r < items.length && keys[r]! < keys[l]! ? r : l;
        if (keys[c]! >= lastKey) break;
        items[i] = items[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      items[i] = lastItem;
      keys[i] = lastKey;
    }
    return top;
  }
}

/** Directions of travel in the search: 0 right, 1 left, 2 down, 3 up. */
const DX = [1, -1, 0, 0];
const DY = [0, 0, 1, -1];

/**
 * Routes connections orthogonally around boxes that are already placed, one after the
 * other, on a grid of tracks: the lines along every box's sides at `margin`, the lines
 * through every route's stub points, and parallel tracks `trackSpacing` apart across the
 * free channels between them. Each route is the cheapest path by length, bends, crossings
 * of earlier routes and stretches shared with them (A* on the grid), so routes spread over
 * neighbouring tracks instead of lying on top of each other. A route leaves its source port
 * straight out of the box for `margin` and comes into its target port the same way, and
 * never enters a box. Deterministic: the same boxes and requests give the same routes.
 *
 * @example
 * routeAround([box], [{ id: 'f', source, sourceFacing: 'right', target, targetFacing: 'left' }])
 */
export function routeAround(
  boxes: readonly Rect[],
  requests: readonly RouteRequest[],
  options: RouterOptions = ROUTER_DEFAULTS,
): Record<string, Point[]> {
  const { margin } = options;
  const stub = (p: Point, facing: PortFacing): Point => ({
    x: p.x + STEP[facing].x * margin,
    y: p.y + STEP[facing].y * margin,
  });
  const structuralX: number[] = [];
  const structuralY: number[] = [];
  for (const box of boxes) {
    structuralX.push(box.x - margin, box.x + box.width + margin);
    structuralY.push(box.y - margin, box.y + box.height + margin);
  }
  for (const r of requests) {
    for (const p of [stub(r.source, r.sourceFacing), stub(r.target, r.targetFacing)]) {
      structuralX.push(p.x);
      structuralY.push(p.y);
    }
  }
  if (requests.length === 0) return {};
  const xs = gridLines(structuralX, options.trackSpacing, options.maxTracks);
  const ys = gridLines(structuralY, options.trackSpacing, options.maxTracks);
  const nx = xs.length;
  const ny = ys.length;
  // Blocked grid points: strictly inside a box grown by the margin (its border is a track).
  const blocked = new Uint8Array(nx * ny);
  // Blocked grid edges: the stretch from a point to its right (h) or lower (v) neighbour.
  const blockedH = new Uint8Array(nx * ny);
  const blockedV = new Uint8Array(nx * ny);
  for (const box of boxes) {
    const left = box.x - margin;
    const right = box.x + box.width + margin;
    const top = box.y - margin;
    const bottom = box.y + box.height + margin;
    const i0 = lowerBound(xs, left);
    const i1 = lowerBound(xs, right);
    const j0 = lowerBound(ys, top);
    const j1 = lowerBound(ys, bottom);
    for (let j = j0; j < ny && ys[j]! <= bottom; j++) {
      for (let i = i0; i < nx && xs[i]! <= right; i++) {
        const insideX = xs[i]! > left && xs[i]! < right;
        const insideY = ys[j]! > top && ys[j]! < bottom;
        const at = j * nx + i;
        if (insideX && insideY) blocked[at] = 1;
        // A stretch along a row inside the box's height, between two columns in its width.
        if (insideY && i < i1) blockedH[at] = 1;
        if (insideX && j < j1) blockedV[at] = 1;
      }
    }
  }
  // How many routes so far use each grid edge (the stretch to the right of, or below, a
  // point), and the group of the first of them: a route does not pay for its own group's.
  const usedH = new Uint16Array(nx * ny);
  const usedV = new Uint16Array(nx * ny);
  const ownerH = new Int32Array(nx * ny);
  const ownerV = new Int32Array(nx * ny);
  const groups = new Map<string, number>();
  const others = (used: Uint16Array, owner: Int32Array, at: number, group: number) =>
    used[at] === 1 && owner[at] === group ? 0 : used[at]!;

  const routes: Record<string, Point[]> = {};
  const states = nx * ny * 4;
  const cost = new Float64Array(states);
  const from = new Int32Array(states);
  const seen = new Uint32Array(states);
  let round = 0;

  for (const request of requests) {
    const groupKey = request.group ?? request.id;
    if (!groups.has(groupKey)) groups.set(groupKey, groups.size + 1);
    const group = groups.get(groupKey)!;
    const start = stub(request.source, request.sourceFacing);
    const end = stub(request.target, request.targetFacing);
    const si = lowerBound(xs, start.x);
    const sj = lowerBound(ys, start.y);
    const ti = lowerBound(xs, end.x);
    const tj = lowerBound(ys, end.y);
    const startDir = ['right', 'left', 'down', 'up'].indexOf(request.sourceFacing);
    // The route arrives moving into the box: opposite to the side the port is on.
    const endDir = ['left', 'right', 'up', 'down'].indexOf(request.targetFacing);
    const search = (window: number): number => {
      const iMin = lowerBound(xs, Math.min(start.x, end.x) - window);
      const iMax = lowerBound(xs, Math.max(start.x, end.x) + window + 1) - 1;
      const jMin = lowerBound(ys, Math.min(start.y, end.y) - window);
      const jMax = lowerBound(ys, Math.max(start.y, end.y) + window + 1) - 1;
      round += 1;
      const heap = new Heap();
      const h = (i: number, j: number) =>
        options.greed * (Math.abs(xs[i]! - end.x) + Math.abs(ys[j]! - end.y));
      const first = (sj * nx + si) * 4 + startDir;
      seen[first] = round;
      cost[first] = 0;
      from[first] = -1;
      heap.push(first, h(si, sj));
      let found = -1;
      while (heap.size > 0) {
        const state = heap.pop();
        const dir = state & 3;
        const node = state >> 2;
        const i = node % nx;
        const j = (node - i) / nx;
        if (i === ti && j === tj) {
          if (dir === endDir) {
            found = state;
            break;
          }
          // At the end's stub point moving another way: turn there into the port.
          const turned = (node << 2) + endDir;
          const total = cost[state]! + options.bendCost;
          if (dir !== (endDir ^ 1) && !(seen[turned] === round && cost[turned]! <= total)) {
            seen[turned] = round;
            cost[turned] = total;
            from[turned] = state;
            heap.push(turned, total);
          }
          continue;
        }
        const base = cost[state]!;
        for (let d = 0; d < 4; d++) {
          if (d === (dir ^ 1)) continue; // no turning back
          const ni = i + DX[d]!;
          const nj = j + DY[d]!;
          if (ni < iMin || nj < jMin || ni > iMax || nj > jMax) continue;
          const next = nj * nx + ni;
          if (blocked[next]) continue;
          let step: number;
          let shared: number;
          let crossed: number;
          if (d < 2) {
            const edge = d === 0 ? node : next;
            if (blockedH[edge]) continue;
            step = Math.abs(xs[ni]! - xs[i]!);
            shared = others(usedH, ownerH, edge, group);
            crossed =
              others(usedV, ownerV, next, group) > 0 ||
              (nj > 0 && others(usedV, ownerV, next - nx, group) > 0)
                ? 1
                : 0;
          } else {
            const edge = d === 2 ? node : next;
            if (blockedV[edge]) continue;
            step = Math.abs(ys[nj]! - ys[j]!);
            shared = others(usedV, ownerV, edge, group);
            crossed =
              others(usedH, ownerH, next, group) > 0 ||
              (ni > 0 && others(usedH, ownerH, next - 1, group) > 0)
                ? 1
                : 0;
          }
          const turn = d === dir ? 0 : options.bendCost;
          const total =
            base +
            step * (1 + options.sharingCost * shared) +
            turn +
            crossed * options.crossingCost;
          const ns = next * 4 + d;
          if (seen[ns] === round && cost[ns]! <= total) continue;
          seen[ns] = round;
          cost[ns] = total;
          from[ns] = state;
          heap.push(ns, total + h(ni, nj));
        }
      }
      return found;
    };
    // Most routes stay near their ends: look there first, then everywhere.
    let found = search(options.window);
    if (found < 0) found = search(Infinity);
    const points: Point[] = [request.source];
    if (found < 0) {
      // No way round (a port boxed in by others): straight lines rather than nothing.
      points.push(start, { x: end.x, y: start.y }, end);
    } else {
      const path: number[] = [];
      for (let s = found; s >= 0; s = from[s]!) path.push(s);
      path.reverse();
      for (let k = 0; k < path.length; k++) {
        const node = path[k]! >> 2;
        const i = node % nx;
        const j = (node - i) / nx;
        points.push({ x: xs[i]!, y: ys[j]! });
        const prev = k > 0 ? path[k - 1]! >> 2 : node;
        if (prev !== node) {
          const d = path[k]! & 3;
          const edge = d === 0 || d === 2 ? prev : node;
          const [used, owner] = d < 2 ? [usedH, ownerH] : [usedV, ownerV];
          if (used[edge] === 0) owner[edge] = group;
          if (used[edge] === 0 || owner[edge] !== group) used[edge]!++;
        }
      }
    }
    points.push(request.target);
    routes[request.id] = corners(points);
  }
  return routes;
}

/** Only the corners of an orthogonal polyline: repeated and in-line points dropped. */
function corners(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2]!;
      const b = out[out.length - 1]!;
      if ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y)) out.pop();
    }
    out.push(p);
  }
  return out;
}
