/**
 * The matching key of an artifact or process name (DESIGN.md, "The matching rule").
 * This is the only place the rule lives.
 *
 * @example artifactKey('  Risk   Register ') === 'risk register'
 */
export function artifactKey(name: string): string {
  // Printable ASCII words with single spaces is the common case: NFKC, trim and the
  // whitespace rule change nothing there, so only the case is folded.
  if (SIMPLE_ASCII.test(name)) return name.toLowerCase();
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const SIMPLE_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

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
