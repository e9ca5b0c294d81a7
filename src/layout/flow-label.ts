import { THEME } from './theme';
import type { Point } from '../model/types';
import type { Rect } from './types';
import { measureText } from '../text';

/** Room left free on each side of a flow label along its segment, in px. */
const LABEL_MARGIN = 10;
/** Least room between two labels on one line, so that they do not read as one name. */
const LABEL_GAP = 2 * LABEL_MARGIN;

/**
 * The route's longest stretch when it is horizontal (the first of equal ones), from its
 * left end to its right; undefined when the longest is vertical.
 */
function longestHorizontal(
  route: readonly Point[],
): { left: number; right: number; y: number } | undefined {
  let longest = 0;
  let stretch: { left: number; right: number; y: number } | undefined;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    const dx = Math.abs(b.x - a.x);
    const dy = Math.abs(b.y - a.y);
    if (dx + dy > longest) {
      longest = dx + dy;
      stretch =
        dy === 0 ? { left: Math.min(a.x, b.x), right: Math.max(a.x, b.x), y: a.y } : undefined;
    }
  }
  return stretch;
}

/**
 * The places a label of `width` can take on its route, best first: the middle of the
 * route's longest stretch when that is horizontal and longer than the label with its
 * margins, then along that stretch to either side, a label's width and gap at a time,
 * while the label stays inside it with its margin. None elsewhere.
 */
function labelSlots(route: readonly Point[], width: number): Point[] {
  const stretch = longestHorizontal(route);
  if (!stretch) return [];
  const room = (stretch.right - stretch.left) / 2 - width / 2 - LABEL_MARGIN;
  if (room < 0) return [];
  const middle = { x: (stretch.left + stretch.right) / 2, y: stretch.y };
  const step = width + LABEL_GAP;
  const slots = [middle];
  for (let offset = step; offset <= room; offset += step) {
    slots.push({ x: middle.x - offset, y: middle.y }, { x: middle.x + offset, y: middle.y });
  }
  return slots;
}

/**
 * Where a flow's label goes when it is shown without hovering (zoomed in, or the flow
 * touches the selection): the middle of the route's longest segment, but only when that
 * segment is horizontal and longer than the label. Elsewhere the label would cross node
 * text or other flows, and the ports name the artifact anyway; hovering still shows it.
 */
export function quietLabelPoint(route: readonly Point[], label: string): Point | undefined {
  return labelSlots(route, measureText(label, { size: THEME.fontSize.edgeLabel }))[0];
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
 * The labels that fit, for drawings that show every flow's artifact (exports): each at the
 * first of its {@link labelSlots} where it keeps {@link LABEL_GAP} from every label placed
 * before or covering a `taken` place, in the order given; left out where there is no room,
 * or where the same name is written already (flows from one port share their first stretch).
 */
export function placeFlowLabels(
  flows: readonly { route: readonly Point[]; label: string }[],
  taken: readonly Rect[] = [],
): PlacedLabel[] {
  const height = THEME.lineHeight.edgeLabel;
  // What is written there already (band titles) counts as labels without a name.
  const placed: PlacedLabel[] = taken.map((r) => ({
    x: r.x + r.width / 2,
    y: r.y + r.height / 2,
    text: '',
    width: r.width,
    height: r.height,
  }));
  for (const { route, label } of flows) {
    const width = measureText(label, { size: THEME.fontSize.edgeLabel });
    const near = (at: Point) =>
      placed.filter(
        (other) =>
          Math.abs(other.x - at.x) * 2 < other.width + width + 2 * LABEL_GAP &&
          Math.abs(other.y - at.y) * 2 < other.height + height,
      );
    const slots = labelSlots(route, width);
    // The same name already written there: a shared stretch, said once.
    if (slots.length === 0 || near(slots[0]!).some((other) => other.text === label)) continue;
    const at = slots.find((slot) => near(slot).length === 0);
    if (at) placed.push({ x: at.x, y: at.y, text: label, width, height });
  }
  return placed.slice(taken.length);
}
