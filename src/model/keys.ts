/**
 * The matching key of an artifact or process name (DESIGN.md, "The matching rule").
 * This is the only place the rule lives.
 *
 * @example artifactKey('  Risk   Register ') === 'risk register'
 */
export function artifactKey(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    // Printable ASCII words with single spaces is the common case: NFKC, trim and the
    // whitespace rule change nothing there, so only the case is folded.
    key = SIMPLE_ASCII.test(name)
      ? name.toLowerCase()
      : name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
    // Names repeat (every flow is an output and an input spelled alike) and are keyed by
    // index, flows and analysis in turn; a bounded memo makes the repeats free.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(name, key);
  }
  return key;
}

const SIMPLE_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const CACHE_LIMIT = 200_000;
const cache = new Map<string, string>();

/**
 * Whether each key is the first of its value in the list: names repeated within one
 * process count once. A Set only for long lists; processes have a handful of names.
 *
 * @example firstOfEach(['a', 'b', 'a']) // [true, true, false]
 */
export function firstOfEach(keys: readonly string[]): boolean[] {
  if (keys.length <= 16) return keys.map((key, i) => keys.indexOf(key) === i);
  const seen = new Set<string>();
  return keys.map((key) => !seen.has(key) && seen.add(key) !== undefined);
}

/** Membership in a list of keys: a plain scan for the usual handful, a Set for long lists. */
export function keySet(keys: readonly string[]): { has(key: string): boolean } {
  return keys.length <= 16 ? { has: (key) => keys.includes(key) } : new Set(keys);
}
