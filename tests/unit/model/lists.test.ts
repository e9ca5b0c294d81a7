import { describe, expect, it } from 'vitest';
import { sameItems } from '../../../src/model/lists';

describe('sameItems', () => {
  it('compares lists item by item', () => {
    const [x, y] = [{}, {}];
    expect(sameItems([x, y], [x, y])).toBe(true);
    expect(sameItems([x, y], [y, x])).toBe(false);
    expect(sameItems([x], [x, y])).toBe(false);
    expect(sameItems([], [])).toBe(true);
  });
});
