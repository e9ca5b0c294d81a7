import type { Point } from '../model/types';
import type { Rect } from './types';

/** How readable a layout's routes are: what the bench and the tests compare layouts by. */
export interface RouteMetrics {
  /** Places where a horizontal stretch of one route crosses a vertical stretch of another. */
  crossings: number;
  /**
   * The distinct places where routes cross, as a reader sees them: routes that run on one
   * track (the branches of a net share their trunk) cross another route there once.
   */
  crossingPoints: number;
  /** Corners of all routes together. */
  bends: number;
  /** Width ÷ height of the layout's bounds. */
  aspect: number;
}

interface Segment {
  route: number;
  /** The fixed coordinate (y of a horizontal stretch, x of a vertical one). */
  at: number;
  from: number;
  to: number;
}

function segmentsOf(routes: readonly (readonly Point[])[]): {
  horizontal: Segment[];
  vertical: Segment[];
} {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  routes.forEach((points, route) => {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      if (a.y === b.y && a.x !== b.x)
        horizontal.push({ route, at: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
      else if (a.x === b.x && a.y !== b.y)
        vertical.push({ route, at: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
    }
  });
  return { horizontal, vertical };
}

/**
 * Counts the crossings of orthogonal routes (a horizontal stretch of one route passing
 * through the inside of a vertical stretch of another, ends excluded, so routes that meet
 * at a shared port do not count), the distinct points where they happen, and the bends.
 */
export function routeMetrics(routes: readonly (readonly Point[])[], bounds: Rect): RouteMetrics {
  const { horizontal, vertical } = segmentsOf(routes);
  horizontal.sort((a, b) => a.at - b.at);
  const ys = horizontal.map((s) => s.at);
  let crossings = 0;
  const points = new Set<string>();
  for (const v of vertical) {
    // The horizontal stretches strictly between the vertical one's ends.
    let lo = 0;
    let hi = ys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ys[mid]! <= v.from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < horizontal.length && horizontal[k]!.at < v.to; k++) {
      const h = horizontal[k]!;
      if (h.route !== v.route && h.from < v.at && h.to > v.at) {
        crossings += 1;
        points.add(`${v.at},${h.at}`);
      }
    }
  }
  const bends = routes.reduce((sum, points) => sum + Math.max(0, points.length - 2), 0);
  const aspect = bounds.height > 0 ? bounds.width / bounds.height : 0;
  return { crossings, crossingPoints: points.size, bends, aspect };
}
