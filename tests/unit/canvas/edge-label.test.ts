import { describe, expect, it } from 'vitest';
import { quietLabelPoint } from '../../../src/canvas/edge-label';

describe('flow labels', () => {
  it('sit in the middle of a long horizontal stretch', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 20, y: 0 },
      { x: 20, y: 50 },
      { x: 320, y: 50 },
    ];
    expect(quietLabelPoint(route, 'Risk register')).toEqual({ x: 170, y: 50 });
  });

  it('stay hidden when the longest stretch is too short for the text', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 40, y: 0 },
    ];
    expect(quietLabelPoint(route, 'Statement of Applicability')).toBeUndefined();
  });

  it('stay hidden when the longest stretch is vertical, where text would cross nodes', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 30, y: 0 },
      { x: 30, y: 600 },
      { x: 60, y: 600 },
    ];
    expect(quietLabelPoint(route, 'Risk register')).toBeUndefined();
  });
});
