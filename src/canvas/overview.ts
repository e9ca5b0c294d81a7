import type { NodeGeometry } from '../layout/types';
import { wrapText } from '../text';

/** Below this zoom the node's own labels are too small to read and the overview labels show. */
export const OVERVIEW_ZOOM = 0.6;

/** Type size on screen the overview labels aim at, in px. */
const SCREEN_SIZE = 12;
/** Zooms at which the label size steps, so zooming re-lays labels out only a few times. */
const STEPS = [0.5, 0.4, 0.32, 0.25, 0.2, 0.16, 0.12];

const PADDING = 10;
const LINE_HEIGHT = 1.2;

/** Whether the map is zoomed out so far that the overview labels show over the nodes. */
export function inOverview(zoom: number): boolean {
  return zoom < OVERVIEW_ZOOM;
}

/**
 * The font size (in map px) of the overview labels at a zoom, or undefined when the zoom is
 * high enough to read the nodes themselves. Stepped: one size per zoom band, large enough
 * to read at the band's lowest zoom.
 *
 * @example overviewFontSize(0.3) // 48: 12 px on screen at zoom 0.25
 */
export function overviewFontSize(zoom: number): number | undefined {
  if (!inOverview(zoom)) return undefined;
  const floor = STEPS.find((step) => zoom >= step) ?? STEPS[STEPS.length - 1];
  return Math.round(SCREEN_SIZE / floor);
}

/** The process name wrapped into a node's box at an overview size. */
export interface OverviewLabel {
  lines: string[];
  fontSize: number;
  lineHeight: number;
}

/**
 * Wraps a process name to fill its node's box at the overview size, shrinking the size
 * (down to half) when the name would not fit even with an ellipsis.
 */
export function overviewLabel(
  name: string,
  geometry: NodeGeometry,
  fontSize: number,
): OverviewLabel {
  const width = geometry.width - 2 * PADDING;
  const whole = name.trim().replace(/\s+/g, ' ');
  const floor = Math.ceil(fontSize / 2);
  for (let size = fontSize; ; size = Math.max(floor, Math.round(size * 0.85))) {
    const lineHeight = Math.round(size * LINE_HEIGHT);
    const maxLines = Math.max(1, Math.floor((geometry.height - 2 * PADDING) / lineHeight));
    const lines = wrapText(name, width, { size, bold: true }, maxLines);
    // A word cut in two or an ellipsis is harder to read than a smaller size.
    if (size === floor || lines.join(' ') === whole) return { lines, fontSize: size, lineHeight };
  }
}
