import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { artifactKey, firstOfEach, keySet } from '../../../src/model/keys';

/** DESIGN.md's rule, written out literally, to hold the fast path to it. */
const rule = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

describe('artifactKey', () => {
  it('ignores case, surrounding space and runs of inner whitespace', () => {
    expect(artifactKey('  Risk \t\n Register ')).toBe('risk register');
  });

  it('treats compatibility forms alike (NFKC): full-width letters and ligatures', () => {
    expect(artifactKey('Ｒｉｓｋ ﬁle')).toBe('risk file');
  });

  it('keeps punctuation and digits, so "6.1.2" and "6.12" differ', () => {
    expect(artifactKey('6.1.2')).not.toBe(artifactKey('6.12'));
  });

  it('gives exactly what the written rule gives, for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (name) => {
          expect(artifactKey(name)).toBe(rule(name));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('firstOfEach and keySet', () => {
  it('marks only the first of repeated keys, in short and long lists', () => {
    expect(firstOfEach(['a', 'b', 'a'])).toEqual([true, true, false]);
    const long = Array.from({ length: 40 }, (_, i) => `k${i % 20}`);
    expect(firstOfEach(long)).toEqual(long.map((_, i) => i < 20));
  });

  it('answers membership the same way for short and long lists', () => {
    const long = Array.from({ length: 40 }, (_, i) => `k${i}`);
    expect(keySet(['a']).has('a')).toBe(true);
    expect(keySet(['a']).has('b')).toBe(false);
    expect(keySet(long).has('k39')).toBe(true);
    expect(keySet(long).has('k40')).toBe(false);
  });
});
