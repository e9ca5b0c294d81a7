/** Whether two lists hold the same items in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}

/**
 * The items by `keyOf`, each key's values (`valueOf` of its items, or the items) in the
 * items' order, the keys in the order first met.
 *
 * @example groupBy(['ab', 'ac', 'b'], (s) => s[0]) // Map { 'a' => ['ab', 'ac'], 'b' => ['b'] }
 */
export function groupBy<T, K, V = T>(
  items: Iterable<T>,
  keyOf: (item: T) => K,
  valueOf: (item: T) => V = (item) => item as unknown as V,
): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(valueOf(item));
    else groups.set(key, [valueOf(item)]);
  }
  return groups;
}
