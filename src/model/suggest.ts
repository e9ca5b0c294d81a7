/**
 * "Did you mean …" for an input nobody produces: the nearest output key by
 *   1. the same words in any order, singular or plural, linking words aside
 *      ("Risk registers", "register risk", "Register of risks"),
 *   2. a small edit distance (a typo): 1 edit for keys of 4–7 characters, 2 from 8 on.
 * Candidates come from indexes, never from comparing every name with every other, so
 * 10,000 processes stay fast: a word-signature map for (1), and for (2) the pigeonhole
 * rule — split a key into 5 parts; each edit changes at most one part, so a string d edits
 * away still contains 5 − d parts unchanged, shifted by at most d places — so only keys
 * sharing enough parts with the unresolved input are compared at all.
 */

const MAX_EDITS = 2;
/** 2d + 1 parts: d edits leave at least d + 1 of them unchanged, which filters well. */
const PARTS = 2 * MAX_EDITS + 1;

/** A word reduced to its singular-ish stem: policies → policy, processes → process, risks → risk. */
function stem(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh|s)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('ss') ? word : word.slice(0, -1);
}

/** Words stemmed and sorted, linking words aside: equal for reordered words and singular/plural spellings. */
export function wordSignature(key: string): string {
  const words = key.split(' ').filter((w) => w !== '');
  if (words.length === 1) return stem(words[0]!);
  const meaningful = words.filter((w) => !LINKING_WORDS.has(w));
  return (meaningful.length > 0 ? meaningful : words).map(stem).sort().join(' ');
}

/** A stem's plural: policy → policies, process → processes, risk → risks. */
function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

/** A word as written, singular and plural (only words that end in a letter have a plural). */
function numberForms(word: string): string[] {
  if (!/\p{L}$/u.test(word)) return [word];
  const singular = stem(word);
  // Only forms that stem back to the same word, so matches agree with wordSignature.
  return [...new Set([word, singular, plural(singular)])].filter((form) => stem(form) === singular);
}

/** Up to this many meaningful words are tried in every order; longer names keep their order. */
const MAX_REORDERED_WORDS = 4;

/**
 * Keys with the same words as `key` in other orders and numbers, without linking words:
 * the spellings a producer's key may have when its signature equals `key`'s.
 */
function sameWordSpellings(key: string): string[] {
  const words = key.split(' ').filter((w) => !LINKING_WORDS.has(w));
  if (words.length === 0) return [];
  const orders = words.length <= MAX_REORDERED_WORDS ? permutations(words) : [words];
  const spellings: string[] = [];
  for (const order of orders) {
    let partial = [''];
    for (const word of order)
      partial = partial.flatMap((head) =>
        numberForms(word).map((form) => (head ? `${head} ${form}` : form)),
      );
    spellings.push(...partial);
  }
  return spellings;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

const LINKING_WORDS = new Set([
  'a',
  'an',
  'and',
  'for',
  'from',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
]);
const HAS_LINKING_WORD = new RegExp(`(?:^| )(?:${[...LINKING_WORDS].join('|')})(?: |$)`);

/** A bit per digit and letter present (w–z share bits): one edit flips at most 2 bits. */
function characterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    mask |= 1 << (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 118 ? c - 87 : (c % 22) + 10);
  }
  return mask;
}

function popCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Two rows of the edit-distance table, reused: suggestions compare many short strings.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Levenshtein distance, computed only in the band of width `max` around the diagonal;
 * anything beyond `max` comes back as `max + 1`.
 *
 * @example boundedEditDistance('risk', 'rsik', 2) === 2
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (max < 0) return 0;
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length * 2 + 1);
    currentRow = new Int32Array(b.length * 2 + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[0] = i <= max ? i : over;
    if (from > 1) current[from - 1] = over;
    if (to < b.length) current[to + 1] = over;
    let rowMin = from === 1 ? current[0]! : over;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j += 1) {
      const substitute = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitute, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, over);
}

function maxEdits(key: string): number {
  return key.length < 4 ? 0 : key.length < 8 ? 1 : MAX_EDITS;
}

/**
 * A 32-bit hash of `text[start, start + size)`, read in place: indexing parts by hash
 * instead of by substring saves an allocation per part. A collision only adds a candidate,
 * which the edit distance then rejects.
 */
