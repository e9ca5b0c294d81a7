/**
 * The matching key of an artifact or process name (DESIGN.md, "The matching rule").
 * This is the only place the rule lives.
 *
 * @example artifactKey('  Risk   Register ') === 'risk register'
 */
export function artifactKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
