import { describe, expect, it } from 'vitest';
import { onScreen, viewedRect } from '../../../src/canvas/on-screen';

const node = (id: string, x: number, y: number) => ({
  id,
  position: { x, y },
  measured: { width: 100, height: 50 },
});

describe('viewedRect', () => {
  it('turns React Flow’s transform into the part of the map in view', () => {
    // given a view of 1600 × 1000 px, panned by (-200, 100) at zoom 2
    // then it shows 800 × 500 map px from (100, -50)
    expect(viewedRect([-200, 100, 2], { width: 1600, height: 1000 })).toEqual({
      x: 100,
      y: -50,
      width: 800,
      height: 500,
    });
  });
});

describe('onScreen', () => {
  const view = { x: 0, y: 0, width: 1000, height: 600 };

  it('finds the nodes inside the view and those that cross its edges', () => {
    // given one node inside, one across the right edge, one across the top
    const nodes = [node('in', 10, 10), node('right', 950, 100), node('top', 200, -40)];
    // then all three show
    expect(onScreen(nodes, view)).toEqual(new Set(['in', 'right', 'top']));
  });

  it('leaves out nodes beyond any edge, including one that only touches it', () => {
    // given nodes left, right, above and below the view, and one ending exactly at its left edge
    const nodes = [
      node('left', -300, 10),
      node('right', 1200, 10),
      node('above', 10, -400),
      node('below', 10, 700),
      node('touching', -100, 10),
    ];
    // then none shows
    expect(onScreen(nodes, view).size).toBe(0);
  });
});
