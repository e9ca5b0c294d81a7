import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/model/parse';
import { errorOf, fixture, fixtureMap, mapOf } from './fixtures';

describe('parseMap reads what people write', () => {
  it('reads hand-written YAML without the envelope, making ids from names', () => {
    // given a file with no `procmap:` and no ids
    const map = fixtureMap('hand-written.yaml');
    // then it reads as format 1 with readable ids
    expect(map.procmap).toBe(1);
    expect(map.processes.map((p) => p.id)).toEqual([
      'asset-management',
      'risk-assessment',
      'management',
    ]);
  });

  it('keeps numbers where text is meant as they were written (revision 1.10, clause 5.10)', () => {
    const map = fixtureMap('hand-written.yaml');
    expect(map.revision).toBe('1.10');
    expect(map.processes[1]!.references).toEqual(['6.1.2', '8.2', '5.10']);
  });

  it('keeps JSON numbers where text is meant as they were written (clause 5.10, revision 1.20)', () => {
    // given a JSON map with numbers in text fields, the way people type clause numbers
    const map = mapOf(
      '{"procmap":1,"revision":1.20,"processes":[{"name":"A","references":[5.10,"8.2",6.1e0],"owner":7.50}]}',
    );
    // then each keeps its source text: A.5.10 stays A.5.10, not another control
    expect(map.revision).toBe('1.20');
    expect(map.processes[0]!.references).toEqual(['5.10', '8.2', '6.1e0']);
    expect(map.processes[0]!.owner).toBe('7.50');
  });

  it('keeps the spelling of a single JSON number where a list of text is meant', () => {
    const map = mapOf('{"processes":[{"name":"A","references":5.10}]}');
    expect(map.processes[0]!.references).toEqual(['5.10']);
  });

  it('reads a YAML date as the text written', () => {
    expect(fixtureMap('hand-written.yaml').date).toBe('2026-11-28');
  });

  it('reads a single name where a list is expected as a list of one', () => {
    expect(fixtureMap('hand-written.yaml').processes[0]!.outputs).toEqual(['Asset inventory']);
  });

  it('ignores the case of kind, category and direction', () => {
    const map = mapOf(
      'layout: { direction: down }\nprocesses: [{ name: A, kind: External, category: CORE }]',
    );
    expect(map.layout.direction).toBe('DOWN');
    expect(map.processes[0]).toMatchObject({ kind: 'external', category: 'core' });
  });

  it('fills defaults: kind process, empty lists, direction BANDS, no positions', () => {
    const map = mapOf('processes: [{ name: A, inputs: null }]');
    expect(map.layout).toEqual({ direction: 'BANDS' });
    expect(map.positions).toEqual({});
    expect(map.processes[0]).toEqual({
      id: 'a',
      name: 'A',
      kind: 'process',
      activities: [],
      inputs: [],
      outputs: [],
      references: [],
    });
  });

  it('reads the same map from JSON and from YAML', () => {
    const json = fixture('format-1.procmap.json');
    const fromJson = mapOf(json);
    const fromYaml = mapOf(json.replace(/^\{/, ' {'));
    expect(fromYaml).toEqual(fromJson);
  });

  it('keeps unknown fields of the map, the layout and each process in extra', () => {
    const map = fixtureMap('format-1.procmap.json');
    expect(map.extra).toEqual({ reviewCycle: { months: 12, next: '2027-11' } });
    expect(map.layout.extra).toEqual({ spacing: 40 });
    expect(map.processes[0]!.extra).toEqual({ color: '#cce5ff' });
    expect(map.processes[1]!.extra).toBeUndefined();
  });

  it('reads every field of the format', () => {
    const map = fixtureMap('format-1.procmap.json');
    expect(map).toMatchObject({
      title: 'ISMS process map',
      organization: 'Example Ltd',
      revision: '1.2',
      date: '2026-11-28',
      owner: 'CISO',
      approvedBy: 'Management board',
      classification: 'Internal',
      positions: { 'risk-assessment': { x: 120, y: 40 } },
    });
    expect(map.processes[0]).toMatchObject({
      id: 'risk-assessment',
      category: 'core',
      owner: 'Risk manager',
      description: 'Identify, analyse and evaluate information security risks.',
      activities: ['Identify assets', 'Evaluate risks'],
      documentation: 'Risk Assessment Methodology v2',
      references: ['6.1.2', '8.2'],
    });
  });

  it('keeps duplicate explicit ids for the analysis to report', () => {
    expect(fixtureMap('duplicate-ids.yaml').processes.map((p) => p.id)).toEqual([
      'review',
      'review',
    ]);
  });

  it('reads names that are only spaces as they are (the analysis reports them)', () => {
    const map = fixtureMap('blank-names.yaml');
    expect(map.processes[0]!.name).toBe('   ');
    expect(map.processes[0]!.id).toBe('blank');
  });

  it('reads a byte-order mark and Windows line ends', () => {
    expect(mapOf('\uFEFFtitle: T\r\nprocesses:\r\n  - name: A\r\n').processes[0]!.name).toBe('A');
  });

  it('accepts procmap: "1" as text', () => {
    expect(mapOf('procmap: "1"\ntitle: T').title).toBe('T');
  });
});

describe('parseMap refuses bad files with the place named', () => {
  it('names line and column of broken JSON', () => {
    expect(errorOf(fixture('broken.json'), 'broken.json')).toBe(
      'broken.json: line 5, column 20: Expected double-quoted property name',
    );
  });

  it('names line and column of a JSON value V8 reports without a position', () => {
    expect(errorOf('{\n  "title": }')).toBe("line 2, column 12: Unexpected token '}'");
  });

  it('says a JSON file that stops early ends in the middle', () => {
    expect(errorOf('{"title": "T",')).toBe(
      'line 1, column 15: the file ends in the middle of the JSON',
    );
  });

  it('names line and column of broken YAML', () => {
    expect(errorOf(fixture('broken.yaml'), 'broken.yaml')).toMatch(
      /^broken\.yaml: line 5, column 5: Flow sequence/,
    );
  });

  it('names the path and the line of a value of the wrong type', () => {
    expect(errorOf(fixture('wrong-types.yaml'), 'wrong-types.yaml')).toBe(
      'wrong-types.yaml: processes[0].inputs[1] (line 6, column 9): expected text',
    );
  });

  it('names the path of a wrong type in JSON too', () => {
    expect(errorOf('{"processes": [{"name": "A", "inputs": ["x", 5, {"a": 1}]}]}')).toBe(
      'processes[0].inputs[2] (line 1, column 49): expected text',
    );
  });

  it('names the one process that does not fit among many that do', () => {
    // given a file whose first processes are well formed and whose last has a wrong kind
    const processes = [
      ...Array.from({ length: 50 }, (_, i) => ({ name: `P${i}`, inputs: ['x'], custom: i })),
      { name: 'Odd', kind: 'machine' },
    ];
    // then the error names that process, as if every process had been checked by the schema
    expect(errorOf(JSON.stringify({ processes }))).toMatch(
      /^processes\[50\]\.kind \(line 1, column \d+\): expected "process" or "external"$/,
    );
  });

  it('says which values a kind, category or direction may take', () => {
    expect(errorOf('processes: [{ name: A, kind: robot }]')).toMatch(
      /^processes\[0\]\.kind .*: expected "process" or "external"$/,
    );
    expect(errorOf('processes: [{ name: A, category: other }]')).toMatch(
      /expected "management", "core" or "support"$/,
    );
    expect(errorOf('layout: { direction: LEFT }')).toMatch(
      /^layout\.direction .*: expected "BANDS", "RIGHT" or "DOWN"$/,
    );
  });

  it('counts the other schema problems after the first', () => {
    expect(errorOf('processes: [{ name: A, kind: robot, inputs: [{}] }]')).toMatch(
      /\(and 1 more\)$/,
    );
  });

  it('refuses a process that is not a map of fields', () => {
    expect(errorOf('processes: [Risk assessment]')).toMatch(
      /^processes\[0\] .*: expected an object/,
    );
  });

  it('refuses positions that are not numbers', () => {
    expect(errorOf('positions: { a: { x: left, y: 1 } }')).toMatch(
      /^positions\.a\.x .*: expected a number$/,
    );
  });

  it('refuses a map from a newer ProcMap clearly', () => {
    expect(errorOf(fixture('future-version.yaml'), 'future-version.yaml')).toBe(
      'future-version.yaml: made by a newer ProcMap (format 99); this version reads format 1',
    );
  });

  it('refuses a version that is not a format number', () => {
    expect(errorOf('procmap: latest')).toBe('procmap: expected the format version (1)');
    expect(errorOf('procmap: 0')).toBe('procmap: unknown format 0; this version reads format 1');
  });

  it('says an empty file is empty, whitespace and comments too', () => {
    expect(errorOf(fixture('empty.yaml'), 'empty.yaml')).toBe('empty.yaml: the file is empty');
    expect(errorOf('  \n\t\n')).toBe('the file is empty');
    expect(errorOf('# just a comment\n')).toBe('the file is empty');
  });

  it('refuses a list or a plain value at the top level', () => {
    expect(errorOf('- a\n- b')).toBe(
      'expected a map of fields (procmap, title, processes …) at the top level, found a list',
    );
    expect(errorOf('hello')).toMatch(/found the text "hello"$/);
    expect(errorOf('42')).toMatch(/found a number$/);
  });

  it('refuses "__proto__" as an id, naming the place and another id to use', () => {
    expect(errorOf('processes: [{ id: __proto__, name: A }]')).toBe(
      'processes[0].id (line 1, column 19): "__proto__" cannot be an id (every JavaScript object has a "__proto__" already); choose another, e.g. "__proto__-process"',
    );
  });

  it('refuses nesting deeper than any map needs, in JSON and YAML', () => {
    expect(errorOf(`{"x": ${'['.repeat(200)}${']'.repeat(200)}}`)).toMatch(
      /nested deeper than 64 levels$/,
    );
    expect(errorOf(`x: ${'['.repeat(200)}${']'.repeat(200)}`)).toMatch(
      /nested deeper than 64 levels$/,
    );
  });

  it('refuses YAML that repeats a key', () => {
    expect(errorOf('title: A\ntitle: B')).toMatch(/^line 2, column 1: Map keys must be unique/);
  });

  it('refuses YAML alias bombs instead of expanding them', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = String.fromCharCode(97 + i);
        const next = String.fromCharCode(98 + i);
        return `${next}: &${next} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join('\n');
    const result = parseMap(bomb);
    expect(result.ok).toBe(false);
  });
});

describe('parseMap and YAML aliases', () => {
  it('refuses aliases that are few but wide, before expanding them', () => {
    // given one anchor of 200,000 names, referenced 999 times (under the alias cap)
    const names = `[${Array.from({ length: 200_000 }, () => 'x').join(',')}]`;
    const refs = Array.from({ length: 999 }, () => '*wide').join(', ');
    const bomb = `wide: &wide ${names}\nprocesses:\n  - name: A\n    inputs: [${refs}]\n`;
    // when it is parsed
    const message = errorOf(bomb);
    // then it is refused, with one line that says why and where
    expect(message).toBe(
      'line 4, column 14: the aliases (*name) bring in more than 100000 values; write the values out instead',
    );
  });

  it('still reads the few aliases a hand-written map uses', () => {
    const map = mapOf(
      'owners: { risk: &risk Risk manager }\nprocesses:\n  - { name: A, owner: *risk }\n  - { name: B, owner: *risk }',
    );
    expect(map.processes.map((p) => p.owner)).toEqual(['Risk manager', 'Risk manager']);
  });

  it('applies << merge keys: the map says what it changes, the merged map fills in the rest', () => {
    // given processes that share their defaults through a merge key
    const map = mapOf(
      [
        'defaults: &defaults { owner: ISMS manager, kind: external, references: [5.10] }',
        'more: &more { owner: Someone else, category: support }',
        'processes:',
        '  - <<: *defaults',
        '    name: Regulator',
        '  - <<: [*defaults, *more]',
        '    name: Supplier',
        '    kind: process',
      ].join('\n'),
    );
    // then each process has the merged fields, its own fields winning, the first merge first
    expect(map.processes[0]).toMatchObject({
      name: 'Regulator',
      owner: 'ISMS manager',
      kind: 'external',
      references: ['5.10'],
    });
    expect(map.processes[1]).toMatchObject({
      name: 'Supplier',
      owner: 'ISMS manager',
      kind: 'process',
      category: 'support',
    });
    expect(map.processes[0]!.extra).toBeUndefined();
  });

  it('refuses a merge key that names no map', () => {
    expect(errorOf('processes:\n  - name: A\n    <<: just text')).toBe(
      'line 3, column 5: << (merge) takes a map or a list of maps, e.g. <<: *defaults',
    );
  });
});

describe('parseMap keeps prototypes out of reach', () => {
  it('drops __proto__ keys from JSON with a warning and pollutes nothing', () => {
    // given a file that tries to set prototypes at every level
    const text =
      '{"__proto__": {"polluted": 1}, "processes": [{"name": "A", "__proto__": {"polluted": 2}}], "extraField": {"__proto__": {"polluted": 3}}}';
    // when it is parsed
    const result = parseMap(text);
    // then nothing inherits the values and the reader says what it left out
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((result.map as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(
      (result.map.processes[0] as unknown as Record<string, unknown>)['polluted'],
    ).toBeUndefined();
    expect(Object.getPrototypeOf(result.map.extra!['extraField'])).toBe(Object.prototype);
    expect(result.problems.map((p) => p.message)).toEqual([
      '__proto__: ignored (not a field name a map can use)',
      'processes[0].__proto__: ignored (not a field name a map can use)',
      'extraField.__proto__: ignored (not a field name a map can use)',
    ]);
    expect(
      result.problems.every((p) => p.severity === 'warning' && p.code === 'invalid-file'),
    ).toBe(true);
  });

  it('drops __proto__ keys from YAML with the line', () => {
    const result = parseMap('title: T\n__proto__: { polluted: 1 }\nprocesses: []');
    expect(result.ok && result.problems.map((p) => p.message)).toEqual([
      '__proto__ (line 2, column 1): ignored (not a field name a map can use)',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses ids every JavaScript object has (constructor, hasOwnProperty), in JSON and YAML', () => {
    expect(
      errorOf('{"processes": [{"id": "B", "name": "B"}, {"id": "constructor", "name": "A"}]}'),
    ).toBe(
      'processes[1].id (line 1, column 49): "constructor" cannot be an id (every JavaScript object has a "constructor" already); choose another, e.g. "constructor-process"',
    );
    expect(errorOf('processes: [{ id: hasOwnProperty, name: A }]')).toMatch(
      /^processes\[0\]\.id \(line 1, column 19\): "hasOwnProperty" cannot be an id/,
    );
  });

  it('makes ids from names around the names JavaScript objects have', () => {
    const map = mapOf('processes: [{ name: Constructor }, { name: To String }]');
    expect(map.processes.map((p) => p.id)).toEqual(['constructor-2', 'to-string']);
  });
});
