import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMap, createAnalysisMemo } from '../../../src/model/analysis';
import { deriveModel } from '../../../src/model/derive';
import type { Problem, Process, ProcessMap } from '../../../src/model/types';
import { fixtureMap } from './fixtures';

/** A process that is audit-ready unless `fields` says otherwise: only the problems a test is about show. */
const process = (id: string, fields: Partial<Process> = {}): Process => ({
  id,
  name: id.toUpperCase(),
  kind: 'process',
  owner: 'Owner',
  activities: ['Work'],
  kpis: [{ name: 'Work done on time' }],
  records: ['Work log'],
  inputs: [],
  outputs: [],
  references: [],
  ...fields,
});

const mapOf = (...processes: Process[]): ProcessMap => ({
  procmap: 1,
  title: 'T',
  layout: { direction: 'RIGHT' },
  processes,
  positions: {},
});

const codes = (problems: Problem[]) =>
  problems.map((p) => `${p.severity} ${p.code} ${p.process ?? ''}`);

describe('analyzeMap', () => {
  it('finds nothing in a map where every input is produced and every output taken', () => {
    expect(analyzeMap(fixtureMap('clean.yaml'))).toEqual([]);
  });

  it('reports a shared id as an error on the later process', () => {
    const problems = analyzeMap(
      mapOf(process('x', { name: 'First' }), process('x', { name: 'Second' })),
    );
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'duplicate-id',
        process: 'x',
        message: '"Second" has the id "x", which "First" already has; ids must be unique',
      },
    ]);
  });

  it('reports empty process, input and output names as errors', () => {
    const problems = analyzeMap(
      mapOf(process('a', { name: '  ', inputs: [' \t'], outputs: [''] })),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'The process with id "a" has no name',
      '(unnamed, id "a") has an empty output (outputs[0])',
      '(unnamed, id "a") has an empty input (inputs[0])',
    ]);
    expect(problems.every((p) => p.code === 'empty-name' && p.severity === 'error')).toBe(true);
  });

  it('warns about an input nobody produces, naming the process and the artifact', () => {
    const [problem] = analyzeMap(
      mapOf(process('a', { name: 'Risk assessment', inputs: ['Threat feed'] })),
    );
    expect(problem).toEqual({
      severity: 'warning',
      code: 'unresolved-input',
      process: 'a',
      artifact: 'Threat feed',
      message: 'No process or external produces "Threat feed", an input of "Risk assessment"',
    });
  });

  it.each([
    ['a typo', 'Asset inventry', 'Asset inventory'],
    ['a plural', 'Asset inventories', 'Asset inventory'],
    ['reordered words', 'Inventory of assets', 'Assets inventory'],
    ['a swapped pair of letters', 'Rsik register', 'Risk register'],
  ])('suggests the near output for %s', (_, input, output) => {
    const problems = analyzeMap(
      mapOf(
        process('p', { outputs: [output] }),
        process('c', { name: 'Consumer', inputs: [input, output] }),
      ),
    );
    const unresolved = problems.find((p) => p.code === 'unresolved-input')!;
    expect(unresolved.suggestion).toBe(output);
    expect(unresolved.message).toBe(
      `No process or external produces "${input}", an input of "Consumer"; did you mean "${output}"?`,
    );
  });

  it('reuses the "did you mean" answers it is given for a map with the same outputs', () => {
    // given a map with a typo, analysed once with a memo of answers
    const map = mapOf(
      process('p', { outputs: ['Asset inventory'] }),
      process('c', { name: 'Consumer', inputs: ['Asset inventry'] }),
    );
    const { index } = deriveModel(map);
    const memo = createAnalysisMemo();
    const first = analyzeMap(map, index, memo);
    expect(memo.nearest.get('asset inventry')).toBe('asset inventory');
    // when a process is renamed and analysed again with that memo
    const renamed = mapOf(map.processes[0]!, { ...map.processes[1]!, name: 'Renamed' });
    const again = analyzeMap(renamed, index, memo);
    // then the answer is the same as a fresh analysis gives, and the message names the new name
    expect(again).toEqual(analyzeMap(renamed));
    expect(again.find((p) => p.code === 'unresolved-input')!.message).toContain('"Renamed"');
    expect(first.find((p) => p.code === 'unresolved-input')!.suggestion).toBe('Asset inventory');
  });

  it('takes a remembered answer as it is, without searching again', () => {
    // given a memo that already answers the typo (as the last analysis would have)
    const map = mapOf(
      process('p', { outputs: ['Asset inventory', 'Asset register'] }),
      process('c', { inputs: ['Asset inventry'] }),
    );
    const memo = createAnalysisMemo();
    memo.nearest.set('asset inventry', 'asset register');
    // then the problem carries the remembered answer, in its producer's spelling
    const problem = analyzeMap(map, undefined, memo).find((p) => p.code === 'unresolved-input');
    expect(problem!.suggestion).toBe('Asset register');
  });

  it('suggests nothing when no output is near', () => {
    const problems = analyzeMap(
      mapOf(
        process('p', { outputs: ['Risk register'] }),
        process('c', { inputs: ['Budget', 'Risk register'] }),
      ),
    );
    expect(problems.find((p) => p.code === 'unresolved-input')).not.toHaveProperty('suggestion');
  });

  it('warns about two processes with the same name by key', () => {
    const problems = analyzeMap(
      mapOf(process('a', { name: 'Audit' }), process('b', { name: ' AUDIT ' })),
    );
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'duplicate-name',
        process: 'b',
        message: '"AUDIT" (id "b") has the same name as the process with id "a"',
      },
    ]);
  });

  it('warns about a process without an owner, but never about an external', () => {
    const problems = analyzeMap(
      mapOf(process('a', { owner: ' ' }), process('e', { kind: 'external', owner: undefined })),
    );
    expect(codes(problems)).toEqual(['warning missing-owner a']);
    expect(problems[0]!.message).toBe('"A" has no owner');
  });

  it("warns when an external's input is produced by nobody", () => {
    const problems = analyzeMap(
      mapOf(
        process('regulator', { kind: 'external', owner: undefined, inputs: ['Breach report'] }),
      ),
    );
    expect(codes(problems)).toEqual(['warning unresolved-input regulator']);
  });

  it('notes an output nobody takes, from processes and externals alike', () => {
    const problems = analyzeMap(
      mapOf(
        process('a', { outputs: ['Report'] }),
        process('e', { kind: 'external', owner: undefined, outputs: ['Law'] }),
      ),
    );
    expect(problems.map((p) => `${p.code} ${p.artifact}`)).toEqual([
      'unused-output Report',
      'unused-output Law',
    ]);
    expect(problems[0]!.message).toBe('No process or external takes "Report", an output of "A"');
  });

  it('notes a process taking its own output once, as a self-loop and not also as unused', () => {
    const problems = analyzeMap(mapOf(process('a', { inputs: ['Plan'], outputs: ['plan'] })));
    expect(problems).toEqual([
      {
        severity: 'info',
        code: 'self-loop',
        process: 'a',
        artifact: 'Plan',
        message: '"A" takes its own output "Plan" as an input',
      },
    ]);
  });

  it('reports a repeated input name once', () => {
    expect(analyzeMap(mapOf(process('a', { inputs: ['X', 'x', 'X '] })))).toHaveLength(1);
  });

  it('sorts errors, then warnings, then info, each in model order', () => {
    const problems = analyzeMap(fixtureMap('problems.yaml'));
    expect(codes(problems)).toEqual([
      'error duplicate-id audit',
      'error empty-name audit',
      'warning unresolved-input audit',
      'warning duplicate-name review-2',
      'warning missing-owner review-2',
      'warning unresolved-input regulator',
      'info no-activities audit',
      'info no-kpi audit',
      'info no-records audit',
      'info self-loop audit',
      'info unused-output audit',
      'info unused-output audit',
      'info no-activities audit',
      'info no-kpi audit',
      'info no-records audit',
      'info no-activities review-2',
      'info no-kpi review-2',
      'info no-records review-2',
      'info unused-output regulator',
    ]);
  });

  it('reports every problem code of DESIGN.md on the problems fixture', () => {
    const found = new Set(analyzeMap(fixtureMap('problems.yaml')).map((p) => p.code));
    expect([...found].sort()).toEqual([
      'duplicate-id',
      'duplicate-name',
      'empty-name',
      'missing-owner',
      'no-activities',
      'no-kpi',
      'no-records',
      'self-loop',
      'unresolved-input',
      'unused-output',
    ]);
  });
});

