import { THEME } from '../layout/theme';

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

/**
 * The smallest running text of the map, in map px: the port labels. (The category tag
 * above a name is set smaller, in bold capitals, whose letters stand as tall as the port
 * labels' lower-case ones.)
 */
export const SMALLEST_TEXT_PX = THEME.fontSize.port;

const PT_PER_MM = 72 / 25.4;

/** `A4 landscape`: the page as the user reads it. */
export function pageName(page: PageSize): string {
  return `${page.paper} ${page.orientation}`;
}

/** `A4-landscape`: the page as the command line and file names write it. */
export function pageId(page: PageSize): string {
  return `${page.paper}-${page.orientation}`;
}

/**
 * The page a name such as `A4-landscape`, `a3 portrait` or `A4` (landscape) asks for, or
 * undefined when it names none.
 *
 * @example parsePage('a3-portrait') // { paper: 'A3', orientation: 'portrait' }
 */
export function parsePage(text: string): PageSize | undefined {
  const match = /^\s*(a[34])(?:[\s_-]+(portrait|landscape))?\s*$/i.exec(text);
  if (!match) return undefined;
  return {
    paper: match[1].toUpperCase() as Paper,
    orientation: (match[2]?.toLowerCase() ?? 'landscape') as Orientation,
  };
}

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

/** The first of {@link PAGE_CHOICES} the drawing fits on readably, if any. */
export function smallestFittingPage(content: {
  width: number;
  height: number;
}): PageSize | undefined {
  return PAGE_CHOICES.find((page) => fitToPage(content, page).fits);
}

function pt(value: number): string {
  return `${Math.round(value * 10) / 10} pt`;
}

/**
 * A sentence for the user when a drawing does not fit a page readably: how small the text
 * would be, and what to do instead (a page it fits, or a page per band unless `split` is
 * false, as for a band's own page). `what` names the drawing (`The map`, or one band).
 *
 * @example pageAdvice(fitToPage({ width: 4000, height: 1200 }, a4Landscape), { width: 4000, height: 1200 })
 */
export function pageAdvice(
  fit: PageFit,
  content: { width: number; height: number },
  what = 'The map',
  split = true,
): string {
  const alternative = smallestFittingPage(content);
  const options = [
    ...(alternative ? [pageName(alternative)] : []),
    ...(split ? ['a page per band'] : []),
    ...(alternative ? [] : ['no page (the map at its own size)']),
  ];
  const instead = `choose ${options.join(', or ')}`;
  return `${what} does not fit on ${pageName(fit.page)}: its smallest text would be ${pt(fit.smallestTextPt)}, under ${MIN_TEXT_PT} pt. To print it readably, ${instead}.`;
}

/** The page's frame for an SVG whose drawing is `content` map px: root attributes and the background rectangle. */
export interface PageFrame {
  /** `width="297mm" height="210mm"` for the root element. */
  widthMm: number;
  heightMm: number;
  /** The page in map px, the drawing centred on it: the root's viewBox. */
  viewBox: { x: number; y: number; width: number; height: number };
}

/**
 * The viewBox that centres a drawing of `content` map px on a page at the fitted scale.
 *
 * @example pageFrame({ width: 1000, height: 500 }, fitToPage(...)).viewBox.x // < 0: room left of the drawing
 */
export function pageFrame(content: { width: number; height: number }, fit: PageFit): PageFrame {
  const mm = pageMm(fit.page);
  const width = (mm.width * PT_PER_MM) / fit.scale;
  const height = (mm.height * PT_PER_MM) / fit.scale;
  return {
    widthMm: mm.width,
    heightMm: mm.height,
    viewBox: {
      x: (content.width - width) / 2,
      y: (content.height - height) / 2,
      width,
      height,
    },
  };
}
