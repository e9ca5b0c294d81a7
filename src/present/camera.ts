import { routesBounds } from '../layout/routes';
import type { NodeGeometry, Rect } from '../layout/types';
import type { Point } from '../model/types';
import type { Highlight } from './highlight';

/**
 * What the camera frames: the highlighted processes and the routes of their highlighted
 * flows (a route may bend outside its two nodes), or the whole map in the overview.
 * Processes without geometry or position are left out; an empty frame has zero size.
 *
 * @example
 * frameOf(highlightOf({ kind: 'process', id }, flows, index), positions, geometries, routes)
 */
export function frameOf(
  highlight: Highlight | undefined,
  positions: Readonly<Record<string, Point>>,
  geometries: Readonly<Record<string, NodeGeometry>>,
  routes: Readonly<Record<string, readonly Point[]>>,
): Rect {
  if (!highlight) return routesBounds(positions, geometries, routes);
  const framed: Record<string, Point> = {};
  for (const id of highlight.roles.keys()) {
    if (positions[id]) framed[id] = positions[id];
  }
  const litRoutes: Record<string, readonly Point[]> = {};
  for (const id of highlight.flows) {
    if (routes[id]) litRoutes[id] = routes[id];
  }
  return routesBounds(framed, geometries, litRoutes);
}
