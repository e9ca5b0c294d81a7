import { mapGeometries } from '../layout/geometry';
import { edgeRoutes, routesBounds } from '../layout/routes';
import type { Rect } from '../layout/types';
import { deriveLinks } from '../model/links';
import { selectDerived } from '../store/derived';
import type { EditorState } from '../store/editor-store';
import { effectivePositions } from './flow-adapter';

/** Padding around the map when fitting it to the screen, as a share of the view. */
export const FIT_PADDING = 0.06;

/**
 * The rectangle the canvas draws the map in, from the model rather than from the nodes
 * React Flow holds (a big map mounts over several frames): every process where the canvas
 * puts it, and every link (arrow) along its route.
 */
export function drawnMapBounds(state: EditorState): Rect {
  const { processes } = state.map;
  const positions = effectivePositions(processes, state.map.positions);
  const geometries = mapGeometries(processes, state.map.layout.direction);
  const { flows } = selectDerived(state);
  return routesBounds(
    positions,
    geometries,
    edgeRoutes({ positions }, deriveLinks(flows), geometries, state.layout),
  );
}

/**
 * Fits the whole map to the view.
 *
 * @example fitMap(useReactFlow(), store.getState(), 200)
 */
export function fitMap(
  flow: { fitBounds(bounds: Rect, options?: { padding?: number; duration?: number }): unknown },
  state: EditorState,
  duration?: number,
): void {
  void flow.fitBounds(drawnMapBounds(state), { padding: FIT_PADDING, duration });
}
