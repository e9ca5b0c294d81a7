import type { Flow, Process } from '../model/types';
import { columnLayers, columnPitch, placeBandInColumns } from './band-columns';
import { flowLayers, placeableProcesses, ROUTED_MAX_FLOWS, routerOptions } from './band-layout';
import { routeFlowsAround } from './route-flows';
import { edgeRoutes, routesBounds } from './routes';
import type { LayoutResult, NodeGeometry } from './types';

/**
 * Past this many flows (arrows) a map is laid out as a large map, without ELK: the boxes
 * in the columns of their place in the flow (band-columns.ts; in BANDS, band by band), then
 * every arrow routed around them. ELK's layered layout took 2–3 s on the generated map of
 * 300 processes (1,342 arrows) even with the flows of shared artifacts left out of its
 * graph and routed after, most of it ELK warming up on a graph that big; in columns the
 * whole layout takes 0.2 s (0.3 s of CPU), with 49,000 crossings instead of 80,000. At or
 * below the limit (the starter map: 74 flows, the generated 100-process map: 475) ELK lays
 * the map out, as before.
 */
export const LARGE_MAP_MIN_FLOWS = 500;

/** True when a map of this many flows is laid out as a large map, unless told not to. */
export function isLargeMap(flowCount: number, largeMapLayout = true): boolean {
  return largeMapLayout && flowCount > LARGE_MAP_MIN_FLOWS;
}

/**
 * A large map laid out RIGHT or DOWN without ELK: every process in the column (DOWN: the
 * row) of its place in the map's flow (columnLayers), each column's boxes stacked in the
 * order of the boxes they get flows from; then every flow routed around the boxes, or
 * past ROUTED_MAX_FLOWS given plain routes that may cross boxes. A repeated id is placed
 * once. Deterministic.
 *
 * @example
 * const result = layoutLargeMap(map.processes, deriveLinks(flows), geometries, 'RIGHT');
 */
export function layoutLargeMap(
  processes: readonly Process[],
  flows: readonly Flow[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  direction: 'RIGHT' | 'DOWN',
): LayoutResult {
  const unique = placeableProcesses(processes, geometries);
  const columns = columnLayers(unique, flows, flowLayers(unique, flows));
  const pitch = columnPitch(unique, geometries, direction);
  const { positions } = placeBandInColumns(unique, flows, geometries, columns, pitch, direction);
  const routes =
    flows.length <= ROUTED_MAX_FLOWS
      ? routeFlowsAround(positions, flows, geometries, routerOptions)
      : edgeRoutes({ positions }, flows, geometries);
  return { direction, positions, routes, bounds: routesBounds(positions, geometries, routes) };
}
