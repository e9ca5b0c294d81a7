import { describe, expect, it } from 'vitest';
import { createNodeElk } from '../../../src/layout/elk-node';
import { findPort, mapGeometries } from '../../../src/layout/geometry';
import { layoutMap } from '../../../src/layout/layout';
import type { LayoutResult, Rect } from '../../../src/layout/types';
import { deriveFlows } from '../../../src/model/flows';
import type { ProcessMap } from '../../../src/model/types';
import { chainMap, loopMap } from '../../fixtures/layout/small-maps';
import { isOrthogonal, rectsOverlap, segmentCrossesInterior } from './route-checks';

const elk = createNodeElk();

function nodeRects(map: ProcessMap, result: LayoutResult): Map<string, Rect> {
  const geometries = mapGeometries(map.processes);
  const rects = new Map<string, Rect>();
  for (const p of map.processes) {
    const at = result.positions[p.id];
    rects.set(p.id, { ...at, width: geometries[p.id].width, height: geometries[p.id].height });
  }
  return rects;
}

/** Checks every layout property the editor and the exports rely on. */
export function expectReadableLayout(map: ProcessMap, result: LayoutResult): void {
  const geometries = mapGeometries(map.processes);
  const flows = deriveFlows(map.processes);
  const rects = nodeRects(map, result);
  const ids = [...rects.keys()];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      expect(rectsOverlap(rects.get(ids[i])!, rects.get(ids[j])!), `${ids[i]} / ${ids[j]}`).toBe(
        false,
      );
    }
  }
  expect(Object.keys(result.routes).sort()).toEqual(flows.map((f) => f.id).sort());
  for (const flow of flows) {
    const route = result.routes[flow.id];
    const from = result.positions[flow.from];
    const to = result.positions[flow.to];
    const out = findPort(geometries[flow.from], `out:${flow.key}`)!;
    const into = findPort(geometries[flow.to], `in:${flow.key}`)!;
    expect(route[0]).toEqual({ x: from.x + out.x, y: from.y + out.y });
    expect(route[route.length - 1]).toEqual({ x: to.x + into.x, y: to.y + into.y });
    expect(isOrthogonal(route), flow.id).toBe(true);
    for (let i = 1; i < route.length; i++) {
      for (const [id, rect] of rects) {
        expect(
          segmentCrossesInterior(route[i - 1], route[i], rect),
          `${flow.id} through ${id}`,
        ).toBe(false);
      }
    }
  }
  const b = result.bounds;
  for (const rect of rects.values()) {
    expect(rect.x).toBeGreaterThanOrEqual(b.x);
    expect(rect.y).toBeGreaterThanOrEqual(b.y);
    expect(rect.x + rect.width).toBeLessThanOrEqual(b.x + b.width);
    expect(rect.y + rect.height).toBeLessThanOrEqual(b.y + b.height);
  }
}

describe('layoutMap', () => {
  it('places processes without overlap and routes every flow from port to port around the nodes', async () => {
    // given
    const map = loopMap();
    // when
    const result = await layoutMap(map, elk);
    // then
    expect(result.direction).toBe('RIGHT');
    expectReadableLayout(map, result);
  });

  it('lays a chain out left to right', async () => {
    const { positions } = await layoutMap(chainMap(), elk);
    expect(positions.a.x).toBeLessThan(positions.b.x);
    expect(positions.b.x).toBeLessThan(positions.c.x);
  });

  it('lays a chain out top to bottom when the direction is DOWN', async () => {
    // given
    const map = chainMap('DOWN');
    // when
    const result = await layoutMap(map, elk);
    // then
    expect(result.direction).toBe('DOWN');
    expect(result.positions.a.y).toBeLessThan(result.positions.b.y);
    expect(result.positions.b.y).toBeLessThan(result.positions.c.y);
    expectReadableLayout(map, result);
  });

  it('takes the direction from the options over the map’s own', async () => {
    const result = await layoutMap(chainMap('RIGHT'), elk, { direction: 'DOWN' });
    expect(result.direction).toBe('DOWN');
    expect(result.positions.a.y).toBeLessThan(result.positions.c.y);
  });

  it('gives the same result for the same map, also from a fresh ELK', async () => {
    const first = await layoutMap(loopMap(), elk);
    const again = await layoutMap(loopMap(), elk);
    const fresh = await layoutMap(loopMap(), createNodeElk());
    expect(again).toEqual(first);
    expect(fresh).toEqual(first);
  });

  it('ignores positions already stored in the map', async () => {
    const map = loopMap();
    const plain = await layoutMap(map, elk);
    map.positions = { context: { x: 5000, y: -300 } };
    expect(await layoutMap(map, elk)).toEqual(plain);
  });

  it('lays out an empty map', async () => {
    const result = await layoutMap({ ...chainMap(), processes: [] }, elk);
    expect(result.positions).toEqual({});
    expect(result.routes).toEqual({});
    expect(result.bounds).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
