import { nodeGeometry } from '../layout/geometry';
import type { Rect } from '../layout/types';
import type { Point, Process } from '../model/types';

/**
 * The smallest rectangle around some processes as they stand on the map (top-left from
 * `positions`, size from their measured geometry). Processes without a position are left
 * out; `undefined` when none has one.
 *
 * @example
 * boundsOf(['risk-assessment', 'risk-treatment'], processes, map.positions)
 * // { x: 120, y: 40, width: 640, height: 220 }
 */
export function boundsOf(
  ids: Iterable<string>,
  processes: readonly Process[],
  positions: Readonly<Record<string, Point>>,
): Rect | undefined {
  const byId = new Map(processes.map((p) => [p.id, p]));
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const id of ids) {
    const process = byId.get(id);
    const at = positions[id];
    if (!process || !at) continue;
    const { width, height } = nodeGeometry(process);
    left = Math.min(left, at.x);
    top = Math.min(top, at.y);
    right = Math.max(right, at.x + width);
    bottom = Math.max(bottom, at.y + height);
  }
  if (left === Infinity) return undefined;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
