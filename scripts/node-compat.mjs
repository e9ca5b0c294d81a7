// Vitest 5 asks for Node 22, and its failure report calls Map.groupBy (Node 21+). On
// Node 20 that report itself crashed and hid which test failed; this fills the gap.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = function groupBy(items, keyOf) {
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
