import type { Point, Process } from '../model/types';
import { nodeGeometry } from './geometry';
import { overlaps } from './rect';
import { THEME } from './theme';
import type { Rect } from './types';

/** Room kept free around a new box, so that flows can pass between it and its neighbours. */
export const FREE_SPOT_GAP = 40;

/** The box grown by `gap` on every side. */
function grown(box: Rect, gap: number): Rect {
  return {
    x: box.x - gap,
    y: box.y - gap,
    width: box.width + 2 * gap,
    height: box.height + 2 * gap,
  };
}

/**
 * The top-left corner nearest to `wanted` where a box of `size` overlaps none of `boxes`
 * and keeps `gap` from each. The nearest spot either is `wanted` or lies flush against a
 * box in x or y, so only those corners are tried: first among the boxes near `wanted`,
 * then in a window twice as wide, until a free one turns up. A big map costs little: only
 * the boxes in the window are looked at.
 *
 * @example nearestFreeSpot([{ x: 0, y: 0, width: 260, height: 120 }], { width: 260, height: 120 }, { x: 10, y: 0 }) // { x: 300, y: 0 }
 */
export function nearestFreeSpot(
  boxes: readonly Rect[],
  size: { width: number; height: number },
  wanted: Point,
  gap = FREE_SPOT_GAP,
): Point {
  const obstacles = boxes.map((box) => grown(box, gap));
  // Once the window holds every box, a spot beside the outermost one is free: the loop ends.
  for (let radius = Math.max(size.width, size.height, 1) * 2; ; radius *= 2) {
    const window: Rect = {
      x: wanted.x - radius,
      y: wanted.y - radius,
      width: 2 * radius + size.width,
      height: 2 * radius + size.height,
    };
    const near = obstacles.filter((o) => overlaps(o, window));
    const xs = [wanted.x, ...near.flatMap((o) => [o.x + o.width, o.x - size.width])];
    const ys = [wanted.y, ...near.flatMap((o) => [o.y + o.height, o.y - size.height])];
    const candidates: { at: Point; distance: number }[] = [];
    for (const x of xs)
      for (const y of ys) {
        const distance = Math.hypot(x - wanted.x, y - wanted.y);
        if (distance <= radius) candidates.push({ at: { x, y }, distance });
      }
    // Ties go to the spot right of, then below, the wanted one: reading order.
    candidates.sort((a, b) => a.distance - b.distance || b.at.x - a.at.x || b.at.y - a.at.y);
    const free = candidates.find(({ at }) => near.every((o) => !overlaps(o, { ...at, ...size })));
    if (free) return free.at;
  }
}

/** Room kept for a new process: its box grows as its inputs and outputs are typed. */
export const NEW_PROCESS_ROOM = { width: THEME.node.width, height: 150 };

/**
 * Where "+ Process" puts a new process: right of the last selected box, else with its
 * middle at the view's centre, moved to the nearest spot clear of every placed box. The
 * other boxes stay where they are.
 *
 * @example newProcessSpot(map.processes, map.positions, ['risk'], { x: 500, y: 300 })
 */
export function newProcessSpot(
  processes: readonly Process[],
  positions: Readonly<Record<string, Point>>,
  selection: readonly string[],
  viewCentre: Point,
): Point {
  const boxes: Rect[] = [];
  for (const process of processes) {
    const at = positions[process.id];
    if (!at) continue;
    const { width, height } = nodeGeometry(process);
    boxes.push({ ...at, width, height });
  }
  const room = NEW_PROCESS_ROOM;
  const anchorId = selection.at(-1);
  const anchor = processes.find((p) => p.id === anchorId);
  const anchorAt = anchorId === undefined ? undefined : positions[anchorId];
  const wanted =
    anchor && anchorAt
      ? { x: anchorAt.x + nodeGeometry(anchor).width + FREE_SPOT_GAP, y: anchorAt.y }
      : { x: viewCentre.x - room.width / 2, y: viewCentre.y - room.height / 2 };
  const spot = nearestFreeSpot(boxes, room, wanted);
  return { x: Math.round(spot.x), y: Math.round(spot.y) };
}
