import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/generate-map';
import { createNodeElk } from '../../../src/layout/elk-node';
import { findPort, mapGeometries } from '../../../src/layout/geometry';
import { SHARED_AFTER_MIN_FLOWS, splitSharedFlows } from '../../../src/layout/large-map';
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

function producersByKey(map: ProcessMap): Map<string, Set<string>> {
  const producers = new Map<string, Set<string>>();
  for (const flow of deriveFlows(map.processes)) {
    const set = producers.get(flow.key) ?? new Set<string>();
    set.add(flow.from);
    producers.set(flow.key, set);
  }
  return producers;
}

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

describe('splitSharedFlows', () => {
  it('leaves every flow to ELK on a map of up to 500 flows', () => {
    // given the starter map and the generated 100-process map (475 flows)
    for (const map of [starterMap(), generateMap(100, 1)]) {
      const flows = deriveFlows(map.processes);
      expect(flows.length).toBeLessThanOrEqual(SHARED_AFTER_MIN_FLOWS);
      // when
      const { laidOut, routedAfter } = splitSharedFlows(flows);
      // then
      expect(laidOut).toBe(flows);
      expect(routedAfter).toEqual([]);
    }
  });

  it('routes the flows of artifacts with several producers after the layout past 500 flows', () => {
    // given
    const map = bigMap();
    const flows = deriveFlows(map.processes);
    const producers = producersByKey(map);
    // when
    const { laidOut, routedAfter } = splitSharedFlows(flows);
    // then
    expect(flows.length).toBeGreaterThan(SHARED_AFTER_MIN_FLOWS);
    expect(routedAfter.length).toBeGreaterThan(0);
    expect(laidOut.length + routedAfter.length).toBe(flows.length);
    for (const flow of routedAfter) expect(producers.get(flow.key)!.size).toBeGreaterThan(1);
    for (const flow of laidOut) expect(producers.get(flow.key)!.size).toBe(1);
  });

  it('leaves every flow to ELK when told not to split', () => {
    const flows = deriveFlows(bigMap().processes);
    const { laidOut, routedAfter } = splitSharedFlows(flows, false);
    expect(laidOut).toBe(flows);
    expect(routedAfter).toEqual([]);
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

  it('gives the same layout for the same map, also from a fresh ELK', async () => {
    // given
    const map = bigMap();
    // when
    const first = await layoutMap(map, elk);
    const fresh = await layoutMap(bigMap(), createNodeElk());
    // then
    expect(fresh).toEqual(first);
  });

  it('lays out the shared artifacts’ flows with ELK too when told not to split', async () => {
    // given: a flow of a shared artifact, routed by ELK or after it
    const map = bigMap();
    const { routedAfter } = splitSharedFlows(deriveLinks(deriveFlows(map.processes)));
    // when
    const split = await layoutMap(map, elk);
    const whole = await layoutMap(map, elk, { largeMapLayout: false });
    // then: the boxes are placed differently, and every flow is routed either way
    expect(whole.positions).not.toEqual(split.positions);
    expectEveryFlowRouted(map, whole, 'RIGHT');
    expect(whole.routes[routedAfter[0]!.id]).toBeDefined();
  });
});
