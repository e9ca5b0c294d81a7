import { describe, expect, it } from 'vitest';
import { placeFlowLabels, quietLabelPoint } from '../../../src/layout/flow-label';

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

describe('placeFlowLabels', () => {
  const long = (y: number) => [
    { x: 0, y },
    { x: 400, y },
  ];

  it('labels every flow that has room, at the middle of its longest horizontal stretch', () => {
    const placed = placeFlowLabels([
      { route: long(0), label: 'Risk register' },
      { route: long(100), label: 'Audit report' },
    ]);
    expect(placed.map((label) => [label.text, label.x, label.y])).toEqual([
      ['Risk register', 200, 0],
      ['Audit report', 200, 100],
    ]);
  });

  it('leaves out a label that would cover one placed before', () => {
    // given: two flows from one port share their first stretch
    const placed = placeFlowLabels([
      { route: long(0), label: 'Risk register' },
      { route: long(4), label: 'Risk register' },
    ]);
    expect(placed).toHaveLength(1);
  });

  it('moves a label along its stretch, clear of one placed before, rather than let them touch', () => {
    // given two flows on one line, whose labels would meet end to end in the middle
    const placed = placeFlowLabels([
      { route: long(0), label: 'Risk register' },
      {
        route: [
          { x: 100, y: 0 },
          { x: 700, y: 0 },
        ],
        label: 'Audit report',
      },
    ]);
    // then both are shown, apart by at least the gap
    expect(placed).toHaveLength(2);
    const [first, second] = placed;
    const apart = Math.abs(first!.x - second!.x) - (first!.width + second!.width) / 2;
    expect(apart).toBeGreaterThanOrEqual(20);
    // and the second stays on its own stretch
    expect(second!.x - second!.width / 2).toBeGreaterThanOrEqual(100);
  });
});
