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
  b: { x: 400, y: -20 },
  c: { x: 800, y: 100 },
  d: { x: 5000, y: 5000 },
};

describe('frameOf', () => {
  it('frames the whole map in the overview', () => {
    const frame = frameOf(undefined, positions, geometries);
    expect(frame).toEqual({
      x: 0,
      y: -20,
      width: 5000 + geometries.d!.width,
      height: 5020 + geometries.d!.height,
    });
  });

  it('frames a step with its neighbours, not the rest', () => {
    // given the step on a, whose only neighbour is b
    const highlight = highlightOf({ kind: 'process', id: 'a' }, flows, index);
    // when
    const frame = frameOf(highlight, positions, geometries);
    // then a and b are in, c and d are not
    expect(frame).toEqual({
      x: 0,
      y: -20,
      width: 400 + geometries.b!.width,
      height: Math.max(geometries.a!.height, geometries.b!.height - 20) + 20,
    });
  });

  it('frames the producers and consumers of a followed artifact', () => {
    const highlight = highlightOf({ kind: 'thread', key: 'y' }, flows, index);
    const frame = frameOf(highlight, positions, geometries);
    expect(frame.x).toBe(400);
    expect(frame.x + frame.width).toBe(800 + geometries.c!.width);
  });

  it('has no size when nothing highlighted has a position', () => {
    const highlight = highlightOf({ kind: 'thread', key: 'nothing' }, flows, index);
    expect(frameOf(highlight, positions, geometries)).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
