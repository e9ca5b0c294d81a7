import { groupBy } from '../model/lists';
import type { Flow, Point, Process } from '../model/types';
import { BAND_GAP, BAND_PADDING, BAND_TITLE_HEIGHT, bandsByProcess, PROCESS_BANDS } from './bands';
import { columnLayers, columnPitch, placeBandInColumns } from './band-columns';
import { fitToPage, type PageSize } from './paper';
import { gridBand, type PlacedBand } from './band-grid';
import { DETAILED_LAYOUT_MAX_FLOWS, QUICK_LAYOUT_MIN_FLOWS, toElkGraph } from './elk-graph';
import type { ElkLike } from './layout';
import { readElkResult } from './layout';
import { ROUTER_DEFAULTS, type RouterOptions } from './orthogonal-router';
import { routeFlowsAround } from './route-flows';
import { edgeRoutes, routesBounds } from './routes';
import type { LayoutResult, NodeGeometry, Rect } from './types';

/** Room is made in a gap between bands, or beside them, for at most this many tracks. */
const MAX_EXTRA_TRACKS = 12;
/**
 * The router's settings past ELK's detailed limit: the shortest way with few bends, looked
 * for near the route's two ends first, one round. Crossings and shared tracks cost nothing
 * extra there: on the generated 100-process map (475 flows) they made the search look at
 * 30 times more places (seconds instead of a fraction of one) for a quarter fewer crossings.
 */
const QUICK_ROUTING: RouterOptions = {
  ...ROUTER_DEFAULTS,
  crossingCost: 0,
  sharingCost: 0,
  greed: 1.2,
  window: 200,
  passes: 0,
  branching: false,
};
/**
 * The router's settings past ELK's quick-layout limit (large maps, large-map.ts): the search
 * pulled three times as hard towards the route's end, and no tracks but the lines of box
 * sides and ports (routes share tracks freely here, so they took those lines anyway: the
 * same crossings in less than half the time at 1,000 processes). On the generated
 * 300-process map (1,342 arrows, boxes in columns) the layout took 0.3 s of CPU instead
 * of 1.8 s, with 49,000 crossings instead of 75,000: the greedier search stays in the
 * channels between the columns.
 */
const LARGE_ROUTING: RouterOptions = { ...QUICK_ROUTING, greed: 3, maxTracks: 0 };
/**
 * Past this many flows the routes are plain, not looked for around the boxes: the router's
 * time grows faster than the map (generated maps in columns, RIGHT: 1,000 processes, 4,217
 * arrows, 1.1 s of CPU; 2,000 processes, 7,923 arrows, 3.2 s and 360 MB). There the flows
 * inside a band keep ELK's routes and the others get the plain routes of a moved box,
 * which may run over boxes.
 */
export const ROUTED_MAX_FLOWS = 5000;
/** Maps with up to this many flows are set in grids shaped for a page (gridForPage). */
const GRID_MAX_FLOWS = 300;
/** The pages a map's grid is shaped for, in order: the first it fits decides. */
const PRINT_PAGES: readonly PageSize[] = [
  { paper: 'A4', orientation: 'landscape' },
  { paper: 'A3', orientation: 'landscape' },
];
/** What an export on a page adds to the map (svg.ts): the legend and title block under it, about. */
const EXPORT_FRAME = { width: 0, height: 150 };
/** Vertical space between two externals in a column. */
const EXTERNAL_GAP = 48;

function shift(point: Point, dx: number, dy: number): Point {
  return { x: point.x + dx, y: point.y + dy };
}

/**
 * One band's boxes placed by ELK, left to right after the flows inside the band, each box
 * at least as far right as its place in the whole map's flow (`layers`), so that the bands
 * read left to right alike and a flow from one band to another mostly runs forward.
 * Positions relative to the band's top-left box corner.
 */
