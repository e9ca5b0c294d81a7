import { unitMeasure, type FontSpec, type UnitMeasure } from './measure';

const ELLIPSIS = '…';

/** Splits a word wider than a line into pieces that fit, at least one character each. */
function breakWord(word: string, maxUnits: number, m: UnitMeasure): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceUnits = 0;
  for (const ch of word) {
    const chUnits = m.units(ch);
    if (piece !== '' && pieceUnits + chUnits > maxUnits) {
      pieces.push(piece);
      piece = ch;
      pieceUnits = chUnits;
    } else {
      piece += ch;
      pieceUnits += chUnits;
    }
  }
  pieces.push(piece);
  return pieces;
}

/** Shortens text until it and an ellipsis fit the width. */
function ellipsize(text: string, maxUnits: number, m: UnitMeasure): string {
  const chars = Array.from(text.trimEnd());
  const budget = maxUnits - m.units(ELLIPSIS);
  let units = m.units(text.trimEnd());
  while (chars.length > 0 && units > budget) units -= m.units(chars.pop() as string);
  return chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * Wraps text into lines no wider than `maxWidth` px: breaks at spaces (runs of white space
 * count as one), splits words longer than a line, and when more than `maxLines` lines are
 * needed ends the last kept line with "…". Empty or blank text gives no lines.
 *
 * @example wrapText('Statement of applicability', 100, { size: 12 }) // ['Statement of', 'applicability']
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: FontSpec,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || maxLines < 1) return [];
  const m = unitMeasure(font);
  // Tolerance for the px → units conversion, so a text exactly maxWidth wide fits.
  const maxUnits = m.toUnits(maxWidth) + 1e-6;
  const space = m.units(' ');
  const lines: string[] = [];
  let line = '';
  let lineUnits = 0;
  for (const word of words) {
    const wordUnits = m.units(word);
    if (line !== '' && lineUnits + space + wordUnits <= maxUnits) {
      line += ' ' + word;
      lineUnits += space + wordUnits;
      continue;
    }
    if (line !== '') lines.push(line);
    if (wordUnits <= maxUnits) {
      line = word;
      lineUnits = wordUnits;
    } else {
      const pieces = breakWord(word, maxUnits, m);
      line = pieces.pop() as string;
      lines.push(...pieces);
      lineUnits = m.units(line);
    }
  }
  lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines - 1);
  kept.push(ellipsize(lines.slice(maxLines - 1).join(' '), maxUnits, m));
  return kept;
}
