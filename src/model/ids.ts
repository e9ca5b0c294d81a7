import { artifactKey } from './keys';

const MAX_SLUG_LENGTH = 48;

/**
 * A readable id made from a name: the matching key with accents dropped and everything
 * that is not a letter or digit turned into single dashes.
 *
 * @example slugify('Risk assessment (6.1.2)') === 'risk-assessment-6-1-2'
 */
export function slugify(name: string): string {
  const slug = artifactKey(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'process' : slug;
}

/**
 * `base` itself, or `base-2`, `base-3` … : the first one not in `taken`. Names that
 * `Object.prototype` already holds (`constructor`, `toString` …) count as taken, so an id
 * can always index a plain object safely.
 *
 * @example uniqueId('audit', new Set(['audit'])) === 'audit-2'
 */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const free = (id: string) => !taken.has(id) && !isReservedId(id);
  if (free(base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}-${n}`;
    if (free(id)) return id;
  }
}

/**
 * Fills in the missing ids from names. Explicit ids are kept as they are, duplicates
 * included (analysis reports them), and a made id never equals any explicit one.
 * Returns the ids in the order of `entries`.
 */
export function assignIds(entries: readonly { id?: string; name: string }[]): string[] {
  const taken = new Set<string>();
  for (const entry of entries) if (entry.id !== undefined) taken.add(entry.id);
  return entries.map((entry) => {
    if (entry.id !== undefined) return entry.id;
    const id = uniqueId(slugify(entry.name), taken);
    taken.add(id);
    return id;
  });
}

/**
 * Whether `id` is a name every JavaScript object already has (`__proto__`, `constructor`,
 * `hasOwnProperty`, `toString` …). The editor, the layout and the exporters look processes
 * up in plain objects by id, so a file with such an id is refused, in the editor and by
 * the CLI alike, with {@link reservedIdMessage}; ids made from names skip them.
 */
export function isReservedId(id: string): boolean {
  return id in Object.prototype;
}

/** Why a reserved id cannot be used, and what to write instead. */
export function reservedIdMessage(id: string): string {
  return `"${id}" cannot be an id (every JavaScript object has a "${id}" already); choose another, e.g. "${id}-process"`;
}
