import type { Rect } from '../layout/types';

/** The editor's smallest zoom for maps that fit the view at it. */
export const MIN_ZOOM = 0.05;

/**
 * The smallest zoom the editor allows for a map: {@link MIN_ZOOM}, or less when the map is
 * so large that it would not fit the view even there, so that fit view always shows the
 * whole map (with `padding`, a share of the view, as fit view leaves it).
 *
 * @example minZoomFor({ width: 1600, height: 1000 }, { width: 100000, height: 20000 }, 0.06) // ≈ 0.0141
 */
export function minZoomFor(
  view: { width: number; height: number },
  map: Pick<Rect, 'width' | 'height'>,
  padding: number,
): number {
  if (view.width <= 0 || view.height <= 0 || map.width <= 0 || map.height <= 0) return MIN_ZOOM;
  const room = 1 - 2 * padding;
  const fits = Math.min((view.width * room) / map.width, (view.height * room) / map.height);
  return Math.min(MIN_ZOOM, fits);
}
