import { describe, expect, it } from 'vitest';
import { nextStep, previousStep, stepCounter } from '../../../src/present/steps';

const order = ['a', 'b', 'c'];

describe('tour steps', () => {
  it('goes from the overview through every step and stays on the last', () => {
    const seen: (string | undefined)[] = [];
    let step: string | undefined;
    for (let i = 0; i < 5; i++) {
      step = nextStep(order, step);
      seen.push(step);
    }
    expect(seen).toEqual(['a', 'b', 'c', 'c', 'c']);
  });

  it('goes back to the overview from the first step', () => {
    expect(previousStep(order, 'c')).toBe('b');
    expect(previousStep(order, 'a')).toBeUndefined();
    expect(previousStep(order, undefined)).toBeUndefined();
  });

  it('treats a step that left the tour as the overview', () => {
    expect(nextStep(order, 'deleted')).toBe('a');
    expect(stepCounter(order, 'deleted')).toBe('Overview · 3 steps');
  });

  it('counts steps from one', () => {
    expect(stepCounter(order, 'b')).toBe('2 / 3');
    expect(stepCounter(['a'], undefined)).toBe('Overview · 1 step');
  });

  it('has no step in an empty tour', () => {
    expect(nextStep([], undefined)).toBeUndefined();
  });
});
