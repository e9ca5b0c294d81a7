import { describe, expect, it } from 'vitest';
import { findProcesses } from '../../../src/present/find';
import { proc } from './build';

const processes = [
  proc({ id: 'review', name: 'Information security risk review' }),
  proc({ id: 'assess', name: 'Risk assessment' }),
  proc({ id: 'asterisk', name: 'Asterisk handling' }),
  proc({ id: 'treat', name: 'Risk  Treatment' }),
  proc({ id: 'audit', name: 'Internal audit' }),
];

const names = (query: string) => findProcesses(query, processes).map((p) => p.id);

describe('findProcesses', () => {
  it('ranks names that start with the query, then word starts, then anywhere', () => {
    expect(names('risk')).toEqual(['assess', 'treat', 'review', 'asterisk']);
  });

  it('ignores case and extra spaces', () => {
    expect(names('  RISK treatment ')).toEqual(['treat']);
  });

  it('finds nothing for an empty query or a name nobody has', () => {
    expect(names('   ')).toEqual([]);
    expect(names('supplier')).toEqual([]);
  });
});
