import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { artifactKey, distinctNames } from '../../../src/model/keys';

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

describe('distinctNames', () => {
  it('keeps the first spelling of each name as artifacts match, trimmed, and drops blanks', () => {
    expect(distinctNames(['  CISO ', 'ciso', '', 'Risk  manager', 'risk manager'])).toEqual([
      'CISO',
      'Risk  manager',
    ]);
  });
});
