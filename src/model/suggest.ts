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

/**
 * How {@link stem} changes the word `text[start, end)`, read in place: twice the number of
 * characters it cuts from the end, plus 1 when it then adds "y" (policies → policy: 7).
 */
function stemCut(text: string, start: number, end: number): number {
  if (end - start <= 3 || text.charCodeAt(end - 1) !== S) return 0;
  const last2 = text.charCodeAt(end - 2);
  if (end - start > 4 && last2 === E) {
    const last3 = text.charCodeAt(end - 3);
    if (last3 === I) return 7; // -ies → -y
    if (last3 === S || last3 === X) return 4; // -ses, -sses, -xes
    const last4 = text.charCodeAt(end - 4);
    if (last3 === H && (last4 === C || last4 === S)) return 4; // -ches, -shes
  }
  return last2 === S ? 0 : 2;
}

const C = 0x63;
const E = 0x65;
const H = 0x68;
const I = 0x69;
const S = 0x73;
const X = 0x78;
const Y = 0x79;
const SPACE = 0x20;

/** A word reduced to its singular-ish stem: policies → policy, processes → process, risks → risk. */
function stem(word: string): string {
  const cut = stemCut(word, 0, word.length);
  if (cut === 0) return word;
  const kept = word.slice(0, word.length - (cut >> 1));
  return cut & 1 ? `${kept}y` : kept;
}

/**
 * A hash of the stems of the words of `text` (split at each single space, as
 * `split(' ')` does) that ignores their order: equal for every spelling
 * {@link firstSameWordSpelling} may try. Read in place, so all known keys can be hashed.
 */
function stemsHash(text: string): number {
  let sum = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && text.charCodeAt(i) !== SPACE) continue;
    const cut = stemCut(text, from, i);
    let hash = hashOf(text, from, i - from - (cut >> 1));
    if (cut & 1) hash = (Math.imul(hash, 31) + Y) | 0;
    // A strong mix per word, then a sum: the same words in any order give the same total.
    hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
    sum = (sum + (hash ^ (hash >>> 13))) | 0;
    from = i + 1;
  }
  // 30 bits: a small integer to V8, which a Set holds without boxing it.
  return sum & 0x3fffffff;
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

/** {@link stemsHash} of the words {@link firstSameWordSpelling} spells a key with; undefined when none. */
function meaningfulStemsHash(key: string): number | undefined {
  const words = key.split(' ').filter((w) => !LINKING_WORDS.has(w));
  return words.length === 0 ? undefined : stemsHash(words.join(' '));
}

/** Up to this many meaningful words are tried in every order; longer names keep their order. */
const MAX_REORDERED_WORDS = 4;

/**
 * The first of the keys with the same words as `key`, in other orders and numbers and
 * without linking words, that `accept` takes: the spellings a producer's key may have when
 * its signature equals `key`'s. Tried one by one, so nothing is built past the first taken.
 */
