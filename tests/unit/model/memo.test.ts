import { describe, expect, it } from 'vitest';
import { memoByObject } from '../../../src/model/memo';

describe('memoByObject', () => {
  it('computes once per key object, and again for a new object with the same contents', () => {
    // given a memoised computation that counts its calls
    let calls = 0;
    const label = memoByObject((p: { name: string }) => {
      calls += 1;
      return `<${p.name}>`;
    });
    const a = { name: 'Plan' };
    // when it is asked twice for one object and once for an equal new one
    expect(label(a)).toBe('<Plan>');
    expect(label(a)).toBe('<Plan>');
    expect(label({ name: 'Plan' })).toBe('<Plan>');
    // then it computed for each object once
    expect(calls).toBe(2);
  });
});
