import { describe, expect, it } from 'vitest';
import { coverage, readReference, unknownReferences } from '../../../src/model/coverage';
import { starterMap } from '../../../src/model/starter';
import type { Process, ProcessMap } from '../../../src/model/types';
import { mapOf } from './fixtures';

const proc = (id: string, references: string[], kind: Process['kind'] = 'process'): Process => ({
  id,
  name: id,
  kind,
  activities: [],
  inputs: [],
  outputs: [],
  references,
});
const map = (...processes: Process[]): ProcessMap => ({
  procmap: 1,
  title: 'T',
  layout: { direction: 'RIGHT' },
  processes,
  positions: {},
});

describe('readReference', () => {
  it.each([
    ['6.1.2', { kind: 'clause', id: '6.1.2' }],
    [' Clause 9.2 ', { kind: 'clause', id: '9.2' }],
    ['ISO/IEC 27001:2022 10.2', { kind: 'clause', id: '10.2' }],
    ['A.5.15', { kind: 'annex', theme: 'A.5', id: 'A.5.15' }],
    ['Annex A 8.8', { kind: 'annex', theme: 'A.8', id: 'A.8.8' }],
    ['a5.1', { kind: 'annex', theme: 'A.5', id: 'A.5.1' }],
    ['A.5.10', { kind: 'annex', theme: 'A.5', id: 'A.5.10' }],
  ])('reads %s', (reference, target) => {
    expect(readReference(reference)).toEqual(target);
  });

  it.each(['5.10', 'A.5.38', 'A.12.1.2', '11.1', 'GDPR Art. 33', ''])(
    'knows %j names no clause 4.1–10.2 and no 2022 Annex A control',
    (reference) => {
      expect(readReference(reference)).toEqual({ kind: 'unknown' });
    },
  );
});

describe('coverage', () => {
  it('marks the processes that reference each clause, sub-clauses under their clause', () => {
    const result = coverage(
      map(proc('audit', ['9.2.2']), proc('plan', ['6.1']), proc('x', [])).processes,
    );
    const row = (id: string) => result.clauses.find((line) => line.row.id === id)!;
    expect(row('9.2').cells).toEqual([['9.2.2'], [], []]);
    expect(row('6.1.1').cells).toEqual([[], ['6.1'], []]);
    expect(row('6.1.3').cells).toEqual([[], ['6.1'], []]);
    expect(row('9.2').covered).toBe(true);
    expect(row('4.1').covered).toBe(false);
  });

  it('lists every clause from 4.1 to 10.2', () => {
    const ids = coverage(map().processes).clauses.map((line) => line.row.id);
    expect(ids[0]).toBe('4.1');
    expect(ids.at(-1)).toBe('10.2');
    expect(ids).toHaveLength(25);
  });

  it('adds the Annex A themes only when a reference names an Annex A control', () => {
    expect(coverage(map(proc('p', ['6.1.2'])).processes).annex).toEqual([]);
    const result = coverage(map(proc('p', ['A.5.15', 'A.8.8', 'A.5.10'])).processes);
    expect(result.annex.map((line) => [line.row.id, line.cells[0]])).toEqual([
      ['A.5', ['A.5.15', 'A.5.10']],
      ['A.6', []],
      ['A.7', []],
      ['A.8', ['A.8.8']],
    ]);
  });

  it('keeps references as typed and lists those it does not know', () => {
    const p = proc('p', ['5.10', ' A.5.1 ']);
    const result = coverage(map(p).processes);
    expect(result.unknown).toEqual([{ process: p, reference: '5.10', suggestion: 'A.5.10' }]);
    expect(unknownReferences(result.unknown)).toBe(
      'Not a clause 4.1–10.2 or an Annex A control: “5.10” (p), did you mean A.5.10?',
    );
    expect(result.annex[0]!.cells[0]).toEqual([' A.5.1 ']);
  });

  it('reads references of a file as text: 5.10 in YAML stays 5.10', () => {
    const read = mapOf('processes: [{ name: P, references: [5.10, "6.1.2"] }]');
    expect(coverage(read.processes).unknown.map((u) => u.reference)).toEqual(['5.10']);
  });

  it('leaves externals out of the columns', () => {
    const result = coverage(
      map(proc('p', ['4.1']), proc('regulator', ['4.2'], 'external')).processes,
    );
    expect(result.processes.map((p) => p.id)).toEqual(['p']);
    expect(result.clauses[1]!.covered).toBe(false);
  });

  it('finds every clause covered on the starter map, and the Annex A themes it leaves open', () => {
    const result = coverage(starterMap().processes);
    expect(result.clauses.filter((line) => !line.covered)).toEqual([]);
    expect(result.annex.filter((line) => !line.covered).map((line) => line.row.id)).toEqual([
      'A.7',
    ]);
    expect(result.unknown).toEqual([]);
  });
});
