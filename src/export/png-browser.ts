import arimoBoldUrl from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import arimoRegularUrl from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import { getViewportForBounds, type Rect } from '@xyflow/react';
import { toBlob } from 'html-to-image';
import { fittingScale, MAX_PNG_PIXELS, MAX_PNG_SIDE, reducedScaleNote, svgSize } from './png-size';

export type PngScale = 1 | 2 | 3;

export interface CanvasPngOptions {
  scale: PngScale;
  background: 'white' | 'transparent';
  /** The whole map in flow coordinates: nodes and the routes of their flows. */
  bounds: Rect;
  /** How many process nodes the map has, to tell whether the canvas rendered them all. */
  nodeCount: number;
  /** The map as a vector SVG (renderSvg), drawn instead when the canvas cannot be captured whole. */
  svg: () => string;
}

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
  scaleUsed: number;
  /** Set when the picture is smaller than asked: a sentence for the user. */
  note?: string;
}

/**
 * Leaves out what only the screen needs: artifact labels (shown on the canvas when zoomed
 * in or hovered, so a capture would depend on the zoom) and problem markers. The picture then
 * shows what the SVG export shows.
 */
function withoutCanvasOnly(node: HTMLElement): boolean {
  const classes = (node as Element).classList;
  return !classes || !(classes.contains('pm-flow__label') || classes.contains('pm-marker'));
}

/** Room around the map in the picture, in map pixels. */
const PADDING = 24;

function fits(width: number, height: number, scale: number): boolean {
  const w = width * scale;
  const h = height * scale;
  return w <= MAX_PNG_SIDE && h <= MAX_PNG_SIDE && w * h <= MAX_PNG_PIXELS;
}

async function fontFaceRules(): Promise<string> {
  const faces = await Promise.all(
    [
      [arimoRegularUrl, 400],
      [arimoBoldUrl, 700],
    ].map(async ([url, weight]) => {
      const bytes = new Uint8Array(await (await fetch(url as string)).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return `@font-face{font-family:Arial;font-weight:${weight};src:url(data:font/ttf;base64,${btoa(binary)}) format('truetype');}`;
    }),
  );
  return faces.join('');
}

/**
 * Draws an SVG that renderSvg wrote into a PNG at `scale`, in the browser. An SVG shown as
 * an image cannot reach the page's fonts, so Arimo goes in with it, under the name the SVG
 * asks for first.
 *
 * @example const { blob } = await rasterizeSvg(renderSvg(map, layout), 2, 'white');
 */
export async function rasterizeSvg(
  svg: string,
  scale: number,
  background: 'white' | 'transparent',
): Promise<{ blob: Blob; width: number; height: number }> {
  const size = svgSize(svg);
  const withFont = svg.replace(
    /(<svg\b[^>]*>)/,
    `$1<defs><style>${await fontFaceRules()}</style></defs>`,
  );
  const url = URL.createObjectURL(new Blob([withFont], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser has no canvas to draw on');
    if (background === 'white') {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob)
      throw new Error('the browser could not make a picture this large; export the SVG instead');
    return { blob, width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A PNG of the whole map, not just what is on screen: the React Flow viewport inside the
 * editor's own container, captured with html-to-image at the map's bounds and zoom 1, at
 * 1×, 2× or 3×. When that capture would not show the map whole, the vector SVG is
 * rasterised instead: when some nodes are not drawn or drawn as bare boxes (zoomed out, or
 * off screen on a big map), or when the picture would be larger than a browser canvas
 * holds (then at the largest scale that fits, and `note` tells the user the scale used;
 * html-to-image would shrink it without a word).
 *
 * @example
 * const result = await exportCanvasPng(flowElement, { scale: 2, background: 'white', bounds, nodeCount, svg: () => renderSvg(map, layout) });
 * if (result.note) showNotice(result.note);
 */
export async function exportCanvasPng(
  container: HTMLElement,
  options: CanvasPngOptions,
): Promise<PngExport> {
  const { scale, background, bounds } = options;
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING);
  const viewport = container.querySelector<HTMLElement>('.react-flow__viewport');
  const rendered = container.querySelectorAll('.react-flow__node').length;
  // Zoomed out (under the overview labels) or off screen on a big map, nodes are bare boxes:
  // the picture needs their insides.
  const detailed = !container.querySelector('.pm-node--bare');

  if (viewport && detailed && rendered >= options.nodeCount && fits(width, height, scale)) {
    const { x, y, zoom } = getViewportForBounds(bounds, width, height, 1, 1, `${PADDING}px`);
    const blob = await toBlob(viewport, {
      width,
      height,
      pixelRatio: scale,
      backgroundColor: background === 'white' ? '#ffffff' : undefined,
      filter: withoutCanvasOnly,
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${x}px, ${y}px) scale(${zoom})`,
      },
    });
    if (!blob) throw new Error('the browser could not make the picture');
    return { blob, width: width * scale, height: height * scale, scaleUsed: scale };
  }

  const svg = options.svg();
  const size = svgSize(svg);
  const scaleUsed = fittingScale(size.width, size.height, scale);
  const picture = await rasterizeSvg(svg, scaleUsed, background);
  return {
    ...picture,
    scaleUsed,
    ...(scaleUsed < scale ? { note: reducedScaleNote(scale, scaleUsed) } : {}),
  };
}
