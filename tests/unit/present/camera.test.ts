import { describe, expect, it } from 'vitest';
import { mapGeometries } from '../../../src/layout/geometry';
import { frameOf } from '../../../src/present/camera';
import { highlightOf } from '../../../src/present/highlight';
import { mapOf } from './build';

// a → b → c, and d far away on its own
const { map, flows, index } = mapOf(
  { id: 'a', outputs: ['X'] },
  { id: 'b', inputs: ['X'], outputs: ['Y'] },
  { id: 'c', inputs: ['Y'] },
  { id: 'd' },
);
const geometries = mapGeometries(map.processes);
const positions = {
  a: { x: 0, y: 0 },
  b: { x: 400, y: 0 },
  c: { x: 800, y: 100 },
  d: { x: 5000, y: 5000 },
};
const routes = {
  'a->b:x': [
    { x: 260, y: 40 },
    { x: 330, y: -300 },
    { x: 400, y: 40 },
  ],
  'b->c:y': [
    { x: 660, y: 40 },
    { x: 800, y: 140 },
  ],
};

describe('frameOf', () => {
  it('frames the whole map in the overview', () => {
    const frame = frameOf(undefined, positions, geometries, routes);
    expect(frame.x).toBe(0);
    expect(frame.y).toBe(-300);
    expect(frame.x + frame.width).toBe(5000 + geometries.d!.width);
  });

  it('frames a step with its neighbours and the bends of their flows, not the rest', () => {
    // given the step on a, whose only neighbour is b
    const highlight = highlightOf({ kind: 'process', id: 'a' }, flows, index);
    // when
    const frame = frameOf(highlight, positions, geometries, routes);
    // then a, b and the route's bend above them are in, c and d are not
    expect(frame).toEqual({
      x: 0,
      y: -300,
      width: 400 + geometries.b!.width,
      height: 300 + Math.max(geometries.a!.height, geometries.b!.height),
    });
  });

  it('has no size when nothing highlighted has a position', () => {
    const highlight = highlightOf({ kind: 'thread', key: 'nothing' }, flows, index);
    expect(frameOf(highlight, positions, geometries, routes)).toEqual({
      x: 0,
      y: 0,
      width: 0,
      height: 0,
    });
  });
});
