import { describe, expect, it } from 'vitest';
import { deriveFlows, indexArtifacts } from '../../../src/model/flows';
import type { Process } from '../../../src/model/types';

import { bareProcess as process } from '../support/maps';

const edges = (processes: Process[]) =>
  deriveFlows(processes).map((f) => `${f.from}->${f.to}:${f.artifact}`);

describe('deriveFlows', () => {
  it('draws a flow when an input matches an output', () => {
    expect(
      edges([process('a', [], ['Risk register']), process('b', ['Risk register'], [])]),
    ).toEqual(['a->b:Risk register']);
  });

  it('matches names whatever their case and spacing', () => {
    expect(
      edges([process('a', [], ['  Risk   Register ']), process('b', ['risk register'], [])]),
    ).toEqual(['a->b:Risk   Register']);
  });

  it("labels a flow with the producer's spelling and keys it by the matching key", () => {
    const [flow] = deriveFlows([
      process('a', [], ['Risk Register']),
      process('b', ['RISK register'], []),
    ]);
    expect(flow).toEqual({
      id: 'a->b:risk register',
      from: 'a',
      to: 'b',
      key: 'risk register',
      artifact: 'Risk Register',
    });
  });

  it('flows from every producer to every consumer of an artifact', () => {
    const processes = [
      process('audit', [], ['Nonconformity']),
      process('monitoring', [], ['Nonconformity']),
      process('improvement', ['Nonconformity'], []),
      process('review', ['Nonconformity'], []),
    ];
    expect(edges(processes)).toEqual([
      'audit->improvement:Nonconformity',
      'audit->review:Nonconformity',
      'monitoring->improvement:Nonconformity',
      'monitoring->review:Nonconformity',
    ]);
  });

  it('draws one flow per producer, consumer and artifact however often a name repeats', () => {
    expect(edges([process('a', [], ['X', 'x', ' X']), process('b', ['X', 'x'], [])])).toEqual([
      'a->b:X',
    ]);
  });

  it('counts a repeated name once in long lists of names too', () => {
    // given a producer and a consumer each naming 20 artifacts twice
    const names = Array.from({ length: 40 }, (_, i) => `Record ${i % 20}`);
    // when flows are derived
    const flows = edges([process('a', [], names), process('b', names, [])]);
    // then there is one flow per artifact
    expect(flows).toEqual(names.slice(0, 20).map((name) => `a->b:${name}`));
  });

  it('reads producers and consumers from a given index made from another array', () => {
    // given an index of processes where "c" also takes the register
    const index = indexArtifacts([
      process('a', [], ['Risk register']),
      process('b', ['Risk register'], []),
      process('c', ['risk register'], []),
    ]);
    // when flows of a copy without "c" are derived from that index
    const flows = deriveFlows([process('a', [], ['Risk register'])], index);
    // then the index's consumers are the ones used
    expect(flows.map((f) => f.id)).toEqual(['a->b:risk register', 'a->c:risk register']);
  });

  it('draws nothing from a process to itself', () => {
    expect(edges([process('a', ['Plan'], ['Plan'])])).toEqual([]);
  });

  it('draws cycles (PDCA loops) as ordinary flows', () => {
    expect(
      edges([process('plan', ['Results'], ['Plan']), process('do', ['Plan'], ['Results'])]),
    ).toEqual(['plan->do:Plan', 'do->plan:Results']);
  });

  it('ignores empty names', () => {
    expect(edges([process('a', [], ['  ']), process('b', [''], [])])).toEqual([]);
  });
});

describe('indexArtifacts', () => {
  it('lists producers and consumers by key in model order, each once', () => {
    const index = indexArtifacts([
      process('a', ['X'], ['Y', 'y']),
      process('b', ['y', 'Y'], ['X']),
    ]);
    expect(index.producers.get('y')).toEqual(['a']);
    expect(index.consumers.get('y')).toEqual(['b']);
    expect(index.producers.get('x')).toEqual(['b']);
    expect(index.spelling.get('a\u0000y')).toBe('Y');
  });
});
