import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/generate-map';
import { createNodeElk } from '../../../src/layout/elk-node';
import { findPort, mapGeometries } from '../../../src/layout/geometry';
import { columnPitch } from '../../../src/layout/band-columns';
import { isLargeMap, LARGE_MAP_MIN_FLOWS } from '../../../src/layout/large-map';
import { layoutMap } from '../../../src/layout/layout';
import type { LayoutResult } from '../../../src/layout/types';
import { deriveFlows } from '../../../src/model/flows';
import { deriveLinks } from '../../../src/model/links';
import { starterMap } from '../../../src/model/starter';
import type { Direction, ProcessMap } from '../../../src/model/types';
import { isOrthogonal, rectsOverlap, segmentCrossesInterior } from './route-checks';

const elk = createNodeElk();

/** The generated map of 120 processes: 644 flows, past the limit, and quick to lay out. */
const bigMap = () => generateMap(120, 1);

/**
 * Every process placed, no two boxes overlapping, every flow routed from port to port and
 * (up to ROUTED_MAX_FLOWS, as here) around the boxes.
 */
function expectEveryFlowRouted(map: ProcessMap, result: LayoutResult, direction: Direction) {
  const geometries = mapGeometries(map.processes, direction);
  const rects = map.processes.map((p) => {
    const at = result.positions[p.id];
    expect(at, p.id).toBeDefined();
    return { id: p.id, ...at!, width: geometries[p.id]!.width, height: geometries[p.id]!.height };
  });
  // Sorted by x, each box is compared only with those that start before it ends.
  rects.sort((a, b) => a.x - b.x);
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length && rects[j]!.x < rects[i]!.x + rects[i]!.width; j++) {
      expect(rectsOverlap(rects[i]!, rects[j]!), `${rects[i]!.id} / ${rects[j]!.id}`).toBe(false);
    }
  }
  const flows = deriveLinks(deriveFlows(map.processes));
  expect(Object.keys(result.routes).sort()).toEqual(flows.map((f) => f.id).sort());
  for (const flow of flows) {
    const route = result.routes[flow.id]!;
    const from = result.positions[flow.from]!;
    const to = result.positions[flow.to]!;
    const out = findPort(geometries[flow.from]!, `out:${flow.key}`)!;
    const into = findPort(geometries[flow.to]!, `in:${flow.key}`)!;
    expect(route[0], flow.id).toEqual({ x: from.x + out.x, y: from.y + out.y });
    expect(route[route.length - 1], flow.id).toEqual({ x: to.x + into.x, y: to.y + into.y });
    expect(isOrthogonal(route), flow.id).toBe(true);
    for (let i = 1; i < route.length; i++) {
      const through = rects.find((r) => segmentCrossesInterior(route[i - 1]!, route[i]!, r));
      expect(through?.id, `${flow.id} through a box`).toBeUndefined();
    }
  }
}

describe('isLargeMap', () => {
  it('leaves a map of up to 500 arrows to ELK', () => {
    // given the starter map and the generated 100-process map (475 flows)
    for (const map of [starterMap(), generateMap(100, 1)]) {
      const links = deriveLinks(deriveFlows(map.processes));
      // then
      expect(links.length).toBeLessThanOrEqual(LARGE_MAP_MIN_FLOWS);
      expect(isLargeMap(links.length)).toBe(false);
    }
  });

  it('lays a map of more than 500 arrows out as a large map, unless told not to', () => {
    const links = deriveLinks(deriveFlows(bigMap().processes));
    expect(links.length).toBeGreaterThan(LARGE_MAP_MIN_FLOWS);
    expect(isLargeMap(links.length)).toBe(true);
    expect(isLargeMap(links.length, false)).toBe(false);
  });
});

describe('layoutMap on a map past 500 flows', () => {
  for (const direction of ['RIGHT', 'DOWN', 'BANDS'] as const) {
    it(`places every process apart and routes every flow from port to port, ${direction}`, async () => {
      // given
      const map = bigMap();
      // when
      const result = await layoutMap(map, elk, { direction });
      // then
      expectEveryFlowRouted(map, result, direction);
    });
  }

  it('gives the same layout for the same map', async () => {
    // given
    const map = bigMap();
    // when
    const first = await layoutMap(map, elk);
    const again = await layoutMap(bigMap(), createNodeElk());
    // then
    expect(again).toEqual(first);
  });

  for (const [direction, along] of [
    ['RIGHT', 'x'],
    ['DOWN', 'y'],
  ] as const) {
    it(`places the boxes in columns of their place in the flow without ELK, ${direction}`, async () => {
      // given: an ELK that fails if asked
      const map = bigMap();
      const noElk = {
        layout: () => Promise.reject(new Error('ELK asked for a large map')),
      };
      // when
      const result = await layoutMap(map, noElk, { direction });
      // then: every box starts a whole number of pitches from the first column (DOWN: row)
      const geometries = mapGeometries(map.processes, direction);
      const pitch = columnPitch(map.processes, geometries, direction);
      const starts = map.processes.map((p) => result.positions[p.id]![along]);
      const first = Math.min(...starts);
      for (const start of starts) expect((start - first) % pitch).toBe(0);
      expect(new Set(starts).size).toBeGreaterThan(5);
    });
  }

  it('lays a large map out with ELK when told not to lay it out as large', async () => {
    // given
    const map = bigMap();
    // when
    const large = await layoutMap(map, elk);
    const whole = await layoutMap(map, elk, { largeMapLayout: false });
    // then: the boxes are placed differently, and every flow is routed either way
    expect(whole.positions).not.toEqual(large.positions);
    expectEveryFlowRouted(map, whole, 'RIGHT');
  });
});
