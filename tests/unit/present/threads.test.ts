import { describe, expect, it } from 'vitest';
import { artifactKey } from '../../../src/model/keys';
import { artifactThread, neighbourhood } from '../../../src/present/threads';
import { mapOf } from './build';

const { flows, index } = mapOf(
  { id: 'audit', outputs: ['Nonconformity', 'Audit report'] },
  { id: 'monitoring', outputs: ['nonconformity', 'Measurements'] },
  { id: 'corrective', inputs: ['Nonconformity', 'Measurements'], outputs: ['Improvements'] },
  {
    id: 'review',
    inputs: ['Audit report', 'NONCONFORMITY', 'Improvements'],
    outputs: ['Decisions'],
  },
  { id: 'plan', inputs: ['Decisions'], outputs: ['Improvements'] },
);

describe('neighbourhood', () => {
  it('lists who feeds a process with which artifacts, in map order', () => {
    // when
    const { upstream } = neighbourhood('corrective', flows);
    // then
    expect(upstream).toEqual([
      { process: 'audit', artifacts: ['Nonconformity'] },
      { process: 'monitoring', artifacts: ['nonconformity', 'Measurements'] },
    ]);
  });

  it('lists who uses the outputs of a process, once per user', () => {
    const { downstream } = neighbourhood('audit', flows);
    expect(downstream).toEqual([
      { process: 'corrective', artifacts: ['Nonconformity'] },
      { process: 'review', artifacts: ['Nonconformity', 'Audit report'] },
    ]);
  });

  it('shows both sides of a loop', () => {
    // given review → plan → review (Decisions, then Improvements)
    const { upstream, downstream } = neighbourhood('plan', flows);
    expect(upstream).toEqual([{ process: 'review', artifacts: ['Decisions'] }]);
    expect(downstream).toEqual([{ process: 'review', artifacts: ['Improvements'] }]);
  });

  it('is empty for a process no flow touches', () => {
    expect(neighbourhood('nobody', flows)).toEqual({ upstream: [], downstream: [] });
  });
});

describe('artifactThread', () => {
  it('finds every producer and every consumer of an artifact, however it is spelled', () => {
    expect(artifactThread(artifactKey(' NonConformity '), index)).toEqual({
      producers: ['audit', 'monitoring'],
      consumers: ['corrective', 'review'],
    });
  });

  it('finds several producers of an artifact that loops back', () => {
    expect(artifactThread('improvements', index)).toEqual({
      producers: ['corrective', 'plan'],
      consumers: ['review'],
    });
  });

  it('is empty for an artifact nobody names', () => {
    expect(artifactThread('unknown', index)).toEqual({ producers: [], consumers: [] });
  });

  it('gives lists the caller may change without touching the index', () => {
    const thread = artifactThread('nonconformity', index);
    thread.producers.push('someone');
    expect(index.producers.get('nonconformity')).toEqual(['audit', 'monitoring']);
  });
});
