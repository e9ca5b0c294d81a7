import type { Rect } from '../layout/types';

/**
 * Whether a big map should leave its off-screen nodes and flows out of the DOM at this zoom.
 * Only when the map is larger than the view: where the whole map fits at this zoom (fit view
 * and beyond), every element is drawn anyway, and culling would only re-select the visible
 * ones on every frame of a pan.
 *
 * @example cullsAtZoom(0.1, { width: 1600, height: 1000 }, { x: 0, y: 0, width: 13600, height: 8000 }) // false
 */
export function cullsAtZoom(
  zoom: number,
  view: { width: number; height: number },
  map: Pick<Rect, 'width' | 'height'>,
): boolean {
  return map.width * zoom > view.width || map.height * zoom > view.height;
}
