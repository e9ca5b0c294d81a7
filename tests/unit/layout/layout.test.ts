import { describe, expect, it } from 'vitest';
import { createNodeElk } from '../../../src/layout/elk-node';
import { layoutMap } from '../../../src/layout/layout';
import { starterMap } from '../../../src/model/starter';
import { chainMap, loopMap } from '../../fixtures/layout/small-maps';
import { expectReadableLayout } from './route-checks';

const elk = createNodeElk();

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

  it('lays the starter map out readably in both directions', async () => {
    for (const direction of ['RIGHT', 'DOWN'] as const) {
      // given
      const map = starterMap();
      // when
      const result = await layoutMap(map, elk, { direction });
      // then
      expectReadableLayout(map, result);
    }
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

  it('brings flows into the top of a box and out of its bottom when the direction is DOWN', async () => {
    // given
    const map = starterMap();
    // when
    const result = await layoutMap(map, elk, { direction: 'DOWN' });
    // then: every route leaves its source downwards and comes into its target from above
    for (const route of Object.values(result.routes)) {
      expect(route[1]!.y).toBeGreaterThan(route[0]!.y);
      expect(route[1]!.x).toBe(route[0]!.x);
      const end = route[route.length - 1]!;
      const before = route[route.length - 2]!;
      expect(before.y).toBeLessThan(end.y);
      expect(before.x).toBe(end.x);
    }
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
