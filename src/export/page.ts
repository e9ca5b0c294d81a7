import {
  MIN_TEXT_PT,
  PAGE_CHOICES,
  PT_PER_MM,
  fitToPage,
  pageMm,
  type Orientation,
  type PageFit,
  type PageSize,
  type Paper,
} from '../layout/paper';

export * from '../layout/paper';

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
