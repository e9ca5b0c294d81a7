import { describe, expect, it } from 'vitest';
import { routeMetrics } from '../../../src/layout/route-metrics';

const bounds = { x: 0, y: 0, width: 100, height: 100 };

describe('routeMetrics', () => {
  it('counts a crossing for each pair of routes, and one crossing point where a bundle is crossed', () => {
    // given two routes on one horizontal track, crossed by a vertical route
    const a = [
      { x: 0, y: 50 },
      { x: 100, y: 50 },
    ];
    const b = [
      { x: 0, y: 50 },
      { x: 80, y: 50 },
      { x: 80, y: 90 },
    ];
    const c = [
      { x: 40, y: 0 },
      { x: 40, y: 100 },
    ];
    // when
    const metrics = routeMetrics([a, b, c], bounds);
    // then
    expect(metrics.crossings).toBe(2);
    expect(metrics.crossingPoints).toBe(1);
    expect(metrics.bends).toBe(1);
  });

  it('does not count routes that meet at a shared end', () => {
    const metrics = routeMetrics(
      [
        [
          { x: 0, y: 50 },
          { x: 50, y: 50 },
        ],
        [
          { x: 50, y: 50 },
          { x: 50, y: 100 },
        ],
      ],
      bounds,
    );
    expect(metrics.crossings).toBe(0);
    expect(metrics.crossingPoints).toBe(0);
  });
});
