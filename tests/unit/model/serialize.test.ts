import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/model/parse';
import { serializeMap } from '../../../src/model/serialize';
import { starterMap } from '../../../src/model/starter';
import type { ProcessMap } from '../../../src/model/types';
import { fixtureMap, mapOf } from './fixtures';

const small = (): ProcessMap => ({
  procmap: 1,
  title: 'T',
  revision: '1.10',
  layout: { direction: 'RIGHT' },
  processes: [
    {
      id: 'b',
      name: 'B',
      kind: 'external',
      activities: [],
      inputs: ['X'],
      outputs: [],
      references: [],
    },
    {
      id: 'a',
      name: 'A',
      kind: 'process',
      owner: 'O',
      activities: [],
      inputs: [],
      outputs: ['X'],
      references: ['5.10'],
    },
  ],
  positions: { zz: { x: 1, y: 1 }, a: { x: 10.4, y: -0.4 }, b: { x: 0.5, y: 2.5 } },
});

describe('serializeMap', () => {
  it('writes the envelope first and known fields in a fixed order, then unknown ones', () => {
    // given a map read with unknown fields
    const map = fixtureMap('format-1.procmap.json');
    // when written as JSON
    const plain = JSON.parse(serializeMap(map, 'json')) as Record<string, unknown>;
    // then the keys come in the documented order
    expect(Object.keys(plain)).toEqual([
      'procmap',
      'title',
      'organization',
      'revision',
      'date',
      'owner',
      'approvedBy',
      'classification',
      'layout',
      'processes',
      'positions',
      'reviewCycle',
    ]);
    const process = (plain['processes'] as Record<string, unknown>[])[0]!;
    expect(Object.keys(process)).toEqual([
      'id',
      'name',
      'category',
      'owner',
      'description',
      'activities',
      'inputs',
      'outputs',
      'documentation',
      'references',
      'color',
    ]);
    expect(plain['layout']).toEqual({ direction: 'DOWN', spacing: 40 });
  });

  it('rounds positions to whole pixels and writes them in process order', () => {
    const plain = JSON.parse(serializeMap(small(), 'json')) as {
      positions: Record<string, unknown>;
    };
    expect(Object.keys(plain.positions)).toEqual(['b', 'a', 'zz']);
    expect(plain.positions).toEqual({ b: { x: 1, y: 3 }, a: { x: 10, y: 0 }, zz: { x: 1, y: 1 } });
    expect(Object.is((plain.positions['a'] as { y: number }).y, 0)).toBe(true);
  });

  it('leaves defaults out so hand-edited YAML stays short', () => {
    const yaml = serializeMap(small(), 'yaml');
    expect(yaml).not.toContain('kind: process');
    expect(yaml).toContain('kind: external');
    expect(yaml).not.toContain('activities');
  });

  it('quotes text that YAML would read as a number', () => {
    const yaml = serializeMap(small(), 'yaml');
    expect(yaml).toContain('revision: "1.10"');
    expect(yaml).toContain('references: [ "5.10" ]');
  });

  it('writes positions one line each in YAML', () => {
    expect(serializeMap(small(), 'yaml')).toContain('  a: { x: 10, y: 0 }\n');
  });

  it('never lets an unknown field override a known one', () => {
    const map = small();
    map.extra = { title: 'not this', note: 'kept' };
    map.processes[0]!.extra = { name: 'not this either' };
    const again = mapOf(serializeMap(map, 'json'));
    expect(again.title).toBe('T');
    expect(again.processes[0]!.name).toBe('B');
    expect(again.extra).toEqual({ note: 'kept' });
  });

  it.each(['json', 'yaml'] as const)(
    'gives back the starter map when read again (%s)',
    (format) => {
      const starter = starterMap();
      const result = parseMap(serializeMap(starter, format));
      expect(result.ok && result.map).toEqual(starter);
    },
  );

  it.each(['json', 'yaml'] as const)(
    'gives back every field and unknown field of a file (%s)',
    (format) => {
      const map = fixtureMap('format-1.procmap.json');
      expect(mapOf(serializeMap(map, format))).toEqual(map);
    },
  );

  it('keeps a field named << through YAML, quoted so that it is not read as a merge key', () => {
    // given a process read with a field named "<<"
    const map = small();
    map.processes[0]!.extra = { '<<': { note: 'kept' } };
    // when it is written as YAML and read again
    const text = serializeMap(map, 'yaml');
    const read = parseMap(text);
    // then the field is there, as it was
    expect(text).toContain('"<<":');
    expect(read.ok && read.map.processes[0]!.extra).toEqual({ '<<': { note: 'kept' } });
  });

  it('ends files with a newline', () => {
    expect(serializeMap(small(), 'json').endsWith('}\n')).toBe(true);
    expect(serializeMap(small(), 'yaml').endsWith('\n')).toBe(true);
  });
});
