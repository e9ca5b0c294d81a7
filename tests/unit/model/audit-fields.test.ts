import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsv, importCsv } from '../../../src/export/csv';
import { serializeMap } from '../../../src/model/serialize';
import type { Process, ProcessMap } from '../../../src/model/types';
import { errorOf, fixture, mapOf } from './fixtures';

const AUDIT_READY = `procmap: 1
title: Audit-ready
nextReview: 2027-06-30
revisions:
  - { revision: "1.0", date: 2026-01-10, author: CISO, change: First issue }
  - { revision: 1.1, date: 2026-11-28, author: ISMS manager, change: KPIs added, ticket: ISMS-12 }
processes:
  - id: risk-assessment
    name: Risk assessment
    owner: Risk manager
    inputs: [Asset inventory]
    outputs: [Risk register]
    purpose: Know the information security risks
    criteria: Risk assessment methodology, risk acceptance criteria
    kpis:
      - { name: Assessments on time, target: 100%, frequency: quarterly, source: GRC tool }
      - name: Risks without owner
        target: 0
    resources: [GRC tool, Risk workshops]
    risks: [Risks missed because assets are unknown, Opportunity - reuse of supplier assessments]
    records: [Risk register, Risk assessment report]
`;

/** The one process of a map, for reading its fields. */
const only = (map: ProcessMap): Process => map.processes[0]!;

describe('clause 4.4 fields of a process', () => {
  const map = mapOf(AUDIT_READY);
  const process = only(map);

  it('reads purpose and criteria as text', () => {
    expect(process.purpose).toBe('Know the information security risks');
    expect(process.criteria).toBe('Risk assessment methodology, risk acceptance criteria');
  });

  it('reads KPIs with name, target and frequency, a number target as typed, unknown fields kept', () => {
    expect(process.kpis).toEqual([
      {
        name: 'Assessments on time',
        target: '100%',
        frequency: 'quarterly',
        extra: { source: 'GRC tool' },
      },
      { name: 'Risks without owner', target: '0' },
    ]);
  });

  it('reads resources, risks and records as lists of text', () => {
    expect(process.resources).toEqual(['GRC tool', 'Risk workshops']);
    expect(process.risks).toEqual([
      'Risks missed because assets are unknown',
      'Opportunity - reuse of supplier assessments',
    ]);
    expect(process.records).toEqual(['Risk register', 'Risk assessment report']);
  });

  it('reads the next review date and the revision history, a number revision as typed', () => {
    expect(map.nextReview).toBe('2027-06-30');
    expect(map.revisions).toEqual([
      { revision: '1.0', date: '2026-01-10', author: 'CISO', change: 'First issue' },
      {
        revision: '1.1',
        date: '2026-11-28',
        author: 'ISMS manager',
        change: 'KPIs added',
        extra: { ticket: 'ISMS-12' },
      },
    ]);
  });

  it.each(['json', 'yaml'] as const)(
    'writes every field back in %s and reads the same map',
    (format) => {
      const text = serializeMap(map, format);
      expect(mapOf(text)).toEqual(map);
      expect(text).toContain('ISMS-12');
      expect(text).toContain('GRC tool');
    },
  );

  it('keeps every field through a CSV export and import', () => {
    const read = importCsv(exportCsv(map));
    if (!read.ok) throw new Error(read.message);
    const back = only(read.map);
    // A KPI's own unknown fields have no CSV column.
    const firstKpi = { ...process.kpis![0]! };
    delete firstKpi.extra;
    expect(back.purpose).toBe(process.purpose);
    expect(back.criteria).toBe(process.criteria);
    expect(back.kpis).toEqual([firstKpi, process.kpis![1]]);
    expect(back.resources).toEqual(process.resources);
    expect(back.risks).toEqual(process.risks);
    expect(back.records).toEqual(process.records);
  });

  it('writes KPIs into one CSV cell as "name | target | frequency" items', () => {
    const csv = exportCsv(map);
    expect(csv).toContain('Assessments on time | 100% | quarterly; Risks without owner | 0');
  });

  it('keeps KPI names with "|", ";" and backslashes through CSV', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc
              .string({ minLength: 1 })
              .map((s) => s.trim())
              .filter((s) => s !== ''),
            target: fc.option(fc.constantFrom('95%', 'a|b', 'c;d', 'e\\', '\\|'), {
              nil: undefined,
            }),
            frequency: fc.option(fc.constantFrom('monthly', 'x\\y'), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (kpis) => {
          const clean = kpis.map((k) => ({
            name: k.name,
            ...(k.target ? { target: k.target } : {}),
            ...(k.frequency ? { frequency: k.frequency } : {}),
          }));
          const source: ProcessMap = { ...map, processes: [{ ...process, kpis: clean }] };
          const read = importCsv(exportCsv(source));
          if (!read.ok) throw new Error(read.message);
          expect(only(read.map).kpis).toEqual(clean);
        },
      ),
    );
  });
});

describe('tolerant reading of the new fields', () => {
  it('takes a single name as a list of one and a KPI written as a name alone', () => {
    const process = only(
      mapOf(
        'processes: [{ name: A, kpis: Audits on time, records: Audit report, risks: Late audits }]',
      ),
    );
    expect(process.kpis).toEqual([{ name: 'Audits on time' }]);
    expect(process.records).toEqual(['Audit report']);
    expect(process.risks).toEqual(['Late audits']);
  });

  it('takes one revision written as a map of fields as a history of one', () => {
    const map = mapOf('revisions: { revision: 2, change: Reissued }\nprocesses: []\n');
    expect(map.revisions).toEqual([{ revision: '2', change: 'Reissued' }]);
  });

  it('reads a KPI whose name is a number as text, and one without a name as unnamed', () => {
    const process = only(mapOf('processes: [{ name: A, kpis: [{ name: 5.10 }, { target: 3 }] }]'));
    expect(process.kpis).toEqual([{ name: '5.10' }, { name: '', target: '3' }]);
  });

  it('leaves empty lists out, so a map never carries an empty optional list', () => {
    const process = only(mapOf('processes: [{ name: A, kpis: [], resources: [], records: null }]'));
    expect(process).not.toHaveProperty('kpis');
    expect(process).not.toHaveProperty('resources');
    expect(process).not.toHaveProperty('records');
  });

  it('names the place of a KPI that is not a KPI', () => {
    expect(errorOf('processes:\n  - name: A\n    kpis: [[1, 2]]\n')).toMatch(
      /^processes\[0\]\.kpis\[0\] \(line 3.*expected a KPI/,
    );
  });

  it('names the place of a revision history that is not a list', () => {
    expect(errorOf('title: T\nrevisions: true\n')).toMatch(
      /^revisions .*expected a list of revisions/,
    );
  });
});

describe('old files', () => {
  it('open and are written back without any of the new fields', () => {
    const map = mapOf(fixture('format-1.procmap.json'));
    const text = serializeMap(map, 'json');
    for (const field of [
      'purpose',
      'criteria',
      'kpis',
      'resources',
      'risks',
      'records',
      'revisions',
      'nextReview',
    ])
      expect(text).not.toContain(`"${field}"`);
    expect(text).toContain('"procmap": 1');
  });
});
