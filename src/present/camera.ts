import { routesBounds } from '../layout/routes';
import type { NodeGeometry, Rect } from '../layout/types';
import type { Point } from '../model/types';
import type { Highlight } from './highlight';

/**
 * What the camera frames: the highlighted processes, or the whole map in the overview.
 * Routes are left out: a flow that loops round the map would pull the camera out to the
 * whole map for every step it touches. Processes without a position are left out too; an
 * empty frame has zero size.
 *
 * @example
 * frameOf(highlightOf({ kind: 'process', id }, flows, index), positions, geometries)
 */
export function frameOf(
  highlight: Highlight | undefined,
  positions: Readonly<Record<string, Point>>,
  geometries: Readonly<Record<string, NodeGeometry>>,
): Rect {
  if (!highlight) return routesBounds(positions, geometries);
  const framed: Record<string, Point> = {};
  for (const id of highlight.roles.keys()) {
    if (positions[id]) framed[id] = positions[id];
  }
  return routesBounds(framed, geometries);
}
