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
 * Narrower than this many ems of the overview type, a box shows no name: a line would hold
 * a few letters of it. The nodes all share one width, so this hides every name or none.
 */
const MIN_EMS = 4;

/**
 * Wraps a process name into its node's box at the overview size, the same size for every
 * box: lines break between words, a word wider than the box at a hyphenation point
 * ("Opera-", "tional"); a name longer than the box holds ends its last line with "…" after
 * a whole word or syllable (the node shows it whole when zoomed in), and when the box is
 * too narrow for a few letters at that size the name is left out rather than drawn smaller.
 */
export function overviewLabel(
  name: string,
  geometry: NodeGeometry,
  fontSize: number,
): OverviewLabel {
  const width = geometry.width - 2 * PADDING;
  const lineHeight = Math.round(fontSize * LINE_HEIGHT);
  const maxLines = Math.floor((geometry.height - 2 * PADDING) / lineHeight);
  const lines =
    width < MIN_EMS * fontSize
      ? []
      : wrapText(name, width, { size: fontSize, bold: true }, maxLines);
  return { lines, fontSize, lineHeight };
}
