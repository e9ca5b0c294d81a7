/**
 * `compute`, remembered per key object for as long as that object lives: for what is derived
 * from objects the editor never changes in place (processes, their list, routes, nodes), so
 * that an edit computes again only for the objects it replaced.
 *
 * @example
 * const searchText = memoByObject((p: Process) => `${p.name}\n${p.id}`);
 * searchText(p) === searchText(p); // computed once
 */
export function memoByObject<K extends object, V extends object | string>(
  compute: (key: K) => V,
): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
