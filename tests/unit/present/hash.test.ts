import { describe, expect, it } from 'vitest';
import { parsePresentHash, presentHash } from '../../../src/present/hash';

describe('presentation hash', () => {
  it('reads the overview and a step from the hash', () => {
    expect(parsePresentHash('#present')).toEqual({});
    expect(parsePresentHash('#present/')).toEqual({});
    expect(parsePresentHash('#present/risk-assessment')).toEqual({ step: 'risk-assessment' });
  });

  it('ignores hashes that are not a presentation', () => {
    expect(parsePresentHash('')).toBeUndefined();
    expect(parsePresentHash('#presentation')).toBeUndefined();
    expect(parsePresentHash('#outline/present')).toBeUndefined();
  });

  it('round-trips ids with spaces, slashes and accents', () => {
    for (const step of ['risk assessment', 'a/b', 'Änderung #2', '100%']) {
      expect(parsePresentHash(presentHash({ step }))).toEqual({ step });
    }
  });

  it('takes a hand-typed id with a stray percent sign as written', () => {
    expect(parsePresentHash('#present/50%off')).toEqual({ step: '50%off' });
  });

  it('writes the overview as #present', () => {
    expect(presentHash({})).toBe('#present');
  });
});
