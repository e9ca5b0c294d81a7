/**
 * The largest picture drawn, in pixels: the area limit of a browser canvas (a larger one is
 * silently shrunk), used by the CLI too so both give the same picture and
 * a 1000-process map at 3× does not need gigabytes.
 */
export const MAX_PNG_PIXELS = 268_435_456;
/** The longest side a browser canvas accepts. */
export const MAX_PNG_SIDE = 16_384;

/** CSS px in one mm: browsers and resvg draw an SVG sized in mm at 96 px an inch. */
const PX_PER_MM = 96 / 25.4;

function length(root: string, attribute: 'width' | 'height'): number {
  const match = new RegExp(`\\s${attribute}="([\\d.]+)(mm)?"`).exec(root);
  return Number(match?.[1]) * (match?.[2] ? PX_PER_MM : 1);
}

/** Width and height of an SVG from its root element's attributes, in px (a page in mm at 96 dpi). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = length(root, 'width');
  const height = length(root, 'height');
  if (!(width > 0 && height > 0)) throw new Error('the SVG has no width and height');
  return { width, height };
}

/**
 * The largest scale not above `wanted` at which a `width` × `height` picture stays within
 * {@link MAX_PNG_PIXELS} and {@link MAX_PNG_SIDE}, rounded down to 1/100.
 *
 * @example fittingScale(30000, 9000, 2) === 0.54
 */
export function fittingScale(width: number, height: number, wanted: number): number {
  const byArea = Math.sqrt(MAX_PNG_PIXELS / (width * height));
  const bySide = MAX_PNG_SIDE / Math.max(width, height);
  const limit = Math.min(byArea, bySide);
  return wanted <= limit ? wanted : Math.floor(limit * 100) / 100;
}

/** The sentence that tells the user a picture was drawn smaller than asked. */
export function reducedScaleNote(wanted: number, used: number): string {
  return `Drawn at ${used}× instead of ${wanted}×: at ${wanted}× the picture would exceed ${MAX_PNG_SIDE} px a side or 268 million pixels, more than browsers and many viewers can hold.`;
}
