import { groupBy } from '../model/lists';
import type { Point } from '../model/types';
import type { PortFacing, Rect } from './types';

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
   * Routes of one net (the flows out of one port) branch off each other: a route of a net
   * with routes already may start from any point of theirs, so the net is drawn as a tree.
   */
  net?: string;
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
  /**
   * Cost of crossing a route routed before, once for each route on the crossed track (the
   * branches of a net on their trunk count one by one, as route-metrics counts them), and
   * of touching one (turning or ending on its track) as of crossing one route.
   */
  crossingCost: number;
  /** Extra cost per px of running along a track that other routes took. */
  sharingCost: number;
  /**
   * Weight of the distance still to go in the search (A*): above 1 the search looks at
   * far fewer places and finds a route a little longer than the cheapest.
   */
  greed: number;
  /** How far beyond the box around its two ends a route is first looked for. */
  window: number;
  /**
   * Rounds of taking each route that crosses another out and routing it again among all
   * the others, the most crossed first; the round with the fewest crossings is kept.
   */
  passes: number;
  /** Routes of one net branch off each other (RouteRequest.net); otherwise each goes alone. */
  branching: boolean;
}

export const ROUTER_DEFAULTS: RouterOptions = {
  margin: 16,
  trackSpacing: 10,
  maxTracks: 8,
  bendCost: 60,
  crossingCost: 3000,
  sharingCost: 1,
  greed: 1,
  window: Infinity,
  passes: 2,
  branching: true,
};

/**
 * Tracks beyond the outermost boxes' margins on every side, besides the margin's own line.
 * Without them, routes round the outside all run on that one line, where they cannot be
 * told apart; each track more grows the picture, which the band layout shaped for a page
 * (the starter map's smallest text on A3: 6.0 pt with one track, 5.9 pt with four).
 */
const OUTER_TRACKS = 1;

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
const FACING_DIRECTION: Record<PortFacing, number> = { right: 0, left: 1, down: 2, up: 3 };

/** The tracks, what blocks them, and how many routes use each stretch of them. */
class Grid {
  readonly nx: number;
  readonly ny: number;
  /** Grid points strictly inside a box grown by the margin (its border is a track). */
  readonly blocked: Uint8Array;
  /** Stretches from a point to its right (H) or lower (V) neighbour that cross a box. */
  readonly blockedH: Uint8Array;
  readonly blockedV: Uint8Array;
  /** How many routes use each such stretch. */
  readonly usedH: Uint16Array;
  readonly usedV: Uint16Array;
  /** How many routes run straight through each point, horizontally (H) or vertically (V). */
  readonly throughH: Uint16Array;
  readonly throughV: Uint16Array;

  constructor(
    readonly xs: readonly number[],
    readonly ys: readonly number[],
    boxes: readonly Rect[],
    margin: number,
  ) {
    const nx = (this.nx = xs.length);
    const ny = (this.ny = ys.length);
    this.blocked = new Uint8Array(nx * ny);
    this.blockedH = new Uint8Array(nx * ny);
    this.blockedV = new Uint8Array(nx * ny);
    this.usedH = new Uint16Array(nx * ny);
    this.usedV = new Uint16Array(nx * ny);
    this.throughH = new Uint16Array(nx * ny);
    this.throughV = new Uint16Array(nx * ny);
    for (const box of boxes) {
      const left = box.x - margin;
      const right = box.x + box.width + margin;
      const top = box.y - margin;
      const bottom = box.y + box.height + margin;
      const i0 = lowerBound(xs, left);
      const i1 = lowerBound(xs, right);
      const j1 = lowerBound(ys, bottom);
      for (let j = lowerBound(ys, top); j < ny && ys[j]! <= bottom; j++) {
        for (let i = i0; i < nx && xs[i]! <= right; i++) {
          const insideX = xs[i]! > left && xs[i]! < right;
          const insideY = ys[j]! > top && ys[j]! < bottom;
          const at = j * nx + i;
          if (insideX && insideY) this.blocked[at] = 1;
          if (insideY && i < i1) this.blockedH[at] = 1;
          if (insideX && j < j1) this.blockedV[at] = 1;
        }
      }
    }
  }

