import { overlaps } from '../layout/rect';
import type { Rect } from '../layout/types';
import type { Point } from '../model/types';
import { measureText } from '../text';

/** The look of a name badge on screen, in px: the same at every zoom. */
export const BADGE = { fontSize: 21, height: 36, paddingX: 12, gap: 18 } as const;

/** Width of a badge on screen for a name, from the font's own metrics. */
export function badgeWidth(name: string): number {
  return measureText(name, { size: BADGE.fontSize, bold: true }) + 2 * BADGE.paddingX;
}

export interface BadgeRequest {
  id: string;
  /** The process's box on the map. */
  node: Rect;
  /** Badge width on screen, px. */
  width: number;
}

/** The part of the map the audience sees, in map units: badges are kept inside it. */
export interface Visible {
  left: number;
  right: number;
}

const ALL: Visible = { left: -Infinity, right: Infinity };
/** How many badge rows above or below its process a badge may move to find room. */
const ROWS = 6;

/**
 * Where each name badge goes (its top-left corner on the map) so that badges neither cover
 * each other nor another badged process: just above its process if there is room, else
 * just below, else a row further up or down; each time first flush with the process's
 * left edge, then with its right edge (badges are often wider than a process seen from
 * afar). When nothing is free, the place that covers the fewest others wins. Badges keep
 * their size on screen, so their size on the map depends on the zoom; they stay inside
 * the visible part of the map. Placed top to bottom, then left to right: deterministic.
 *
 * @example
 * placeBadges([{ id: 'a', node: { x: 0, y: 100, width: 260, height: 80 }, width: 200 }], 1)
 * // Map { 'a' => { x: 0, y: 46 } }  (36 px high, 18 px above the node: clear of its ring)
 */
export function placeBadges(
  requests: readonly BadgeRequest[],
  zoom: number,
  visible: Visible = ALL,
): Map<string, Point> {
  const height = BADGE.height / zoom;
  const gap = BADGE.gap / zoom;
  const nodes = requests.map((r) => r.node);
  const placed: Rect[] = [];
  const result = new Map<string, Point>();
  const order = [...requests].sort((a, b) => a.node.y - b.node.y || a.node.x - b.node.x);
  for (const { id, node, width } of order) {
    const w = width / zoom;
    const inside = (x: number) => Math.max(visible.left, Math.min(x, visible.right - w));
    const xs = [inside(node.x), inside(node.x + node.width - w)];
    const above = node.y - gap - height;
    const below = node.y + node.height + gap;
    const candidates: Rect[] = [];
    for (let row = 0; row < ROWS; row++) {
      for (const y of [above - row * (height + gap), below + row * (height + gap)]) {
        for (const x of xs) candidates.push({ x, y, width: w, height });
      }
    }
    const covered = (box: Rect) =>
      placed.filter((p) => overlaps(p, box)).length + nodes.filter((n) => overlaps(n, box)).length;
    let best = candidates[0]!;
    let fewest = Infinity;
    for (const box of candidates) {
      const count = covered(box);
      if (count < fewest) [best, fewest] = [box, count];
      if (count === 0) break;
    }
    placed.push(best);
    result.set(id, { x: best.x, y: best.y });
  }
  return result;
}
