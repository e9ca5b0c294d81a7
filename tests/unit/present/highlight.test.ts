import { describe, expect, it } from 'vitest';
import { focusOf, highlightOf } from '../../../src/present/highlight';
import { mapOf } from './build';

// plan → do → check → plan (a loop), audit also feeds check
const { flows, index } = mapOf(
  { id: 'plan', inputs: ['Findings'], outputs: ['Plan'] },
  { id: 'do', inputs: ['Plan'], outputs: ['Records'] },
  { id: 'check', inputs: ['Records', 'Audit report'], outputs: ['Findings'] },
  { id: 'audit', outputs: ['Audit report', 'Findings'] },
  { id: 'other', inputs: ['Unrelated'] },
);

describe('highlightOf', () => {
  it('dims nothing in the overview', () => {
    expect(highlightOf({ kind: 'overview' }, flows, index)).toBeUndefined();
  });

  it('marks the focus, who feeds it and who uses its outputs', () => {
    // when the tour stands on check
    const highlight = highlightOf({ kind: 'process', id: 'check' }, flows, index)!;
    // then
    expect(Object.fromEntries(highlight.roles)).toEqual({
      check: 'focus',
      do: 'upstream',
      audit: 'upstream',
      plan: 'downstream',
    });
    expect([...highlight.flows].sort()).toEqual([
      'audit->check:audit report',
      'check->plan:findings',
      'do->check:records',
    ]);
  });

  it('marks a neighbour on both sides of a loop as both', () => {
    // given a two-step loop: do ⇄ plan through Plan and a made-up reply
    const loop = mapOf(
      { id: 'plan', inputs: ['Feedback'], outputs: ['Plan'] },
      { id: 'do', inputs: ['Plan'], outputs: ['Feedback'] },
    );
    const highlight = highlightOf({ kind: 'process', id: 'plan' }, loop.flows, loop.index)!;
    expect(highlight.roles.get('do')).toBe('both');
  });

  it('marks every producer and consumer of a followed artifact and its flows', () => {
    // when the thread of Findings is followed
    const highlight = highlightOf({ kind: 'thread', key: 'findings' }, flows, index)!;
    // then both producers and the consumer are lit, and only Findings flows
    expect(Object.fromEntries(highlight.roles)).toEqual({
      check: 'producer',
      audit: 'producer',
      plan: 'consumer',
    });
    expect([...highlight.flows].sort()).toEqual(['audit->plan:findings', 'check->plan:findings']);
    expect(highlight.thread).toBe('findings');
  });
});

describe('focusOf', () => {
  it('follows a thread over the step, and shows the overview without a step', () => {
    expect(focusOf('plan', 'findings')).toEqual({ kind: 'thread', key: 'findings' });
    expect(focusOf('plan', undefined)).toEqual({ kind: 'process', id: 'plan' });
    expect(focusOf(undefined, undefined)).toEqual({ kind: 'overview' });
  });
});
