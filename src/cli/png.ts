import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { fittingScale, reducedScaleNote, svgSize } from '../export/png-size';

const ARIMO = [
  '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
  '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
];

/** The Arimo font files (regular and bold) from node_modules; missing ones are named, not dropped. */
export function arimoFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return ARIMO.map((file) => {
    try {
      return require.resolve(file);
    } catch {
      return `node_modules/${file}`;
    }
  });
}

export interface PngOptions {
  /** Pixels per SVG pixel. Default 1. */
  scale?: number;
  /** TrueType files of the font the SVG's text is set in. Default: Arimo from node_modules. */
  fontFiles?: readonly string[];
}

export interface PngResult {
  png: Uint8Array;
  width: number;
  height: number;
  /** The scale drawn at: the one asked for, or less when the picture would be too large. */
  scaleUsed: number;
  /** Set when the scale was lowered: says so in a sentence for the user. */
  note?: string;
}

function checkFont(file: string): void {
  if (!existsSync(file)) {
    throw new Error(
      `the font file ${file} is missing, and a PNG without it would have no text; run npm install (it comes with @expo-google-fonts/arimo)`,
    );
  }
  const head = readFileSync(file).subarray(0, 4);
  const tag = head.toString('latin1');
  if (!(head.readUInt32BE(0) === 0x00010000 || tag === 'true' || tag === 'OTTO')) {
    throw new Error(`${file} is not a TrueType or OpenType font`);
  }
}

/**
 * Rasterises an SVG that {@link renderSvg} wrote, with resvg, in Node. The font is loaded
 * from its files and nothing else (no system fonts), so the PNG is the same on every
 * machine; a missing font file is an error, because resvg would silently draw no text.
 * A picture larger than a browser canvas is drawn at a smaller scale, and `note` says so.
 *
 * @example
 * const { png, note } = renderPng(renderSvg(map, layout), { scale: 2 });
 */
export function renderPng(svg: string, options: PngOptions = {}): PngResult {
  const fontFiles = [...(options.fontFiles ?? arimoFontFiles())];
  if (fontFiles.length === 0)
    throw new Error('no font file given; a PNG without one would have no text');
  fontFiles.forEach(checkFont);
  const wanted = options.scale ?? 1;
  const size = svgSize(svg);
  const scaleUsed = fittingScale(size.width, size.height, wanted);
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: 'Arimo',
      sansSerifFamily: 'Arimo',
    },
    fitTo: { mode: 'zoom', value: scaleUsed },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  const result: PngResult = {
    png: new Uint8Array(image.asPng()),
    width: image.width,
    height: image.height,
    scaleUsed,
  };
  if (scaleUsed < wanted) result.note = reducedScaleNote(wanted, scaleUsed);
  return result;
}
