import { describe, expect, it, vi } from 'vitest';
import {
  createContentBuilder,
  createNodeContents,
  summarizeProblems,
} from '../../../src/canvas/node-contents';
import { mapGeometries } from '../../../src/layout/geometry';
import type { Problem } from '../../../src/model/types';
import { bareProcess as proc } from '../support/maps';

const noProblems = new Map<string, Problem[]>();
const unused = (id: string): Problem => ({
  severity: 'info',
  code: 'unused-output',
  process: id,
  message: `${id}: nobody uses its output`,
});

describe('problem summary', () => {
  it('counts the problems and keeps the worst severity', () => {
    const problems: Problem[] = [
      { severity: 'info', code: 'unused-output', process: 'a', message: 'unused' },
      { severity: 'warning', code: 'missing-owner', process: 'a', message: 'no owner' },
    ];
    expect(summarizeProblems(problems)).toEqual({
      count: 2,
      severity: 'warning',
      text: 'unused\nno owner',
    });
    expect(summarizeProblems([])).toBeUndefined();
  });
});

describe('content builder', () => {
  it('gives each process its process, geometry and problem summary', () => {
    const processes = [proc('a', [], ['X']), proc('b')];
    const geometries = mapGeometries(processes);
    const contents = createContentBuilder()(processes, geometries, new Map([['a', [unused('a')]]]));
    expect(contents.get('a')).toEqual({
      process: processes[0],
      geometry: geometries.a,
      problems: { count: 1, severity: 'info', text: 'a: nobody uses its output' },
    });
    expect(contents.get('b')?.problems).toBeUndefined();
  });

  it('after a rename, keeps every other content object, even with a fresh analysis', () => {
    // given contents built once
    const build = createContentBuilder();
    const processes = [proc('a', [], ['X']), proc('b'), proc('c')];
    const first = build(processes, mapGeometries(processes), new Map([['a', [unused('a')]]]));
    // when b is renamed and the analysis returns new but equal problems
    const renamed = [processes[0], { ...processes[1], name: 'Renamed' }, processes[2]];
    const second = build(renamed, mapGeometries(renamed), new Map([['a', [unused('a')]]]));
    // then only b's content is new
    expect(second.get('a')).toBe(first.get('a'));
    expect(second.get('c')).toBe(first.get('c'));
    expect(second.get('b')).not.toBe(first.get('b'));
    expect(second.get('b')?.process.name).toBe('Renamed');
  });

  it('gives a process new content when its problems change', () => {
    const build = createContentBuilder();
    const processes = [proc('a', [], ['X'])];
    const geometries = mapGeometries(processes);
    const first = build(processes, geometries, noProblems);
    const second = build(processes, geometries, new Map([['a', [unused('a')]]]));
    expect(second.get('a')).not.toBe(first.get('a'));
    expect(second.get('a')?.problems?.count).toBe(1);
  });

  it('has nothing for a process without a geometry', () => {
    const processes = [proc('a'), proc('b')];
    const contents = createContentBuilder()(
      processes,
      { a: mapGeometries(processes).a },
      noProblems,
    );
    expect([...contents.keys()]).toEqual(['a']);
  });
});

describe('node contents', () => {
  it('tells only the nodes whose content changed', () => {
    // given contents for a and b, each with a listener
    const build = createContentBuilder();
    const processes = [proc('a'), proc('b')];
    const source = createNodeContents(build(processes, mapGeometries(processes), noProblems));
    const heardA = vi.fn();
    const heardB = vi.fn();
    source.subscribe('a', heardA);
    const stopB = source.subscribe('b', heardB);
    // when a is renamed
    const renamed = [{ ...processes[0], name: 'Renamed' }, processes[1]];
    source.publish(build(renamed, mapGeometries(renamed), noProblems));
    // then only a's listener ran, and a reads its new content
    expect(heardA).toHaveBeenCalledTimes(1);
    expect(heardB).not.toHaveBeenCalled();
    expect(source.get('a')?.process.name).toBe('Renamed');
    // and a listener that unsubscribed hears nothing more
    stopB();
    source.publish(build([renamed[0]], mapGeometries([renamed[0]]), noProblems));
    expect(heardB).not.toHaveBeenCalled();
    expect(source.get('b')).toBeUndefined();
  });
});
