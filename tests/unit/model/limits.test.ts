import { describe, expect, it } from 'vitest';
import { MAX_ARTIFACTS_PER_PROCESS, tooManyArtifacts } from '../../../src/model/limits';
import { bareProcess } from '../support/maps';

const names = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix} ${i}`);

describe('tooManyArtifacts', () => {
  it('lets a process with up to the limit of inputs and outputs be laid out', () => {
    const half = MAX_ARTIFACTS_PER_PROCESS / 2;
    expect(tooManyArtifacts([bareProcess('a', names(half, 'in'), names(half, 'out'))])).toBe(
      undefined,
    );
  });

  it('names the first process over the limit, its counts and what to do', () => {
    const processes = [
      bareProcess('small', ['x']),
      { ...bareProcess('big', names(400, 'in'), names(101, 'out')), name: 'Big one' },
    ];
    expect(tooManyArtifacts(processes)).toBe(
      'process "Big one" (big) has 400 inputs and 101 outputs; a process can have at most 500 to be laid out. Split it into several processes.',
    );
  });
});