describe('analyzeMap with a memo', () => {
  // Ids, names and artifacts from small pools, so that processes share ids and names, take
  // their own outputs, and have inputs nobody produces, one a typo of an output.
  const names = ['Plan', 'plan ', 'Audit', '', 'A <b>long</b> name'];
  const artifact = fc.constantFrom('Plan', 'Report', 'Risks', 'Reprot', ' ');
  const processArb = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    name: fc.constantFrom(...names),
    kind: fc.constantFrom('process' as const, 'external' as const),
    owner: fc.constantFrom('Owner', ''),
    inputs: fc.array(artifact, { maxLength: 3 }),
    outputs: fc.array(artifact, { maxLength: 2 }),
  });
  // An edit that keeps every id, input and output: a new name or owner for process `at`.
  const edit = fc.record({
    at: fc.nat(),
    name: fc.option(fc.constantFrom(...names), { nil: undefined }),
    owner: fc.option(fc.constantFrom('Owner', ''), { nil: undefined }),
  });

  it('finds what a fresh analysis finds after any run of renames and new owners', () => {
    fc.assert(
      fc.property(
        fc.array(processArb, { minLength: 1, maxLength: 6 }),
        fc.array(edit, { maxLength: 10 }),
        (fields, edits) => {
          let map = mapOf(...fields.map(({ id, ...rest }) => process(id, rest)));
          const memo = createAnalysisMemo();
          expect(analyzeMap(map, undefined, memo)).toEqual(analyzeMap(map));
          for (const { at, name, owner } of edits) {
            const n = at % map.processes.length;
            const processes = map.processes.map((p, i) =>
              i === n ? { ...p, name: name ?? p.name, owner: owner ?? p.owner } : p,
            );
            map = { ...map, processes };
            expect(analyzeMap(map, undefined, memo)).toEqual(analyzeMap(map));
          }
        },
      ),
    );
  });
});

describe('deriveModel', () => {
  it('gives flows, problems and the index from one pass', () => {
    const { flows, problems, index } = deriveModel(fixtureMap('warnings-only.yaml'));
    expect(flows.map((f) => f.id)).toEqual(['risk-assessment->asset-management:risk register']);
    expect(codes(problems)).toEqual([
      'warning missing-owner risk-assessment',
      'warning unresolved-input risk-assessment',
      'info unused-output asset-management',
    ]);
    expect(index.producers.get('asset inventory')).toEqual(['asset-management']);
  });
});
