import { describe, expect, it } from 'vitest';
import { assignIds, slugify, uniqueId } from '../../../src/model/ids';

describe('slugify', () => {
  it('makes a lower-case dashed id from a name', () => {
    expect(slugify('Risk assessment (6.1.2)')).toBe('risk-assessment-6-1-2');
  });

  it('drops accents and keeps letters of other scripts', () => {
    expect(slugify('Évaluation des risques')).toBe('evaluation-des-risques');
    expect(slugify('リスク評価')).toBe('リスク評価');
  });

  it('falls back to "process" for names without letters or digits', () => {
    expect(slugify('   ')).toBe('process');
    expect(slugify('—!?')).toBe('process');
  });

  it('keeps ids short', () => {
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(48);
  });
});

describe('uniqueId', () => {
  it('adds -2, -3 … until the id is free', () => {
    expect(uniqueId('audit', new Set(['audit', 'audit-2']))).toBe('audit-3');
  });

  it('never gives a name Object.prototype holds', () => {
    expect(uniqueId('constructor', new Set())).toBe('constructor-2');
    expect(uniqueId('__proto__', new Set())).toBe('__proto__-2');
  });
});

describe('assignIds', () => {
  it('makes ids from names where they are missing', () => {
    expect(assignIds([{ name: 'Risk assessment' }, { name: 'Risk treatment' }])).toEqual([
      'risk-assessment',
      'risk-treatment',
    ]);
  });

  it('keeps explicit ids, duplicates included, for the analysis to report', () => {
    expect(
      assignIds([
        { id: 'x', name: 'A' },
        { id: 'x', name: 'B' },
      ]),
    ).toEqual(['x', 'x']);
  });

  it('never makes an id that an explicit id (even a later one) already has', () => {
    const ids = assignIds([
      { name: 'Audit' },
      { id: 'audit', name: 'Internal audit' },
      { name: 'Audit' },
    ]);
    expect(ids).toEqual(['audit-2', 'audit', 'audit-3']);
  });
});
