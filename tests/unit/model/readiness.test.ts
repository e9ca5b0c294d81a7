import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../src/model/analysis';
import { readiness, readinessText } from '../../../src/model/readiness';
import { starterMap } from '../../../src/model/starter';
import type { Process } from '../../../src/model/types';
import { fixtureMap } from './fixtures';

const bare: Process = {
  id: 'p',
  name: 'P',
  kind: 'process',
  activities: [],
  inputs: [],
  outputs: [],
  references: [],
};

describe('readiness problems', () => {
  it('notes a process with no activities, no KPI and no documented information', () => {
    const problems = analyzeMap(fixtureMap('not-audit-ready.yaml'));
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.process}`)).toEqual([
      'info no-activities risk-treatment',
      'info no-kpi risk-treatment',
      'info no-records risk-treatment',
    ]);
    expect(problems[1]!.message).toBe(
      '"Risk treatment" has no KPI: clause 9.1 asks how the process is monitored and measured',
    );
  });

  it('finds nothing to note about an external that only supplies or only receives', () => {
    const problems = analyzeMap(fixtureMap('not-audit-ready.yaml'));
    expect(problems.some((p) => p.process === 'regulator' || p.process === 'board')).toBe(false);
  });

  it('goes away once the field is filled', () => {
    const map = fixtureMap('not-audit-ready.yaml');
    const treatment = map.processes[1]!;
    treatment.activities = ['Choose options'];
    treatment.kpis = [{ name: 'Actions on time' }];
    treatment.records = ['Treatment plan'];
    expect(analyzeMap(map)).toEqual([]);
  });
});

describe('readiness figure', () => {
  it('counts the clause 4.4 points a process fills, and names those missing', () => {
    expect(readiness({ ...bare, owner: 'CISO', inputs: ['A'], kpis: [{ name: 'K' }] })).toEqual({
      filled: 3,
      total: 10,
      missing: [
        'purpose',
        'activities',
        'outputs',
        'criteria and methods',
        'resources',
        'risks and opportunities',
        'documented information',
      ],
    });
  });

  it('takes a description as the purpose, and blank text as nothing', () => {
    expect(readiness({ ...bare, description: 'Why' })!.missing).not.toContain('purpose');
    expect(readiness({ ...bare, purpose: '  ', owner: ' ' })!.missing).toContain('purpose');
  });

  it('has no figure for an external', () => {
    expect(readiness({ ...bare, kind: 'external' })).toBeUndefined();
    expect(readinessText({ ...bare, kind: 'external' })).toBe('');
  });

  it('is full for every process of the starter map', () => {
    for (const p of starterMap().processes.filter((q) => q.kind === 'process'))
      expect(readinessText(p), p.id).toBe('10/10');
  });
});
