import { describe, expect, it } from 'vitest';
import { MIN_ZOOM, minZoomFor } from '../../../src/canvas/zoom-range';

const view = { width: 1600, height: 1000 };

describe('minZoomFor', () => {
  it('keeps the usual smallest zoom for a map that fits the view there', () => {
    // given a map 13,600 px wide: 680 px on screen at the usual smallest zoom
    expect(minZoomFor(view, { width: 13600, height: 8000 }, 0.06)).toBe(MIN_ZOOM);
  });

  it('allows zooming out until a very large map fits the view whole, padding included', () => {
    // given an ELK layout of 1000 processes, 107,000 × 86,000 px
    const map = { width: 107000, height: 86000 };
    // when the smallest zoom is asked for with 6% padding
    const zoom = minZoomFor(view, map, 0.06);
    // then at that zoom the map fills the view's height less the padding, and no more
    expect(zoom).toBeLessThan(MIN_ZOOM);
    expect(map.height * zoom).toBeCloseTo(1000 * 0.88, 6);
    expect(map.width * zoom).toBeLessThanOrEqual(1600 * 0.88);
  });

  it('keeps the usual smallest zoom while the view or the map has no size yet', () => {
    expect(minZoomFor({ width: 0, height: 0 }, { width: 107000, height: 86000 }, 0.06)).toBe(
      MIN_ZOOM,
    );
    expect(minZoomFor(view, { width: 0, height: 0 }, 0.06)).toBe(MIN_ZOOM);
  });
});