  /**
   * Adds (+1) or takes away (-1) a route's use of the stretches along its grid path, and of
   * the points it runs straight through.
   */
  use(path: readonly number[], by: 1 | -1): void {
    for (let k = 0; k < path.length; k++) {
      const node = path[k]! >> 2;
      const d = path[k]! & 3;
      if (runsOn(path, k)) {
        if (d < 2) this.throughH[node]! += by;
        else this.throughV[node]! += by;
      }
      const prev = k > 0 ? path[k - 1]! >> 2 : node;
      if (prev === node) continue;
      const at = d === 0 || d === 2 ? prev : node;
      if (d < 2) this.usedH[at]! += by;
      else this.usedV[at]! += by;
    }
  }

  /**
   * The routes a route stepping onto `node` in direction `d` (0–3) crosses there: those
   * running straight through it the other way; one when others only turn or end there.
   */
  crossings(node: number, d: number): number {
    const { nx, usedH, usedV } = this;
    if (d < 2) {
      const through = this.throughV[node]!;
      if (through > 0) return through;
      return usedV[node]! > 0 || (node >= nx && usedV[node - nx]! > 0) ? 1 : 0;
    }
    const through = this.throughH[node]!;
    if (through > 0) return through;
    return usedH[node]! > 0 || (node % nx > 0 && usedH[node - 1]! > 0) ? 1 : 0;
  }

  /**
   * The routes crossing a route at the point of its grid path's `k`th state: those running
   * straight through it the other way, where the route runs straight on too.
   */
  crossingsAt(path: readonly number[], k: number): number {
    if (!runsOn(path, k)) return 0;
    const node = path[k]! >> 2;
    return (path[k]! & 3) < 2 ? this.throughV[node]! : this.throughH[node]!;
  }

  /** The routes crossing a route on its grid path: at the points it runs straight through. */
  crossingsOf(path: readonly number[]): number {
    let count = 0;
    for (let k = 0; k < path.length; k++) count += this.crossingsAt(path, k);
    return count;
  }

  /** Pairs of routes that cross: the number route-metrics counts, on the grid. */
  crossingPairs(): number {
    let pairs = 0;
    for (let at = 0; at < this.throughH.length; at++)
      pairs += this.throughH[at]! * this.throughV[at]!;
    return pairs;
  }
}

/**
 * Whether a grid path runs straight on through the point of its `k`th state. Its first state
 * comes straight out of the source port and its last goes on into the target port, so
 * there it runs on unless it turns.
 */
function runsOn(path: readonly number[], k: number): boolean {
  const node = path[k]! >> 2;
  const next = path[k + 1];
  if (next === undefined) return k > 0 && path[k - 1]! >> 2 !== node;
  return (next & 3) === (path[k]! & 3) && next >> 2 !== node;
}

/** The search's state for each grid point and direction of travel, reused by every route. */
class Search {
  readonly cost: Float64Array;
  readonly from: Int32Array;
  readonly seen: Uint32Array;
  round = 0;
  constructor(states: number) {
    this.cost = new Float64Array(states);
    this.from = new Int32Array(states);
    this.seen = new Uint32Array(states);
  }
}

/**
 * The cheapest grid path from `start` (moving `startDir`) to `end` (arriving moving
 * `endDir`): states are point × direction, so bends are paid for where they happen.
 * Empty when there is none within `window` of the two ends.
 */
