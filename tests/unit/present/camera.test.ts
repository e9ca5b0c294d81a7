import { describe, expect, it } from 'vitest';
import { nodeGeometry } from '../../../src/layout/geometry';
import { boundsOf } from '../../../src/present/camera';
import { proc } from './build';

const a = proc({ id: 'a', outputs: ['X'] });
const b = proc({ id: 'b', inputs: ['X'], outputs: ['Y', 'Z'] });
const positions = { a: { x: 100, y: 50 }, b: { x: 500, y: -20 } };

describe('boundsOf', () => {
  it('encloses the processes as drawn, from their positions and measured sizes', () => {
    const gb = nodeGeometry(b);
    const ga = nodeGeometry(a);
    const bottom = Math.max(50 + ga.height, -20 + gb.height);
    expect(boundsOf(['a', 'b'], [a, b], positions)).toEqual({
      x: 100,
      y: -20,
      width: 500 + gb.width - 100,
      height: bottom + 20,
    });
  });

  it('leaves out unknown processes and processes with no position', () => {
    const c = proc({ id: 'c' });
    expect(boundsOf(['a', 'c', 'ghost'], [a, c], positions)).toEqual({
      x: 100,
      y: 50,
      width: nodeGeometry(a).width,
      height: nodeGeometry(a).height,
    });
    expect(boundsOf(['c'], [a, c], positions)).toBeUndefined();
  });
});
