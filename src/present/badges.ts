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

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Where each name badge goes (its top-left corner on the map) so that badges neither cover
 * each other nor another badged process: above its process if there is room, else below
 * it, else higher up. Badges keep their size on screen, so their size on the map depends
 * on the zoom. A badge that would reach past `right` (the map x where the visible map
 * ends) is shifted left. Placed top to bottom, then left to right: deterministic.
 *
 * @example
 * placeBadges([{ id: 'a', node: { x: 0, y: 100, width: 260, height: 80 }, width: 200 }], 1)
 * // Map { 'a' => { x: 0, y: 46 } }  (36 px high, 18 px above the node: clear of its ring)
 */
export function placeBadges(
  requests: readonly BadgeRequest[],
  zoom: number,
  right = Infinity,
): Map<string, Point> {
  const height = BADGE.height / zoom;
  const gap = BADGE.gap / zoom;
  const nodes = requests.map((r) => r.node);
  const placed: Rect[] = [];
  const result = new Map<string, Point>();
  const order = [...requests].sort((a, b) => a.node.y - b.node.y || a.node.x - b.node.x);
  for (const { id, node, width } of order) {
    const w = width / zoom;
    // Shifted left, as little as needed, when it would run under the card.
    const x = Math.min(node.x, right - w);
    const above = node.y - gap - height;
    const candidates = [above, node.y + node.height + gap];
    for (let k = 1; k <= 4; k++) candidates.push(above - k * (height + gap));
    const free = (y: number) => {
      const box = { x, y, width: w, height };
      return !placed.some((p) => overlaps(p, box)) && !nodes.some((n) => overlaps(n, box));
    };
    const y = candidates.find(free) ?? above;
    placed.push({ x, y, width: w, height });
    result.set(id, { x, y });
  }
  return result;
}
