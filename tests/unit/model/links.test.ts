import { describe, expect, it } from 'vitest';
import { deriveFlows } from '../../../src/model/flows';
import { deriveLinks } from '../../../src/model/links';
import { bareProcess as proc } from '../support/maps';

describe('links', () => {
  it('makes one link per pair of processes, listing every artifact it carries in the producer’s order', () => {
    // given a producer of three artifacts, two of which one consumer takes
    const processes = [
      proc('plan', [], ['Budget', 'Risk register', 'Schedule']),
      proc('do', ['Schedule', 'Budget']),
      proc('check', ['Risk register']),
    ];
    // when
    const links = deriveLinks(deriveFlows(processes));
    // then
    expect(links.map((l) => [l.id, l.artifact, l.keys])).toEqual([
      ['plan->do', 'Budget, Schedule', ['budget', 'schedule']],
      ['plan->check', 'Risk register', ['risk register']],
    ]);
    expect(links[0]!.key).toBe('budget');
    expect(links[0]!.flows.map((f) => f.id)).toEqual(['plan->do:budget', 'plan->do:schedule']);
  });

  it('keeps the two directions between two processes apart', () => {
    const processes = [proc('a', ['Report'], ['Plan']), proc('b', ['Plan'], ['Report'])];
    expect(deriveLinks(deriveFlows(processes)).map((l) => l.id)).toEqual(['a->b', 'b->a']);
  });

  it('gives the same links for the same flows, so an edit that keeps the flows keeps the arrows', () => {
    const flows = deriveFlows([proc('a', [], ['X']), proc('b', ['X'])]);
    expect(deriveLinks(flows)).toBe(deriveLinks(flows));
  });
});
