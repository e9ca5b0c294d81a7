import type { Point } from '../../../src/model/types';
import type { Rect } from '../../../src/layout/types';

/** True when every segment of the route is horizontal or vertical. */
export function isOrthogonal(points: readonly Point[]): boolean {
  return points.every((p, i) => i === 0 || p.x === points[i - 1].x || p.y === points[i - 1].y);
}

/** True when the axis-parallel segment a–b enters the inside of the rectangle (its border excluded). */
export function segmentCrossesInterior(a: Point, b: Point, r: Rect, margin = 0.5): boolean {
  const left = r.x + margin;
  const right = r.x + r.width - margin;
  const top = r.y + margin;
  const bottom = r.y + r.height - margin;
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return minX < right && maxX > left && minY < bottom && maxY > top;
}

/** True when two rectangles share inside area. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
