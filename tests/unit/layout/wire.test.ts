import { describe, expect, it } from 'vitest';
import type { LayoutResult } from '../../../src/layout/types';
import { decodeLayout, encodeLayout } from '../../../src/layout/wire';

const layout: LayoutResult = {
  direction: 'DOWN',
  positions: { a: { x: 0, y: 10.5 }, '<b>': { x: -40, y: 300 } },
  routes: {
    'a-><b>:report': [
      { x: 280, y: 60 },
      { x: 300.25, y: 60 },
      { x: 300.25, y: 350 },
    ],
    '<b>->a:plan': [
      { x: 0, y: 1 },
      { x: 2, y: 3 },
    ],
  },
  bounds: { x: -40, y: 0, width: 360, height: 420 },
};

describe('the layout on the wire', () => {
  it('comes back whole: positions, routes in order, bounds and direction', () => {
    // when a layout is encoded and decoded again
    const { wire } = encodeLayout(layout);
    const back = decodeLayout(wire);
    // then it equals the layout, route points in order
    expect(back).toEqual(layout);
    expect(Object.keys(back.routes)).toEqual(Object.keys(layout.routes));
  });

  it('puts every coordinate in one typed array, whose buffer is handed over rather than copied', () => {
    // when the layout of 2 processes and 5 route points is encoded
    const { wire, transfer } = encodeLayout(layout);
    // then 7 points are 14 numbers, and both typed arrays' buffers are transferred
    expect(wire.coordinates).toHaveLength(14);
    expect(Array.from(wire.routeLengths)).toEqual([3, 2]);
    expect(transfer).toEqual([wire.routeLengths.buffer, wire.coordinates.buffer]);
    // and a structured clone that transfers them leaves the sender's arrays empty
    const sent = structuredClone(wire, { transfer });
    expect(wire.coordinates).toHaveLength(0);
    expect(decodeLayout(sent)).toEqual(layout);
  });

  it('carries an empty map’s layout', () => {
    const empty: LayoutResult = {
      direction: 'RIGHT',
      positions: {},
      routes: {},
      bounds: { x: 0, y: 0, width: 0, height: 0 },
    };
    expect(decodeLayout(encodeLayout(empty).wire)).toEqual(empty);
  });
});