function firstSameWordSpelling(
  key: string,
  accept: (spelling: string) => boolean,
): string | undefined {
  const words = key.split(' ').filter((w) => !LINKING_WORDS.has(w));
  if (words.length === 0) return undefined;
  const forms = words.map(numberForms);
  const positions = words.map((_, i) => i);
  const orders = words.length <= MAX_REORDERED_WORDS ? permutations(positions) : [positions];
  // The last word varies fastest: every form of it is tried before the next form of the one before.
  const spell = (order: readonly number[], depth: number, head: string): string | undefined => {
    if (depth === order.length) return accept(head) ? head : undefined;
    for (const form of forms[order[depth]!]!) {
      const found = spell(order, depth + 1, head ? `${head} ${form}` : form);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (const order of orders) {
    const found = spell(order, 0, '');
    if (found !== undefined) return found;
  }
  return undefined;
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

/**
 * For a short ASCII text, the bit mask of its positions holding each character (by code):
 * the pattern {@link bitParallelDistance} reads. Undefined for other texts.
 */
function bitPattern(text: string): Int32Array | undefined {
  if (text.length === 0 || text.length > 32) return undefined;
  const pattern = new Int32Array(128);
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 128) return undefined;
    pattern[c]! |= 1 << i;
  }
  return pattern;
}

/**
 * The Levenshtein distance from the `length`-character text of `pattern` (see
 * {@link bitPattern}) to `text`, a column of the table per bit of a 32-bit word (Myers'
 * bit-vector algorithm, in Hyyrö's form for whole strings): a handful of operations per
 * character of `text` instead of a row of the table.
 */
function bitParallelDistance(pattern: Int32Array, length: number, text: string): number {
  const last = 1 << (length - 1);
  let plus = -1; // vertical +1 differences: all at the start
  let minus = 0;
  let distance = length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const equal = c < 128 ? pattern[c]! : 0;
    const xv = equal | minus;
    const xh = (((equal & plus) + plus) ^ plus) | equal;
    let hPlus = minus | ~(xh | plus);
    let hMinus = plus & xh;
    if (hPlus & last) distance += 1;
    else if (hMinus & last) distance -= 1;
    hPlus = (hPlus << 1) | 1;
    hMinus <<= 1;
    plus = hMinus | ~(xv | hPlus);
    minus = hPlus & xv;
  }
  return distance;
}

function maxEdits(key: string): number {
  return key.length < 4 ? 0 : key.length < 8 ? 1 : MAX_EDITS;
}

/**
 * A 32-bit hash of `text[start, start + size)`, read in place: matching parts by hash
 * instead of by substring saves an allocation per part. A collision only adds a candidate,
 * which the edit distance then rejects.
 */
