// Explicit files, not `hyphen/en-us`: Node's ES modules (the CLI) import no directories.
import createHyphenator from 'hyphen/hyphen.js';
import enUs from 'hyphen/patterns/en-us.js';

/** A place inside a word where a line may end. */
export interface WordBreak {
  /** Index in the word of the first character of the next line. */
  at: number;
  /** Whether the line then ends with an added "-" (a hyphenation point), or as it is (after a dash or slash). */
  hyphen: boolean;
}

// Liang's patterns of TeX's US English, the ones TeX, LibreOffice and browsers use.
const MARK = '\u00ad';
const hyphenateWord = createHyphenator(enUs, { hyphenChar: MARK }) as (text: string) => string;

/** TeX's rule for English: at least two letters before a hyphen and three after it. */
const LEFT_MIN = 2;
const RIGHT_MIN = 3;

/** Characters after which a line may end inside a word with nothing added. */
const DASHES = /[-‐–—/]/;

/** A break with the number of letters of its run after it (the rule for the last piece). */
interface KnownBreak extends WordBreak {
  after: number;
}

/** Hyphenation points of a run of letters, as indices in the run, two letters in at least. */
function hyphenationPoints(run: string): number[] {
  const points: number[] = [];
  let index = 0;
  for (const ch of hyphenateWord(run)) {
    if (ch === MARK) points.push(index);
    else index += ch.length;
  }
  return points.filter((at) => at >= LEFT_MIN);
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, KnownBreak[]>();

function computeBreaks(word: string): KnownBreak[] {
  const breaks: KnownBreak[] = [];
  // Each run of letters is hyphenated on its own: "Non-conformity" hyphenates "conformity",
  // and a run written in capitals (ISMS, GDPR) is an acronym, never hyphenated.
  for (const match of word.matchAll(/\p{L}+/gu)) {
    const run = match[0];
    if (run === run.toUpperCase()) continue;
    for (const at of hyphenationPoints(run)) {
      breaks.push({ at: match.index + at, hyphen: true, after: run.length - at });
    }
  }
  for (let i = 1; i < word.length - 1; i++) {
    if (DASHES.test(word[i]) && word[i + 1] !== word[i]) {
      breaks.push({ at: i + 1, hyphen: false, after: Number.POSITIVE_INFINITY });
    }
  }
  return breaks.sort((a, b) => a.at - b.at);
}

/**
 * The places where a word may be broken across lines: after a dash or slash it holds, and at
 * the hyphenation points of US English (TeX's patterns, at least two letters before and
 * `rightMin` after the break: three, TeX's rule for English, where a line breaks; one
 * where the rest of the word is left out for an ellipsis), where the line ends with an
 * added "-". Acronyms in capitals and numbers have none. In the order of the word.
 *
 * @example wordBreaks('Information') // [{ at: 2, hyphen: true }, { at: 5, ... }, { at: 7, ... }]: In-for-ma-tion
 */
export function wordBreaks(word: string, rightMin = RIGHT_MIN): WordBreak[] {
  let breaks = cache.get(word);
  if (!breaks) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    breaks = computeBreaks(word);
    cache.set(word, breaks);
  }
  return breaks.filter((b) => b.after >= rightMin).map(({ at, hyphen }) => ({ at, hyphen }));
}