function hashOf(text: string, start: number, size: number): number {
  let hash = 0;
  for (let i = start; i < start + size; i += 1)
    hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** Start and length of each of the {@link PARTS} parts of a key of `length` characters. */
function parts(length: number): [number, number][] {
  const base = Math.floor(length / PARTS);
  const extra = length % PARTS;
  const out: [number, number][] = [];
  let start = 0;
  for (let p = 0; p < PARTS; p += 1) {
    const size = base + (p < extra ? 1 : 0);
    out.push([start, size]);
    start += size;
  }
  return out;
}

export interface Suggester {
  /** The nearest known key to `key`, or undefined when none is near enough. */
  nearest(key: string): string | undefined;
}

/**
 * Indexes `keys` for {@link Suggester.nearest}. Among typos equally near, the key that came
 * first wins, so pass keys in model order. `known` answers whether a key is one of `keys`
 * (pass the map the keys come from; by default a Set is made).
 *
 * @example createSuggester(['risk register']).nearest('risk registers') === 'risk register'
 */
export function createSuggester(
  keys: Iterable<string>,
  known?: { has(key: string): boolean },
): Suggester {
  const list = [...keys];
  const isKnown = known ?? new Set(list);
  // Keys with linking words ("register of risks") by signature: the spellings tried for a
  // query never contain linking words, so these few are matched the other way round.
  const linkedBySignature = new Map<string, number>();
  // byPart[p]: key length → hash of part p → ids of the keys of that length with that part.
  const byPart = Array.from({ length: PARTS }, () => new Map<number, Map<number, number[]>>());
  // Keys too short to split into parts: few, so compared one by one.
  const short: number[] = [];
  list.forEach((key, id) => {
    if (HAS_LINKING_WORD.test(key)) {
      const signature = wordSignature(key);
      if (!linkedBySignature.has(signature)) linkedBySignature.set(signature, id);
    }
    if (key.length < PARTS) {
      short.push(id);
      return;
    }
    parts(key.length).forEach(([start, size], p) => {
      let byText = byPart[p]!.get(key.length);
      if (!byText) byPart[p]!.set(key.length, (byText = new Map()));
      const hash = hashOf(key, start, size);
      const ids = byText.get(hash);
      if (ids) ids.push(id);
      else byText.set(hash, [id]);
    });
  });
  const masks = new Int32Array(list.length);
  const maskOf = (id: number) => masks[id] || (masks[id] = characterMask(list[id]!));

  /** A key with the same words as `key`, other than `key` itself: one with linking words first, then in the order tried. */
  const sameWords = (key: string): string | undefined => {
    const linked = linkedBySignature.get(wordSignature(key));
    if (linked !== undefined && list[linked] !== key) return list[linked];
    return sameWordSpellings(key).find((spelling) => spelling !== key && isKnown.has(spelling));
  };

  const stamp = new Uint32Array(list.length);
  let query = 0;

  const search = (key: string): string | undefined => {
    const same = sameWords(key);
    if (same !== undefined) return same;
    const max = maxEdits(key);
    if (max === 0) return undefined;

    // A key within `max` edits keeps at least PARTS − max of its parts, so it has one of
    // any max + 1 of them: reading only the max + 1 shortest lists finds every candidate.
    query += 1;
    const candidates: number[] = [...short];
    for (let length = Math.max(PARTS, key.length - max); length <= key.length + max; length += 1) {
      // A part moves by the insertions minus deletions before it, s; those edits and the ones
      // after it (making up the length difference) number at least |s| + |difference − s|.
      const difference = key.length - length;
      const shifts: number[] = [];
      for (let shift = -max; shift <= max; shift += 1) {
        if (Math.abs(shift) + Math.abs(difference - shift) <= max) shifts.push(shift);
      }
      const lists = parts(length).map(([start, size], p) => {
        const found: number[][] = [];
        const byText = byPart[p]!.get(length);
        for (const shift of shifts) {
          const at = start + shift;
          if (!byText || at < 0 || at + size > key.length) continue;
          const ids = byText.get(hashOf(key, at, size));
          if (ids) found.push(ids);
        }
        return { found, size: found.reduce((sum, ids) => sum + ids.length, 0) };
      });
      lists.sort((a, b) => a.size - b.size);
      for (const { found } of lists.slice(0, max + 1)) {
        for (const ids of found) {
          for (const id of ids) {
            if (stamp[id] === query) continue;
            stamp[id] = query;
            candidates.push(id);
          }
        }
      }
    }

    const mask = characterMask(key);
    let best = -1;
    let bestDistance = max + 1;
    for (const id of candidates) {
      if (popCount(mask ^ maskOf(id)) > 2 * max || list[id] === key) continue;
      const distance = boundedEditDistance(key, list[id]!, bestDistance);
      if (distance < bestDistance || (distance === bestDistance && distance <= max && id < best)) {
        bestDistance = distance;
        best = id;
      }
    }
    return best >= 0 ? list[best] : undefined;
  };

  const memo = new Map<string, string | undefined>();
  return {
    nearest(key) {
      if (!memo.has(key)) memo.set(key, search(key));
      return memo.get(key);
    },
  };
}
