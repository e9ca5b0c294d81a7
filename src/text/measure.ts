import { ARIMO_BOLD, ARIMO_REGULAR, type FontMetricsData } from './arimo-metrics';

/** The font a piece of text is set in. The family is always Arimo (Arial's metrics). */
export interface FontSpec {
  /** Font size in px. */
  size: number;
  bold?: boolean;
}

/** One face's advance widths, indexed by code point for the hot path; -1 marks "not in the font". */
interface Face {
  data: FontMetricsData;
  advances: Int32Array;
  /** Width in font units for characters the table lacks, cached per code point. */
  fallback: Map<number, number>;
  averageLowercase: number;
  space: number;
}

function buildFace(data: FontMetricsData): Face {
  let last = 0;
  for (const run of data.runs) last = Math.max(last, run[0] + run.length - 2);
  const advances = new Int32Array(last + 1).fill(-1);
  for (const run of data.runs) {
    for (let i = 1; i < run.length; i++) advances[run[0] + i - 1] = run[i];
  }
  let lowercase = 0;
  for (let cp = 0x61; cp <= 0x7a; cp++) lowercase += advances[cp];
  return {
    data,
    advances,
    fallback: new Map(),
    averageLowercase: Math.round(lowercase / 26),
    space: advances[0x20],
  };
}

const REGULAR = buildFace(ARIMO_REGULAR);
const BOLD = buildFace(ARIMO_BOLD);

// Scripts a browser draws from a CJK or emoji font, one em wide.
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

/**
 * Width of a character Arimo does not cover: nothing for marks and format characters,
 * one em for CJK and emoji, a space for tabs and line breaks, and otherwise the average
 * lowercase width. The browser draws these from another font, so no value is exact;
 * these keep boxes about the right size.
 */
function fallbackUnits(face: Face, cp: number): number {
  const cached = face.fallback.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let units: number;
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) units = face.space;
  else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || ZERO_WIDTH.test(ch)) units = 0;
  else if (WIDE.test(ch)) units = face.data.unitsPerEm;
  else units = face.averageLowercase;
  face.fallback.set(cp, units);
  return units;
}

function faceOf(font: FontSpec): Face {
  return font.bold ? BOLD : REGULAR;
}

/** Sum of advance widths in font units: an integer, so widths of pieces add up exactly. */
function textUnits(face: Face, text: string): number {
  const { advances } = face;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i) as number;
      i++;
    }
    const advance = cp < advances.length ? advances[cp] : -1;
    units += advance >= 0 ? advance : fallbackUnits(face, cp);
  }
  return units;
}

/**
 * Measures text set on one line in Arimo (or Arial) at the given size, without kerning.
 * Deterministic: the same in every browser, in Node and in CI.
 *
 * @example measureText('Risk register', { size: 12 }) // ≈ 66.7 px
 */
export function measureText(text: string, font: FontSpec): number {
  const face = faceOf(font);
  return (textUnits(face, text) * font.size) / face.data.unitsPerEm;
}

/** A measurer bound to one font, working in font units: for the wrapping loop. */
export interface UnitMeasure {
  units(text: string): number;
  /** Converts a width in px to font units. */
  toUnits(px: number): number;
}

/** Binds a font for repeated measuring in exact integer font units. */
export function unitMeasure(font: FontSpec): UnitMeasure {
  const face = faceOf(font);
  const scale = face.data.unitsPerEm / font.size;
  return {
    units: (text) => textUnits(face, text),
    toUnits: (px) => px * scale,
  };
}

/**
 * Distance from the top of a line box to the baseline, as CSS places it: the font's
 * ascent plus half of the leading (line height minus ascent and descent).
 *
 * @example baselineOffset({ size: 12 }, 16) // ≈ 13.2: first baseline of a 16 px line
 */
export function baselineOffset(font: FontSpec, lineHeight: number): number {
  const { data } = faceOf(font);
  const ascent = (data.ascender * font.size) / data.unitsPerEm;
  const descent = (-data.descender * font.size) / data.unitsPerEm;
  return (lineHeight - ascent - descent) / 2 + ascent;
}