function findPath(
  grid: Grid,
  search: Search,
  start: Point,
  startDir: number,
  end: Point,
  endDir: number,
  window: number,
  options: RouterOptions,
  branches: readonly (readonly number[])[] = [],
): number[] {
  const { xs, ys, nx, blocked, blockedH, blockedV, usedH, usedV } = grid;
  const { cost, from, seen } = search;
  const round = ++search.round;
  const iMin = lowerBound(xs, Math.min(start.x, end.x) - window);
  const iMax = lowerBound(xs, Math.max(start.x, end.x) + window + 1) - 1;
  const jMin = lowerBound(ys, Math.min(start.y, end.y) - window);
  const jMax = lowerBound(ys, Math.max(start.y, end.y) + window + 1) - 1;
  const si = lowerBound(xs, start.x);
  const sj = lowerBound(ys, start.y);
  const ti = lowerBound(xs, end.x);
  const tj = lowerBound(ys, end.y);
  const h = (i: number, j: number) =>
    options.greed * (Math.abs(xs[i]! - end.x) + Math.abs(ys[j]! - end.y));
  const heap = new Heap();
  const reach = (state: number, total: number, previous: number, estimate: number) => {
    if (seen[state] === round && cost[state]! <= total) return;
    seen[state] = round;
    cost[state] = total;
    from[state] = previous;
    heap.push(state, total + estimate);
  };
  reach((sj * nx + si) * 4 + startDir, 0, -1, h(si, sj));
  // A branch may start anywhere on the routes of its net: where it leaves one of them, the
  // path so far is that route's, up to there, and so are the crossings on it, which count
  // once more for the branch.
  const branchAt = new Map<number, { path: readonly number[]; index: number }>();
  for (const path of branches) {
    let crossings = 0;
    path.forEach((state, index) => {
      if (!branchAt.has(state)) {
        branchAt.set(state, { path, index });
        const node = state >> 2;
        const i = node % nx;
        reach(state, crossings * options.crossingCost, -1, h(i, (node - i) / nx));
      }
      crossings += grid.crossingsAt(path, index);
    });
  }
  let found = -1;
  while (heap.size > 0) {
    const state = heap.pop();
    const dir = state & 3;
    const node = state >> 2;
    const i = node % nx;
    const j = (node - i) / nx;
    const base = cost[state]!;
    if (i === ti && j === tj) {
      if (dir === endDir) {
        found = state;
        break;
      }
      // At the end's stub point moving another way: turn there into the port.
      if (dir !== (endDir ^ 1)) reach((node << 2) + endDir, base + options.bendCost, state, 0);
      continue;
    }
    for (let d = 0; d < 4; d++) {
      if (d === (dir ^ 1)) continue; // no turning back
      const ni = i + DX[d]!;
      const nj = j + DY[d]!;
      if (ni < iMin || nj < jMin || ni > iMax || nj > jMax) continue;
      const next = nj * nx + ni;
      if (blocked[next]) continue;
      let step: number;
      let shared: number;
      if (d < 2) {
        const edge = d === 0 ? node : next;
        if (blockedH[edge]) continue;
        step = Math.abs(xs[ni]! - xs[i]!);
        shared = usedH[edge]!;
      } else {
        const edge = d === 2 ? node : next;
        if (blockedV[edge]) continue;
        step = Math.abs(ys[nj]! - ys[j]!);
        shared = usedV[edge]!;
      }
      const total =
        base +
        // A track taken is dearer by the same, however many routes took it: a cost that grew
        // with their number would send the search round half the map.
        step * (1 + (shared > 0 ? options.sharingCost : 0)) +
        (d === dir ? 0 : options.bendCost) +
        (options.crossingCost > 0 ? grid.crossings(next, d) * options.crossingCost : 0);
      reach(next * 4 + d, total, state, h(ni, nj));
    }
  }
  if (found < 0) return [];
  const path: number[] = [];
  let first = found;
  for (let s = found; s >= 0; s = from[s]!) {
    path.push(s);
    first = s;
  }
  path.reverse();
  const branch = branchAt.get(first);
  return branch ? [...branch.path.slice(0, branch.index), ...path] : path;
}

/**
 * Routes connections orthogonally around boxes that are already placed, on a grid of
 * tracks: the lines along every box's sides at `margin`, the lines through every route's
 * stub points, parallel tracks `trackSpacing` apart across the free channels between them
 * and round the outside. Each route is the cheapest path by length, bends, crossings of
 * other routes (each route on a crossed track counted, as route-metrics counts them) and
 * stretches shared with them (A* on the grid). Routes go in one by one, shortest first;
 * then, `passes` times, each route that crosses others is taken out and routed again among
 * all the others, the most crossed first, so the first ones also give way to the later; the
 * round with the fewest crossings is kept. The routes of one net (out of one port) branch
 * off each other when `branching` is on, so they share their trunk, a branch paying for
 * the crossings on the stretch it shares. A route leaves its source port straight out of
 * the box for `margin` and comes into its target port the same way, and never enters a
 * box. Deterministic: the same boxes and requests give the same routes.
 *
 * @example
 * routeAround([box], [{ id: 'f', source, sourceFacing: 'right', target, targetFacing: 'left' }])
 */
