import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv, importCsv } from '../../../src/export/csv';
import { isReservedId } from '../../../src/model/ids';
import type { Process, ProcessMap } from '../../../src/model/types';
import sample from '../../fixtures/export/small-map.json';

const map = sample as ProcessMap;

function rowsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('exportCsv', () => {
  it('writes one row per process under the documented header', () => {
    // when
    const rows = rowsOf(exportCsv(map));
    // then
    expect(rows[0]).toEqual([
      'id',
      'name',
      'kind',
      'category',
      'owner',
      'description',
      'activities',
      'inputs',
      'outputs',
      'documentation',
      'references',
      'purpose',
      'criteria',
      'kpis',
      'resources',
      'risks',
      'records',
    ]);
    expect(rows).toHaveLength(map.processes.length + 1);
    const riskAssessment = rows.find((r) => r[0] === 'risk-assessment')!;
    expect(riskAssessment[7]).toBe('ISMS scope; Risk criteria; Asset inventory');
    expect(riskAssessment[10]).toBe('6.1.2; 8.2');
  });

  it('keeps a cell that looks like a formula from running in a spreadsheet', () => {
    // given
    const process: Process = {
      id: 'p',
      name: '=HYPERLINK("http://x")',
      kind: 'process',
      activities: [],
      inputs: ['@risk'],
      outputs: [],
      references: [],
    };
    // when
    const rows = rowsOf(exportCsv({ ...map, processes: [process] }));
    // then
    expect(rows[1][1]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[1][7]).toBe("'@risk");
  });
});

describe('importCsv', () => {
  it('reads headers in any case and order and splits lists on semicolons', () => {
    // given
    const csv =
      'Inputs,NAME,Owner\r\n"Asset inventory;Risk criteria ; ",Risk assessment,Risk manager\r\n';
    // when
    const result = importCsv(csv, { title: 'From the spreadsheet' });
    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.title).toBe('From the spreadsheet');
    expect(result.map.processes).toEqual([
      {
        id: 'risk-assessment',
        name: 'Risk assessment',
        kind: 'process',
        owner: 'Risk manager',
        activities: [],
        inputs: ['Asset inventory', 'Risk criteria'],
        outputs: [],
        references: [],
      },
    ]);
  });

  it('reads a semicolon-separated file as Excel writes it in decimal-comma locales', () => {
    // given
    const csv =
      'name;outputs\r\nRisk treatment;"Risk treatment plan; Statement of Applicability"\r\n';
    // when
    const result = importCsv(csv);
    // then
    expect(result.ok && result.map.processes[0].outputs).toEqual([
      'Risk treatment plan',
      'Statement of Applicability',
    ]);
  });

  it('keeps unknown columns as extra fields and writes them back', () => {
    // given
    const csv = 'name,Status\r\nAudit,Draft\r\n';
    // when
    const result = importCsv(csv);
    // then
    expect(result.ok && result.map.processes[0].extra).toEqual({ Status: 'Draft' });
    if (result.ok) expect(rowsOf(exportCsv(result.map))[0].at(-1)).toBe('Status');
  });

  it('names the row and column of a bad kind and of a missing name', () => {
    // given
    const csv = 'name,kind,category\nAudit,proces,core\n,process,\nReview,process,mangement\n';
    // when
    const result = importCsv(csv);
    // then
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { row: 2, column: 'kind', message: '"proces" is neither process nor external' },
      { row: 3, column: 'name', message: 'the process has no name' },
      { row: 4, column: 'category', message: '"mangement" is not management, core or support' },
    ]);
    expect(result.message).toContain('row 2, column "kind"');
  });

  it('refuses an id every JavaScript object has, as map files do', () => {
    const result = importCsv('id,name\nconstructor,Audit\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        row: 2,
        column: 'id',
        message:
          '"constructor" cannot be an id (every JavaScript object has a "constructor" already); choose another, e.g. "constructor-process"',
      },
    ]);
  });

  it('refuses a table without a name column', () => {
    // when
    const result = importCsv('title,owner\nAudit,CISO\n');
    // then
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe(
        'The CSV file cannot be imported: row 1: the header has no "name" column.',
      );
  });

  it('refuses an empty file', () => {
    expect(importCsv('').ok).toBe(false);
    expect(importCsv('\uFEFF\r\n').ok).toBe(false);
  });

  it('counts rows as a spreadsheet does, blank rows included', () => {
    // given
    const csv = 'name,kind\nAudit,process\n\n,process\n';
    // when
    const result = importCsv(csv);
    // then
    expect(!result.ok && result.issues[0].row).toBe(4);
  });

  it('makes missing ids from names without taking an explicit one', () => {
    // given
    const csv = 'id,name\naudit,Internal audit\n,Audit\n';
    // when
    const result = importCsv(csv);
    // then
    expect(result.ok && result.map.processes.map((p) => p.id)).toEqual(['audit', 'audit-2']);
  });
});

/** Text as a person types it in a cell: trimmed, not empty, any character. */
const cellText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(';', '\\', '"', ',', '\n', '\r', '=', '-', "'", ' ', '\t'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 12,
  })
  .map((s) => s.trim())
  .filter((s) => s !== '');

const optionalText = fc.option(cellText, { nil: undefined });

const processArb = fc.record({
  id: cellText.filter((s) => !isReservedId(s)),
  name: cellText,
  kind: fc.constantFrom('process' as const, 'external' as const),
  category: fc.option(fc.constantFrom('management' as const, 'core' as const, 'support' as const), {
    nil: undefined,
  }),
  owner: optionalText,
  description: optionalText,
  activities: fc.array(cellText, { maxLength: 3 }),
  inputs: fc.array(cellText, { maxLength: 3 }),
  outputs: fc.array(cellText, { maxLength: 3 }),
  documentation: optionalText,
  references: fc.array(cellText, { maxLength: 3 }),
});

/** Drops the absent optional fields, as the model holds them. */
function compact(p: Record<string, unknown>): Process {
  return Object.fromEntries(
    Object.entries(p).filter(([, v]) => v !== undefined),
  ) as unknown as Process;
}

describe('CSV round trip', () => {
  it('gives back the same processes after export and import', () => {
    fc.assert(
      fc.property(fc.array(processArb.map(compact), { maxLength: 6 }), (processes) => {
        // given
        const original: ProcessMap = { ...map, processes };
        // when
        const result = importCsv(exportCsv(original));
        // then
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.map.processes).toEqual(processes);
      }),
      { numRuns: 300 },
    );
  });
});
