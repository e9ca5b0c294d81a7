/**
 * "Did you mean …" for an input nobody produces: the nearest output key by
 *   1. the same words in any order, singular or plural ("Risk registers", "register risk"),
 *   2. a small edit distance (a typo): 1 edit for keys of 4–7 characters, 2 from 8 on.
 * Candidates come from indexes (word signature; length bucket with a letter-set filter),
 * never from comparing every name with every other, so 10,000 processes stay fast.
 */

/** A word reduced to its singular-ish stem: policies → policy, processes → process, risks → risk. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ss|x|ch|sh|s)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Words stemmed and sorted: equal for reordered words and singular/plural spellings. */
export function wordSignature(key: string): string {
  return key
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map(stem)
    .sort()
    .join(' ');
}

/** Bit per letter/digit present (folded into 32 bits): d edits change at most 2d bits. */
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i += 1) mask |= 1 << (key.charCodeAt(i) % 32);
  return mask;
}

function popCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function maxEdits(key: string): number {
  return key.length < 4 ? 0 : key.length < 8 ? 1 : 2;
}

export interface Suggester {
  /** The nearest known key to `key`, or undefined when none is near enough. */
  nearest(key: string): string | undefined;
}

/**
 * Indexes `keys` (in model order: on a tie the earlier key wins) for {@link Suggester.nearest}.
 *
 * @example createSuggester(['risk register']).nearest('risk registers') === 'risk register'
 */
export function createSuggester(keys: Iterable<string>): Suggester {
  const bySignature = new Map<string, string>();
  const byLength = new Map<number, { key: string; mask: number }[]>();
  for (const key of keys) {
    const signature = wordSignature(key);
    if (signature !== '' && !bySignature.has(signature)) bySignature.set(signature, key);
    let bucket = byLength.get(key.length);
    if (!bucket) byLength.set(key.length, (bucket = []));
    bucket.push({ key, mask: letterMask(key) });
  }
  const memo = new Map<string, string | undefined>();
  const search = (key: string): string | undefined => {
    const sameWords = bySignature.get(wordSignature(key));
    if (sameWords !== undefined && sameWords !== key) return sameWords;
    const max = maxEdits(key);
    if (max === 0) return undefined;
    const mask = letterMask(key);
    let best: string | undefined;
    let bestDistance = max + 1;
    for (let d = 0; d <= max; d += 1) {
      for (const length of d === 0 ? [key.length] : [key.length - d, key.length + d]) {
        for (const candidate of byLength.get(length) ?? []) {
          if (popCount(mask ^ candidate.mask) > 2 * max || candidate.key === key) continue;
          const distance = boundedEditDistance(key, candidate.key, bestDistance - 1);
          if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate.key;
          }
        }
      }
    }
    return best;
  };
  return {
    nearest(key) {
      if (!memo.has(key)) memo.set(key, search(key));
      return memo.get(key);
    },
  };
}
