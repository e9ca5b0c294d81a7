import { describe, expect, it } from 'vitest';
import {
  GUARD_FACTOR,
  guardVerdict,
  measureCoreFigure,
  readBaseline,
} from '../../../bench/core-figure';

// The figure is a ratio of two times measured side by side on the same machine (flows +
// analysis of 10,000 processes ÷ plain string and Map work), so it means the same on a fast
// and a slow machine; only a 10× regression of the core fails the build.
describe('regression guard: flows and analysis of 10,000 processes', () => {
  it('stays within 10× the recorded figure', () => {
    // given the figure recorded with `npm run bench -- --record`
    const baseline = readBaseline();
    expect(baseline, 'bench/baseline.json is missing: npm run bench -- --record').toBeDefined();

    // when the core is measured now
    const { figure, coreMs, referenceMs } = measureCoreFigure(5);

    // then it is at most 10× the recorded one
    const verdict = guardVerdict(figure, baseline!.figure);
    expect(
      verdict.ok,
      `flows + analysis of 10,000 processes took ${coreMs.toFixed(0)} ms, ${figure.toFixed(2)}× the reference work (${referenceMs.toFixed(0)} ms): ${verdict.times.toFixed(1)}× the recorded ${baseline!.figure}`,
    ).toBe(true);
  });

  it('fails a core that got more than 10× slower', () => {
    // given a recorded figure and measurements around the limit
    const recorded = 3.8;

    // when one is 10.5× and one 9.5× the recorded figure
    const slower = guardVerdict(recorded * 10.5, recorded);
    const within = guardVerdict(recorded * 9.5, recorded);

    // then the first fails and the second passes
    expect(slower).toEqual({ ok: false, times: expect.closeTo(10.5, 6) });
    expect(within.ok).toBe(true);
    expect(GUARD_FACTOR).toBe(10);
  });

  it('fails today’s core against a figure recorded 100× smaller', () => {
    // given a baseline as if the core had once been 100× faster
    const baseline = readBaseline()!.figure / 100;

    // when the core is measured now
    const { figure } = measureCoreFigure(3);

    // then the guard fails it
    expect(guardVerdict(figure, baseline).ok).toBe(false);
  });
});
