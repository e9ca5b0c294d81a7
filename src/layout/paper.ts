import { THEME } from './theme';

/*
 * The paper a map is printed on, and how large its text comes out there: what the band
 * layout shapes a map for, and what the exports fit it to (src/export/page.ts).
 */

export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** A sheet of paper the map is printed on. */
export interface PageSize {
  paper: Paper;
  orientation: Orientation;
}

/** The pages offered, smallest first and landscape first: maps are wider than tall. */
export const PAGE_CHOICES: readonly PageSize[] = [
  { paper: 'A4', orientation: 'landscape' },
  { paper: 'A4', orientation: 'portrait' },
  { paper: 'A3', orientation: 'landscape' },
  { paper: 'A3', orientation: 'portrait' },
];

/** ISO 216 sizes, short side by long side, in mm. */
const PAPER_MM: Record<Paper, [number, number]> = { A4: [210, 297], A3: [297, 420] };

/** White border left on every side, which most printers cannot print on. */
export const PAGE_MARGIN_MM = 10;

/** The smallest type size an auditor can still read on paper. */
export const MIN_TEXT_PT = 6;

/** The smallest text of a drawing, in map px: every text is set in one of THEME's sizes. */
export const SMALLEST_TEXT_PX = Math.min(...Object.values(THEME.fontSize));

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** Width and height of a page in mm, as it is turned. */
export function pageMm(page: PageSize): { width: number; height: number } {
  const [short, long] = PAPER_MM[page.paper];
  return page.orientation === 'landscape'
    ? { width: long, height: short }
    : { width: short, height: long };
}

/** How a drawing sits on a page. */
export interface PageFit {
  page: PageSize;
  /** Points on paper per map px: the drawing is scaled by this to fill the printable area. */
  scale: number;
  /** The size of the smallest text on paper, in pt. */
  smallestTextPt: number;
  /** The smallest text stays at {@link MIN_TEXT_PT} or larger. */
  fits: boolean;
}

/**
 * Fits a drawing of `content` map px (the map with its title block and legend) into the
 * printable area of a page, keeping its proportions, and tells whether its smallest text
 * stays readable there.
 *
 * @example fitToPage({ width: 1500, height: 800 }, { paper: 'A4', orientation: 'landscape' }).smallestTextPt // ≈ 5.2
 */
export function fitToPage(content: { width: number; height: number }, page: PageSize): PageFit {
  const mm = pageMm(page);
  const printableWidth = (mm.width - 2 * PAGE_MARGIN_MM) * PT_PER_MM;
  const printableHeight = (mm.height - 2 * PAGE_MARGIN_MM) * PT_PER_MM;
  const scale =
    content.width > 0 && content.height > 0
      ? Math.min(printableWidth / content.width, printableHeight / content.height)
      : 1;
  const smallestTextPt = SMALLEST_TEXT_PX * scale;
  return { page, scale, smallestTextPt, fits: smallestTextPt >= MIN_TEXT_PT - 1e-9 };
}
