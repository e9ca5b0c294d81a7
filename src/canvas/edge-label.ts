import { labelPoint } from '../layout/routes';
import { THEME } from '../layout/theme';
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