function hashOf(text: string, start: number, size: number): number {
  let hash = 0;
  for (let i = start; i < start + size; i += 1)
    hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** Where part `p` of a key of `length` characters starts ({@link PARTS} near-equal parts). */
function partStart(length: number, p: number): number {
  return p * Math.floor(length / PARTS) + Math.min(p, length % PARTS);
}

/** How long part `p` of a key of `length` characters is. */
function partSize(length: number, p: number): number {
  return Math.floor(length / PARTS) + (p < length % PARTS ? 1 : 0);
}

/**
 * Lists of query numbers by (slot, hash), in typed arrays: an open-addressing table of
 * buckets, each with its list as one run of `items`. Read once per part of every known
 * key, so it avoids a Map per slot and an array per list. A query added twice in a row to
 * one list is kept once.
 */
class PartTable {
  private added = 0;
  private slots: Int32Array;
  private hashes: Int32Array;
  private queries: Int32Array;
  private keySlot = new Int32Array(0);
  private keyHash = new Int32Array(0);
  private mask = 0;
  /** Bucket `b`'s list is `items[from[b]]` up to `items[to[b]]`. */
  from = new Int32Array(0);
  to = new Int32Array(0);
  items = new Int32Array(0);

  /** A table for up to `capacity` additions. */
  constructor(capacity: number) {
    this.slots = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.queries = new Int32Array(capacity);
  }

  add(slot: number, hash: number, query: number): void {
    this.slots[this.added] = slot;
    this.hashes[this.added] = hash;
    this.queries[this.added] = query;
    this.added += 1;
  }

  /** Builds the table from everything added. */
  seal(): void {
    const count = this.added;
    let size = 16;
    while (size < count * 2) size *= 2;
    this.mask = size - 1;
    this.keySlot = new Int32Array(size).fill(-1);
    this.keyHash = new Int32Array(size);
    // First the bucket of each addition and the length of each list, then the lists.
    const bucket = new Int32Array(count).fill(-1);
    const last = new Int32Array(size).fill(-1);
    const length = new Int32Array(size);
    for (let i = 0; i < count; i += 1) {
      const slot = this.slots[i]!;
      const hash = this.hashes[i]!;
      let b = this.bucketOf(slot, hash);
      while (this.keySlot[b] !== -1 && (this.keySlot[b] !== slot || this.keyHash[b] !== hash))
        b = (b + 1) & this.mask;
      this.keySlot[b] = slot;
      this.keyHash[b] = hash;
      if (last[b] === this.queries[i]) continue;
      last[b] = this.queries[i]!;
      length[b] += 1;
      bucket[i] = b;
    }
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
    let end = 0;
    for (let b = 0; b < size; b += 1) {
      this.from[b] = this.to[b] = end;
      end += length[b]!;
    }
    this.items = new Int32Array(end);
    for (let i = 0; i < count; i += 1) {
      const b = bucket[i]!;
      if (b >= 0) this.items[this.to[b]++] = this.queries[i]!;
    }
  }

  /** The bucket of (slot, hash), or −1 when nothing was added there. */
  find(slot: number, hash: number): number {
    for (let b = this.bucketOf(slot, hash); ; b = (b + 1) & this.mask) {
      const at = this.keySlot[b]!;
      if (at === -1) return -1;
      if (at === slot && this.keyHash[b] === hash) return b;
    }
  }

  private bucketOf(slot: number, hash: number): number {
    // The high bits of the product mix every input bit; the low ones would not.
    return (Math.imul(hash ^ Math.imul(slot, 0x9e3779b1), 0x85ebca6b) >>> 8) & this.mask;
  }
}

export interface Suggester {
  /** The nearest known key to `key`, or undefined when none is near enough. */
  nearest(key: string): string | undefined;
  /**
   * {@link Suggester.nearest} of each key, found in one pass over the known keys: the way
   * to ask for many keys at once.
   */
  nearestAll(keys: readonly string[]): (string | undefined)[];
}

/**
 * Suggestions for `keys` among `known`. Among typos equally near, the key that came first
 * wins, so pass keys in model order. `known` answers whether a key is one of `keys`
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
  const memo = new Map<string, string | undefined>();
  const nearestAll = (queries: readonly string[]) => {
    const unique = [...new Set(queries)].filter((query) => !memo.has(query));
    const found = search(list, isKnown, unique);
    unique.forEach((query, q) => memo.set(query, found[q]));
    return queries.map((query) => memo.get(query));
  };
  return { nearest: (key) => nearestAll([key])[0], nearestAll };
}

/**
 * The suggestion for each query. Rather than indexing every known key, the few queries are
 * indexed — each part of each possible near key, at each place an edit can move it to — and
 * the known keys are read once, in order, so the first of equally near keys wins.
 */
function search(
  list: readonly string[],
  isKnown: { has(key: string): boolean },
  queries: readonly string[],
): (string | undefined)[] {
  const found: (string | undefined)[] = new Array<string | undefined>(queries.length);
  if (queries.length === 0) return found;
  // Keys with linking words ("register of risks") by signature: the spellings tried for a
  // query never contain linking words, so these are matched the other way round. Only the
  // first key of each signature counts.
  const signatures = queries.map(wordSignature);
  const wanted = new Set(signatures);
  const linkedBySignature = new Map<string, string>();
  const edits = queries.map(maxEdits);
  const masks = queries.map(characterMask);
  const bestDistance = edits.map((max) => max + 1);
  const best: (string | undefined)[] = new Array<string | undefined>(queries.length);
  // Same-word spellings are tried only for queries whose stems some known key has.
  const stems = queries.map(meaningfulStemsHash);
  const wantedStems = new Set(stems.filter((hash) => hash !== undefined));
  const knownStems = new Set<number>();

  // The parts table: (length * PARTS + p, hash) → the queries that hold, at a place
  // reachable within their edit budget, the text part p of a key of that length would need.
  // At most (2 max + 1) lengths × PARTS parts × (2 max + 1) shifts per query.
  const parts = new PartTable(
    edits.reduce((sum, max) => sum + (2 * max + 1) * PARTS * (2 * max + 1), 0),
  );
  const typoQueries: number[] = [];
  queries.forEach((query, q) => {
    const max = edits[q]!;
    if (max === 0) return;
    typoQueries.push(q);
    for (
      let length = Math.max(PARTS, query.length - max);
      length <= query.length + max;
      length += 1
    ) {
      // A part moves by the insertions minus deletions before it, s; those edits and the ones
      // after it (making up the length difference) number at least |s| + |difference − s|.
      const difference = query.length - length;
      for (let p = 0; p < PARTS; p += 1) {
        const start = partStart(length, p);
        const size = partSize(length, p);
        for (let shift = -max; shift <= max; shift += 1) {
          const at = start + shift;
          if (Math.abs(shift) + Math.abs(difference - shift) > max) continue;
          if (at < 0 || at + size > query.length) continue;
          parts.add(length * PARTS + p, hashOf(query, at, size), q);
        }
      }
    }
  });
  parts.seal();

  const patterns = queries.map(bitPattern);
  const compare = (q: number, key: string, keyMask: number) => {
    const query = queries[q]!;
    if (popCount(masks[q]! ^ keyMask) > 2 * edits[q]! || key === query) return;
    if (Math.abs(query.length - key.length) >= bestDistance[q]!) return;
    // Keys come in order, so only a strictly nearer one replaces the best so far.
    const pattern = patterns[q];
    const distance = pattern
      ? bitParallelDistance(pattern, query.length, key)
      : boundedEditDistance(query, key, bestDistance[q]! - 1);
    if (distance < bestDistance[q]!) {
      bestDistance[q] = distance;
      best[q] = key;
    }
  };

  // A key within `max` edits of a query keeps at least PARTS − max of its parts unchanged,
  // so only keys with that many parts found in the query are compared at all. Hits are
  // counted per key and set back to 0 after it.
  const hits = new Int32Array(queries.length);
  const needed = Int32Array.from(edits, (max) => PARTS - max);
  // The queries the current key touched: a reused typed array, as a plain array emptied per
  // key would give up its storage and allocate it again for each of the keys.
  const touched = new Int32Array(queries.length);
  let touchedCount = 0;
  list.forEach((key) => {
    if (wantedStems.size > 0) {
      const hash = stemsHash(key);
      if (wantedStems.has(hash)) knownStems.add(hash);
    }
    if (HAS_LINKING_WORD.test(key)) {
      const signature = wordSignature(key);
      if (wanted.has(signature) && !linkedBySignature.has(signature))
        linkedBySignature.set(signature, key);
    }
    const length = key.length;
    if (length < PARTS) {
      // Too short to split into parts: few, so compared with every query.
      for (const q of typoQueries) compare(q, key, characterMask(key));
      return;
    }
    touchedCount = 0;
    for (let p = 0; p < PARTS; p += 1) {
      // With no part found so far, the parts left are too few for any query.
      if (touchedCount === 0 && PARTS - p < PARTS - MAX_EDITS) return;
      const b = parts.find(
        length * PARTS + p,
        hashOf(key, partStart(length, p), partSize(length, p)),
      );
      if (b < 0) continue;
      for (let i = parts.from[b]!; i < parts.to[b]!; i += 1) {
        const q = parts.items[i]!;
        if (hits[q]!++ === 0) touched[touchedCount++] = q;
      }
    }
    if (touchedCount === 0) return;
    const keyMask = characterMask(key);
    for (let t = 0; t < touchedCount; t += 1) {
      const q = touched[t]!;
      if (hits[q]! >= needed[q]!) compare(q, key, keyMask);
      hits[q] = 0;
    }
  });

  queries.forEach((query, q) => {
    const linked = linkedBySignature.get(signatures[q]!);
    found[q] =
      linked !== undefined && linked !== query
        ? linked
        : ((knownStems.has(stems[q]!)
            ? firstSameWordSpelling(
                query,
                (spelling) => spelling !== query && isKnown.has(spelling),
              )
            : undefined) ?? best[q]);
  });
  return found;
}
