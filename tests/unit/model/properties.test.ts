import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveModel } from '../../../src/model/derive';
import { deriveFlows } from '../../../src/model/flows';
import { jsonErrorOffset } from '../../../src/model/json-error';
import { artifactKey } from '../../../src/model/keys';
import { parseMap } from '../../../src/model/parse';
import { serializeMap } from '../../../src/model/serialize';
import type { Process } from '../../../src/model/types';
import { bareProcess } from '../support/maps';
import { mapArbitrary } from './arbitraries';

/** Names drawn from a few artifacts in many spellings, so that matches are frequent. */
const spelledName = fc
  .tuple(
    fc.constantFrom('risk register', 'asset inventory', 'policy', 'audit report', 'x'),
    fc.constantFrom('', ' ', '  ', '\t'),
    fc.boolean(),
  )
  .map(
    ([name, pad, upper]) => `${pad}${upper ? name.toUpperCase() : name.replace(' ', '   ')}${pad}`,
  );

const processes = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            inputs: fc.array(spelledName, { maxLength: 4 }),
            outputs: fc.array(spelledName, { maxLength: 4 }),
          })
          .map(({ inputs, outputs }) => bareProcess(id, inputs, outputs)),
      ),
    ),
  );

/** The flows the matching rule asks for, by brute force over every pair. */
function expectedFlows(list: Process[]): Set<string> {
  const expected = new Set<string>();
  for (const from of list) {
    for (const to of list) {
      if (from === to) continue;
      const inputs = new Set(to.inputs.map(artifactKey));
      for (const key of from.outputs.map(artifactKey))
        if (key !== '' && inputs.has(key)) expected.add(`${from.id}|${to.id}|${key}`);
    }
  }
  return expected;
}

const flowSet = (list: Process[]) => deriveFlows(list).map((f) => `${f.from}|${f.to}|${f.key}`);

describe('flows, as properties', () => {
  it('are exactly the output/input key matches, each once, whatever the order of processes and names', () => {
    fc.assert(
      fc.property(processes, fc.infiniteStream(fc.nat()), (list, randomness) => {
        const flows = flowSet(list);
        expect(new Set(flows).size).toBe(flows.length);
        expect(new Set(flows)).toEqual(expectedFlows(list));
        // the same map shuffled: processes and each process's names
        const shuffle = <T>(items: T[]) =>
          items
            .map((item) => ({ item, r: randomness.next().value as number }))
            .sort((a, b) => a.r - b.r)
            .map((e) => e.item);
        const shuffled = shuffle(list).map((p) => ({
          ...p,
          inputs: shuffle(p.inputs),
          outputs: shuffle(p.outputs),
        }));
        expect(new Set(flowSet(shuffled))).toEqual(new Set(flows));
      }),
      { numRuns: 500 },
    );
  });
});

describe('files, as properties', () => {
  it.each(['json', 'yaml'] as const)('parse(serialize(map)) is the map (%s)', (format) => {
    fc.assert(
      fc.property(mapArbitrary, (map) => {
        const result = parseMap(serializeMap(map, format));
        expect(result.ok && result.problems).toEqual([]);
        expect(result.ok && result.map).toEqual(map);
      }),
      { numRuns: 150 },
    );
  });

  /** The parser answers every input with a map or one invalid-file error, never a throw. */
  const answersCleanly = (text: string) => {
    const result = parseMap(text, 'f');
    if (result.ok) {
      expect(result.map.procmap).toBe(1);
      deriveModel(result.map);
    } else {
      expect(result.error.code).toBe('invalid-file');
      expect(result.error.message).toMatch(/^f: \S/);
      expect(result.error.message).not.toMatch(/\n/);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  };

  it('never crashes on random text or bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.uint8Array().map((bytes) => new TextDecoder().decode(bytes)),
          fc.string(),
        ),
        answersCleanly,
      ),
      { numRuns: 1000 },
    );
  });

  it('never crashes on random JSON or YAML data, with __proto__ keys mixed in', () => {
    const key = fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'processes',
        'name',
        'inputs',
        'procmap',
        'positions',
        'layout',
        'id',
      ),
      fc.string(),
    );
    const data = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        tie('object'),
        fc.array(tie('value'), { maxLength: 4 }),
      ),
      object: fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map((entries) => {
        const object: Record<string, unknown> = {};
        for (const [k, v] of entries)
          Object.defineProperty(object, k, {
            value: v,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        return object;
      }),
    }));
    fc.assert(
      fc.property(data.object, fc.boolean(), (value, asYaml) => {
        const json = JSON.stringify(value);
        answersCleanly(asYaml ? `x: 1\n${json.slice(1, -1).replace(/,"/g, '\n"')}` : json);
        answersCleanly(json);
      }),
      { numRuns: 1000 },
    );
  });

  it('never crashes on deep nesting of lists or maps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20000 }),
        fc.constantFrom('[', '{"a":', '- ', 'a:\n '),
        (depth, open) => {
          answersCleanly(open.repeat(depth));
          answersCleanly(`{"processes": ${'['.repeat(depth)}${']'.repeat(depth)}}`);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('jsonErrorOffset, as a property', () => {
  it('finds an error exactly when JSON.parse refuses the text', () => {
    const jsonish = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .tuple(
          fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
          fc.nat(),
          fc.constantFrom('', ',', '}', ']', '"', 'x', ':', '\\', '\n'),
        )
        .map(([text, at, insert]) => {
          const i = at % (text.length + 1);
          return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
        }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });
});
