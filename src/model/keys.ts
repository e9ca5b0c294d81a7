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
 * Names that are different artifacts under the matching rule: the first spelling of each,
 * trimmed, in the order given; blank names dropped.
 *
 * @example distinctNames(['Risk register', ' risk  REGISTER', '', 'Plan']) // ['Risk register', 'Plan']
 */
export function distinctNames(names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = artifactKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name.trim());
  }
  return out;
}