export function routeAround(
  boxes: readonly Rect[],
  requests: readonly RouteRequest[],
  options: RouterOptions = ROUTER_DEFAULTS,
): Record<string, Point[]> {
  if (requests.length === 0) return {};
  const { margin } = options;
  const stub = (p: Point, facing: PortFacing): Point => ({
    x: p.x + STEP[facing].x * margin,
    y: p.y + STEP[facing].y * margin,
  });
  const ends = requests.map((r) => ({
    request: r,
    start: stub(r.source, r.sourceFacing),
    end: stub(r.target, r.targetFacing),
    path: [] as number[],
  }));
  const structuralX: number[] = [];
  const structuralY: number[] = [];
  for (const box of boxes) {
    structuralX.push(box.x - margin, box.x + box.width + margin);
    structuralY.push(box.y - margin, box.y + box.height + margin);
  }
  for (const { start, end } of ends) structuralX.push(start.x, end.x);
  for (const { start, end } of ends) structuralY.push(start.y, end.y);
  // Tracks round the outside too, so that routes going round the whole map need not share one.
  const room = (OUTER_TRACKS + 1) * options.trackSpacing;
  structuralX.push(Math.min(...structuralX) - room, Math.max(...structuralX) + room);
  structuralY.push(Math.min(...structuralY) - room, Math.max(...structuralY) + room);
  const grid = new Grid(
    gridLines(structuralX, options.trackSpacing, options.maxTracks),
    gridLines(structuralY, options.trackSpacing, options.maxTracks),
    boxes,
    margin,
  );
  const search = new Search(grid.nx * grid.ny * 4);
  const length = (e: (typeof ends)[number]) =>
    Math.abs(e.start.x - e.end.x) + Math.abs(e.start.y - e.end.y);
  // Shortest first: they have the fewest ways to go; ties in the order given.
  const order = ends.map((e, i) => ({ e, i, length: length(e) }));
  order.sort((a, b) => a.length - b.length || a.i - b.i);
  const nets = groupBy(
    options.branching ? ends.filter((e) => e.request.net !== undefined) : [],
    (e) => e.request.net!,
  );
  const route = (e: (typeof ends)[number]) => {
    const startDir = FACING_DIRECTION[e.request.sourceFacing];
    // The route arrives moving into the box: opposite to the side the port is on.
    const endDir = FACING_DIRECTION[e.request.targetFacing] ^ 1;
    const net = e.request.net === undefined ? undefined : nets.get(e.request.net);
    const branches =
      net === undefined
        ? []
        : net.filter((other) => other !== e && other.path.length > 0).map((other) => other.path);
    const find = (window: number) =>
      findPath(grid, search, e.start, startDir, e.end, endDir, window, options, branches);
    let path = find(options.window);
    if (path.length === 0 && options.window !== Infinity) path = find(Infinity);
    e.path = path;
    grid.use(path, 1);
  };
  for (const { e } of order) route(e);
  let best = { pairs: grid.crossingPairs(), paths: ends.map((e) => e.path) };
  for (let pass = 1; pass <= options.passes && best.pairs > 0; pass++) {
    // The most crossed first, while the others still lie where they crossed it.
    const crossed = order
      .map((o) => ({ ...o, crossings: grid.crossingsOf(o.e.path) }))
      .filter((o) => o.crossings > 0)
      .sort((a, b) => b.crossings - a.crossings || a.length - b.length || a.i - b.i);
    for (const { e } of crossed) {
      grid.use(e.path, -1);
      route(e);
    }
    const pairs = grid.crossingPairs();
    if (pairs < best.pairs) best = { pairs, paths: ends.map((e) => e.path) };
  }
  ends.forEach((e, k) => (e.path = best.paths[k]!));
  const routes: Record<string, Point[]> = {};
  for (const { request, start, end, path } of ends) {
    const points: Point[] = [request.source];
    // No way round (a port boxed in by others): straight lines rather than nothing.
    if (path.length === 0) points.push(start, { x: end.x, y: start.y }, end);
    for (const state of path) {
      const node = state >> 2;
      const i = node % grid.nx;
      points.push({ x: grid.xs[i]!, y: grid.ys[(node - i) / grid.nx]! });
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
