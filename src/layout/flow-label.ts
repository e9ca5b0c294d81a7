import { labelPoint } from './routes';
import { THEME } from './theme';
import type { Point } from '../model/types';
import { measureText } from '../text';

/** Room left free on each side of a flow label along its segment, in px. */
const LABEL_MARGIN = 10;

/**
 * Where a flow's label goes when it is shown without hovering (zoomed in, or the flow
 * touches the selection): the middle of the route's longest segment, but only when that
 * segment is horizontal and longer than the label. Elsewhere the label would cross node
 * text or other flows, and the ports name the artifact anyway; hovering still shows it.
 */
export function quietLabelPoint(route: readonly Point[], label: string): Point | undefined {
  let longest = 0;
  let horizontal = false;
  for (let i = 1; i < route.length; i++) {
    const dx = Math.abs(route[i].x - route[i - 1].x);
    const dy = Math.abs(route[i].y - route[i - 1].y);
    if (dx + dy > longest) {
      longest = dx + dy;
      horizontal = dy === 0;
    }
  }
  const width = measureText(label, { size: THEME.fontSize.edgeLabel });
  return horizontal && longest >= width + 2 * LABEL_MARGIN ? labelPoint(route) : undefined;
}

/** A flow label placed on the map: its text centred at x, y. */
export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
  width: number;
  height: number;
}

/**
 * The labels that fit, for drawings that show every flow's artifact (exports): each at its
 * {@link quietLabelPoint}, in the order given, leaving out a label where there is no room
 * or where it would cover one placed before (flows from one port share their first stretch,
 * and would write the same name on top of each other).
 */
export function placeFlowLabels(
  flows: readonly { route: readonly Point[]; label: string }[],
): PlacedLabel[] {
  const height = THEME.lineHeight.edgeLabel;
  const placed: PlacedLabel[] = [];
  for (const { route, label } of flows) {
    const at = quietLabelPoint(route, label);
    if (!at) continue;
    const width = measureText(label, { size: THEME.fontSize.edgeLabel });
    const covers = placed.some(
      (other) =>
        Math.abs(other.x - at.x) * 2 < other.width + width &&
        Math.abs(other.y - at.y) * 2 < other.height + height,
    );
    if (!covers) placed.push({ x: at.x, y: at.y, text: label, width, height });
  }
  return placed;
}