async function placeBand(
  processes: readonly Process[],
  flows: readonly Flow[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  elk: ElkLike,
  layers: ReadonlyMap<string, number>,
): Promise<{ positions: Record<string, Point>; routes: Record<string, Point[]>; bounds: Rect }> {
  const graph = toElkGraph({ processes: [...processes] }, flows, geometries, 'RIGHT');
  graph.layoutOptions!['elk.partitioning.activate'] = 'true';
  // Boxes without a flow between them stay in their columns, not in stacked components.
  graph.layoutOptions!['elk.separateConnectedComponents'] = 'false';
  // ELK fails with partitions and model-order cycle breaking; the partitions order the loops.
  graph.layoutOptions!['elk.layered.cycleBreaking.strategy'] = 'DEPTH_FIRST';
  for (const child of graph.children ?? []) {
    child.layoutOptions = {
      ...child.layoutOptions,
      'elk.partitioning.partition': String(layers.get(child.id) ?? 0),
    };
  }
  const { positions, routes } = readElkResult(await elk.layout(graph), 'RIGHT');
  return { positions, routes, bounds: routesBounds(positions, geometries) };
}

/**
 * The place of every process in the map's flow: the longest chain of flows that leads to it,
 * counting only flows that go forward in the map's order (a flow back to an earlier process
 * closes a loop, as ELK's model-order cycle breaking has it for the other directions).
 */
export function flowLayers(
  processes: readonly Process[],
  flows: readonly Flow[],
): Map<string, number> {
  const order = new Map<string, number>();
  processes.forEach((p, i) => {
    if (!order.has(p.id)) order.set(p.id, i);
  });
  const forward = groupBy(
    flows.filter((flow) => {
      const from = order.get(flow.from);
      const to = order.get(flow.to);
      return from !== undefined && to !== undefined && from < to;
    }),
    (flow) => flow.from,
    (flow) => flow.to,
  );
  const layers = new Map<string, number>();
  // The map's order is a topological order of the forward flows.
  for (const p of processes) {
    const layer = layers.get(p.id) ?? 0;
    layers.set(p.id, layer);
    for (const to of forward.get(p.id) ?? []) {
      layers.set(to, Math.max(layers.get(to) ?? 0, layer + 1));
    }
  }
  return layers;
}

/**
 * The processes a layout places: each id once (the analysis reports a repeated one), and
 * only those with a geometry. In the map's order.
 */
export function placeableProcesses(
  processes: readonly Process[],
  geometries: Readonly<Record<string, NodeGeometry>>,
): Process[] {
  const unique: Process[] = [];
  const seen = new Set<string>();
  for (const p of processes) {
    if (!geometries[p.id] || seen.has(p.id)) continue;
    seen.add(p.id);
    unique.push(p);
  }
  return unique;
}

/**
 * The router's settings for this many flows: past ELK's detailed limit a quicker search,
 * past its quick-layout limit a greedier one.
 */
export function routerOptions(flowCount: number): RouterOptions {
  if (flowCount > QUICK_LAYOUT_MIN_FLOWS) return LARGE_ROUTING;
  return flowCount <= DETAILED_LAYOUT_MAX_FLOWS ? ROUTER_DEFAULTS : QUICK_ROUTING;
}

/** How many flows run between the band at `index` and the one below it (or farther). */
function flowsAcross(
  flows: readonly Flow[],
  bandIndex: ReadonlyMap<string, number>,
  index: number,
): number {
  let count = 0;
  for (const flow of flows) {
    const a = bandIndex.get(flow.from);
    const b = bandIndex.get(flow.to);
    if (a === undefined || b === undefined) continue;
    if (Math.min(a, b) <= index && Math.max(a, b) > index) count += 1;
  }
  return count;
}

/**
 * Room for the flows that run through a gap between bands or beside them, beyond the gap
 * itself and the bands' padding: for the router's margins and some tracks, or none.
 */
function trackRoom(frame: Frame, flowCount: number): number {
  if (!frame.roomyGaps) return 0;
  const tracks = Math.min(MAX_EXTRA_TRACKS, flowCount);
  return 2 * ROUTER_DEFAULTS.margin + tracks * ROUTER_DEFAULTS.trackSpacing;
}

/**
 * Places a column of externals beside the process bands at `x`: each as near the middle of
 * the ports it is connected to as it can be, in that order, none overlapping.
 */
function placeColumn(
  externals: readonly Process[],
  flows: readonly Flow[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  positions: Record<string, Point>,
  x: number,
  top: number,
): void {
  const wanted = externals.map((process, order) => {
    const ys: number[] = [];
    for (const flow of flows) {
      const other = flow.from === process.id ? flow.to : flow.to === process.id ? flow.from : '';
      const at = positions[other];
      if (at) ys.push(at.y + geometries[other]!.height / 2);
    }
    const height = geometries[process.id]!.height;
    const middle = ys.length > 0 ? ys.reduce((a, b) => a + b, 0) / ys.length : top;
    return { process, order, y: middle - height / 2 };
  });
  wanted.sort((a, b) => a.y - b.y || a.order - b.order);
  let next = top;
  for (const { process, y } of wanted) {
    const at = Math.max(next, y);
    positions[process.id] = { x, y: at };
    next = at + geometries[process.id]!.height + EXTERNAL_GAP;
  }
}

/** What stacking the bands and placing the externals beside them needs. */
interface Frame {
  flows: readonly Flow[];
  geometries: Readonly<Record<string, NodeGeometry>>;
  /** The index of each process's band, top to bottom. */
  bandIndex: ReadonlyMap<string, number>;
  suppliers: readonly Process[];
  receivers: readonly Process[];
  /**
   * Room made for tracks in the gaps between bands and beside them (trackRoom). Grids need
   * none: their flows also run between the rows and columns of boxes, and in the bands'
   * padding.
   */
  roomyGaps: boolean;
}

/** The routing channel between a column of externals and the bands. */
function channel(frame: Frame, column: readonly Process[]): number {
  const ids = new Set(column.map((p) => p.id));
  const count = frame.flows.filter((f) => ids.has(f.from) || ids.has(f.to)).length;
  return 2 * BAND_PADDING + BAND_GAP + trackRoom(frame, count);
}

function columnWidth(frame: Frame, column: readonly Process[]): number {
  return Math.max(0, ...column.map((p) => frame.geometries[p.id]!.width));
}

/**
 * The bands stacked top to bottom with room for their titles and for the flows between
 * them, and the externals in their columns beside them: every box's position, ELK's routes
 * inside the bands moved along, and the size of the whole (bands included).
 */
function arrange(
  placed: readonly PlacedBand[],
  frame: Frame,
): { positions: Record<string, Point>; bandRoutes: Record<string, Point[]>; size: Rect } {
  const { suppliers, receivers, geometries } = frame;
  const processLeft =
    suppliers.length > 0 ? columnWidth(frame, suppliers) + channel(frame, suppliers) : 0;
  const positions: Record<string, Point> = {};
  const bandRoutes: Record<string, Point[]> = {};
  let y = BAND_TITLE_HEIGHT + BAND_PADDING;
  let bottom = 0;
  placed.forEach((band, index) => {
    const dx = processLeft - band.bounds.x;
    const dy = y - band.bounds.y;
    for (const id in band.positions) positions[id] = shift(band.positions[id]!, dx, dy);
    for (const id in band.routes) bandRoutes[id] = band.routes[id]!.map((p) => shift(p, dx, dy));
    bottom = y + band.bounds.height + BAND_PADDING;
    y +=
      band.bounds.height +
      2 * BAND_PADDING +
      BAND_TITLE_HEIGHT +
      BAND_GAP +
      trackRoom(frame, flowsAcross(frame.flows, frame.bandIndex, index));
  });
  const processRight = Math.max(
    processLeft,
    ...placed.map((band) => processLeft + band.bounds.width),
  );
  const top = BAND_TITLE_HEIGHT + BAND_PADDING;
  placeColumn(suppliers, frame.flows, geometries, positions, 0, top);
  const receiversLeft = processRight + channel(frame, receivers);
  placeColumn(receivers, frame.flows, geometries, positions, receiversLeft, top);
  for (const p of [...suppliers, ...receivers]) {
    bottom = Math.max(bottom, positions[p.id]!.y + geometries[p.id]!.height + BAND_PADDING);
  }
  const right = receivers.length > 0 ? receiversLeft + columnWidth(frame, receivers) : processRight;
  return {
    positions,
    bandRoutes,
    size: { x: -BAND_PADDING, y: 0, width: right + 2 * BAND_PADDING, height: bottom },
  };
}

/**
 * The process bands in grids (gridBand) with as many columns as the widest band has flow
 * layers, or, when the drawing would then not print readably on an A4 or an A3 landscape
 * page, the most columns with which it does: each band's layers folded into them. A map
 * that fits neither gets the columns that bring it nearest to fitting A3.
 */
function gridForPage(
  bands: readonly (readonly Process[])[],
  frame: Frame,
  layers: ReadonlyMap<string, number>,
): PlacedBand[] {
  const inside = (members: readonly Process[]) => {
    const ids = new Set(members.map((p) => p.id));
    return frame.flows.filter((f) => ids.has(f.from) && ids.has(f.to));
  };
  const bandFlows = bands.map(inside);
  const most = Math.max(1, ...bands.map((members) => members.length));
  const candidates: { placed: PlacedBand[]; size: Rect }[] = [];
  for (let columns = most; columns >= 1; columns--) {
    const placed = bands.map((members, i) =>
      gridBand(members, bandFlows[i]!, frame.geometries, layers, columns),
    );
    candidates.push({ placed, size: arrange(placed, frame).size });
  }
  for (const page of PRINT_PAGES) {
    const fitting = candidates.find(
      ({ size }) =>
        fitToPage(
          { width: size.width + EXPORT_FRAME.width, height: size.height + EXPORT_FRAME.height },
          page,
        ).fits,
    );
    if (fitting) return fitting.placed;
  }
  // Printed on no page readably: the shape that comes nearest, on the larger page.
  const scale = ({ size }: (typeof candidates)[number]) =>
    fitToPage(
      { width: size.width + EXPORT_FRAME.width, height: size.height + EXPORT_FRAME.height },
      PRINT_PAGES[PRINT_PAGES.length - 1]!,
    ).scale;
  return candidates.reduce((best, candidate) => (scale(candidate) > scale(best) ? candidate : best))
    .placed;
}

/**
 * The band layout of an ISO process map: management, core and support processes each laid
 * out left to right by ELK in a band of their own, the bands stacked top to bottom with
 * room for their titles, externals that supply something in a column on the left and those
 * that only receive in a column on the right. Then every flow is routed around the placed
 * boxes (routeAround): inside a band between its columns, between bands through the gaps
 * made for them, to and from externals beside the bands. A map with more than
 * `routedMaxFlows` flows is not routed so (see ROUTED_MAX_FLOWS). A `large` map's bands
 * are placed in columns without ELK (placeBandInColumns).
 */
export async function layoutBands(
  processes: readonly Process[],
  flows: readonly Flow[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  elk: ElkLike,
  routedMaxFlows = ROUTED_MAX_FLOWS,
  large = false,
): Promise<LayoutResult> {
  const unique = placeableProcesses(processes, geometries);
  const bands = bandsByProcess(unique, flows);
  const members = groupBy(unique, (p) => bands.get(p.id)!);
  const presentBands = PROCESS_BANDS.filter((id) => members.has(id));
  const bandIndex = new Map<string, number>();
  presentBands.forEach((id, index) => {
    for (const p of members.get(id)!) bandIndex.set(p.id, index);
  });
  const layers = flowLayers(unique, flows);
  const suppliers = members.get('suppliers') ?? [];
  const receivers = members.get('receivers') ?? [];
  const grid = flows.length <= GRID_MAX_FLOWS;
  const frame: Frame = {
    flows,
    geometries,
    bandIndex,
    suppliers,
    receivers,
    roomyGaps: !grid,
  };
  let placed: PlacedBand[];
  if (grid) {
    placed = gridForPage(
      presentBands.map((id) => members.get(id)!),
      frame,
      layers,
    );
  } else {
    const pitch = large ? columnPitch(unique, geometries) : 0;
    const columns = large ? columnLayers(unique, flows, layers) : layers;
    placed = await Promise.all(
      presentBands.map((id) => {
        const inside = flows.filter(
          (f) => bandIndex.get(f.from) === bandIndex.get(f.to) && bands.get(f.to) === id,
        );
        return large
          ? placeBandInColumns(members.get(id)!, inside, geometries, columns, pitch)
          : placeBand(members.get(id)!, inside, geometries, elk, layers);
      }),
    );
  }
  const { positions, bandRoutes } = arrange(placed, frame);

  if (flows.length > routedMaxFlows) {
    // The flows between bands run straight across the gaps, over boxes in their way.
    const routes = { ...edgeRoutes({ positions }, flows, geometries), ...bandRoutes };
    return {
      direction: 'BANDS',
      positions,
      routes,
      bounds: routesBounds(positions, geometries, routes),
    };
  }
  const routes = routeFlowsAround(positions, flows, geometries, routerOptions);
  return {
    direction: 'BANDS',
    positions,
    routes,
    bounds: routesBounds(positions, geometries, routes),
  };
}
