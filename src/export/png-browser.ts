import arimoBoldUrl from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import arimoRegularUrl from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';

import { svgSize } from './png-size';

/** Pixels per map pixel the editor offers for a PNG. */
export type PngScale = 1 | 2 | 3;

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
