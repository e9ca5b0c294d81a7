import { describe, expect, it } from 'vitest';
import { groupBy, sameItems } from '../../../src/model/lists';

describe('sameItems', () => {
  it('compares lists item by item', () => {
    const [x, y] = [{}, {}];
    expect(sameItems([x, y], [x, y])).toBe(true);
    expect(sameItems([x, y], [y, x])).toBe(false);
    expect(sameItems([x], [x, y])).toBe(false);
    expect(sameItems([], [])).toBe(true);
  });
});

describe('groupBy', () => {
  it('groups items by key, keys in the order first met, values in the items order', () => {
    const groups = groupBy(['ab', 'b', 'ac'], (s) => s[0]);
    expect([...groups]).toEqual([
      ['a', ['ab', 'ac']],
      ['b', ['b']],
    ]);
  });

  it('keeps what valueOf makes of each item', () => {
    const flows = [
      { from: 'a', to: 'x' },
      { from: 'b', to: 'x' },
    ];
    expect(groupBy(flows, (f) => f.to, (f) => f.from).get('x')).toEqual(['a', 'b']);
  });
});
