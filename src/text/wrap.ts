import { wordBreaks } from './hyphenate';
import { unitMeasure, type FontSpec, type UnitMeasure } from './measure';

const ELLIPSIS = '…';
const HYPHEN = '-';

/** A piece of a word broken across lines: the line's text, and where the rest of the word starts. */
interface Piece {
  text: string;
  rest: number;
}

/**
 * The longest head of `word` from `from` that fits `maxUnits` when broken at a hyphenation
 * point or after a dash (with its "-"), or undefined when not even the shortest fits.
 */
function headAtBreak(
  word: string,
  from: number,
  maxUnits: number,
  m: UnitMeasure,
): Piece | undefined {
  let best: Piece | undefined;
  for (const { at, hyphen } of wordBreaks(word)) {
    if (at <= from) continue;
    const text = word.slice(from, at) + (hyphen ? HYPHEN : '');
    if (m.units(text) > maxUnits) continue;
    best = { text, rest: at };
  }
  return best;
}

/**
 * The longest head of `word` from `from` that fits, split between two characters: the last
 * resort for a word with no break that fits (a long number, a code, a CJK run), at least one
 * character so that the text always moves on.
 */
function headAtCharacter(word: string, from: number, maxUnits: number, m: UnitMeasure): Piece {
  let end = from;
  let units = 0;
  for (const ch of word.slice(from)) {
    const chUnits = m.units(ch);
    if (end > from && units + chUnits > maxUnits) break;
    units += chUnits;
    end += ch.length;
  }
  return { text: word.slice(from, end), rest: end };
}

/**
 * The longest head of `text` from `from` that fits `budget` and ends at the end of a word or
 * at a hyphenation point of its word (the whole word's, when `from` is inside it), never
 * after a lone letter; undefined when none does.
 */
function headAtWordOrSyllable(
  text: string,
  from: number,
  budget: number,
  m: UnitMeasure,
): string | undefined {
  let best: string | undefined;
  let wordStart = text.lastIndexOf(' ', from - 1) + 1;
  while (wordStart < text.length) {
    const space = text.indexOf(' ', wordStart);
    const wordEnd = space === -1 ? text.length : space;
    if (m.units(text.slice(from, wordEnd)) > budget) {
      for (const { at } of wordBreaks(text.slice(wordStart, wordEnd), 1)) {
        const end = wordStart + at;
        if (end > from && m.units(text.slice(from, end)) <= budget) best = text.slice(from, end);
      }
      break;
    }
    best = text.slice(from, wordEnd);
    wordStart = wordEnd + 1;
  }
  return best;
}

/**
 * Shortens `text` (words joined by single spaces) from `from` on until it and an ellipsis
 * fit the width: after the last word or syllable that fits, else between two characters.
 */
function ellipsize(text: string, from: number, maxUnits: number, m: UnitMeasure): string {
  const budget = maxUnits - m.units(ELLIPSIS);
  const head = headAtWordOrSyllable(text, from, budget, m);
  // "ing…", not "ing,…": the ellipsis stands for the rest, its punctuation included.
  if (head !== undefined) return head.replace(/[,;:]+$/, '') + ELLIPSIS;
  const chars = Array.from(text.slice(from));
  let units = m.units(text.slice(from));
  while (chars.length > 0 && units > budget) units -= m.units(chars.pop() as string);
  return chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * Wraps text into lines no wider than `maxWidth` px. Lines break at spaces (runs of white
 * space count as one). A word wider than a whole line is broken after a dash or slash it
 * holds or at an English hyphenation point, with a "-" at the end of the line ("Informa-",
 * "tion"), filling the line it starts on; only a word with no such place that fits (a long
 * number, a code) is split between two characters. When more than `maxLines` lines are
 * needed, the last kept line ends with "…" after the last whole word or syllable that fits.
 * Empty or blank text gives no lines.
 *
 * @example wrapText('Statement of applicability', 100, { size: 12 }) // ['Statement of', 'applicability']
 * @example wrapText('Informationssicherheit', 60, { size: 12 }) // ['Informa-', 'tionssi-', 'cherheit']
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
  // Where each line starts in the words joined by single spaces: the text an ellipsis shortens.
  const starts: number[] = [0];
  const joined = words.join(' ');
  let offset = 0;
  let line = '';
  let lineUnits = 0;
  /** Ends the current line; false once that leaves no line for the text from `next` on. */
  const endLine = (next: number): boolean => {
    if (lines.length + 1 === maxLines) return false;
    lines.push(line);
    starts.push(next);
    return true;
  };
  for (const word of words) {
    const wordUnits = m.units(word);
    const gap = line === '' ? 0 : space;
    if (lineUnits + gap + wordUnits <= maxUnits) {
      line += (line === '' ? '' : ' ') + word;
      lineUnits += gap + wordUnits;
      offset += word.length + 1;
      continue;
    }
    let from = 0;
    if (wordUnits > maxUnits) {
      // Broken anyway: its head fills the line it starts on.
      const head = headAtBreak(word, 0, maxUnits - lineUnits - gap, m);
      if (head) {
        line += (line === '' ? '' : ' ') + head.text;
        from = head.rest;
      }
    }
    if (line !== '' && !endLine(offset + from)) return finish(lines, joined, starts, maxUnits, m);
    while (m.units(word.slice(from)) > maxUnits) {
      const head = headAtBreak(word, from, maxUnits, m) ?? headAtCharacter(word, from, maxUnits, m);
      line = head.text;
      from = head.rest;
      if (!endLine(offset + from)) return finish(lines, joined, starts, maxUnits, m);
    }
    line = word.slice(from);
    lineUnits = m.units(line);
    offset += word.length + 1;
  }
  lines.push(line);
  return lines;
}

/** The lines so far and, as the last, the rest of the text from its start, shortened with "…". */
function finish(
  lines: string[],
  joined: string,
  starts: number[],
  maxUnits: number,
  m: UnitMeasure,
): string[] {
  return [...lines, ellipsize(joined, starts[lines.length], maxUnits, m)];
}
