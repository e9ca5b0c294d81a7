import { describe, expect, it } from 'vitest';
import { cullsAtZoom } from '../../../src/canvas/culling';

const view = { width: 1600, height: 1000 };
const map = { x: 0, y: 0, width: 13600, height: 8000 };

describe('cullsAtZoom', () => {
  it('draws every element when the whole map fits in the view at this zoom', () => {
    // given a map that fits the view at zoom 0.1 (1360 × 800 on screen)
    // when asked at that zoom, then nothing is culled
    expect(cullsAtZoom(0.1, view, map)).toBe(false);
  });

  it('culls off-screen elements when the map is wider than the view', () => {
    // given zoom 0.12: the map is 1632 px wide on screen, the view 1600
    expect(cullsAtZoom(0.12, view, map)).toBe(true);
  });

  it('culls when only the height overflows', () => {
    const tall = { x: 0, y: 0, width: 1000, height: 20000 };
    expect(cullsAtZoom(0.1, view, tall)).toBe(true);
  });

  it('culls while the view is not measured yet', () => {
    expect(cullsAtZoom(1, { width: 0, height: 0 }, map)).toBe(true);
  });
});
