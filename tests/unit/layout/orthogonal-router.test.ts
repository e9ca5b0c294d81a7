import { describe, expect, it } from 'vitest';
import {
  ROUTER_DEFAULTS,
  routeAround,
  type RouteRequest,
} from '../../../src/layout/orthogonal-router';
import type { Rect } from '../../../src/layout/types';
import type { Point } from '../../../src/model/types';
import { routeMetrics } from '../../../src/layout/route-metrics';
import { createNodeElk } from '../../../src/layout/elk-node';
import { mapGeometries } from '../../../src/layout/geometry';
import { layoutMap } from '../../../src/layout/layout';
import { routeFlowsAround } from '../../../src/layout/route-flows';
import { deriveFlows } from '../../../src/model/flows';
import { deriveLinks } from '../../../src/model/links';
import { starterMap } from '../../../src/model/starter';
import { expectReadableLayout, isOrthogonal, segmentCrossesInterior } from './route-checks';

const box = (x: number, y: number, width = 100, height = 60): Rect => ({ x, y, width, height });

function request(id: string, source: Point, target: Point): RouteRequest {
  return { id, source, sourceFacing: 'right', target, targetFacing: 'left' };
}

function throughAny(route: readonly Point[], boxes: readonly Rect[]): boolean {
  return route.some(
    (p, i) => i > 0 && boxes.some((b) => segmentCrossesInterior(route[i - 1]!, p, b)),
  );
}

describe('routeAround', () => {
  it('goes round a box that stands between the two ports', () => {
    // given: a → c with b right in the way
    const boxes = [box(0, 0), box(200, -20, 100, 100), box(400, 0)];
    const from = { x: 100, y: 30 };
    const to = { x: 400, y: 30 };
    // when
    const { f } = routeAround(boxes, [request('f', from, to)]);
    // then
    expect(f![0]).toEqual(from);
    expect(f![f!.length - 1]).toEqual(to);
    expect(isOrthogonal(f!)).toBe(true);
    expect(throughAny(f!, boxes)).toBe(false);
  });

  it('leaves a port straight out of its box and comes into the other port from outside', () => {
    // given: the target is left of the source, so the route must turn round
    const boxes = [box(300, 0), box(0, 200)];
    const { back } = routeAround(boxes, [request('back', { x: 400, y: 30 }, { x: 0, y: 230 })]);
    // then: first stretch to the right of the source, last one from the left into the target
    expect(back![1]!.x).toBeGreaterThan(400);
    expect(back![1]!.y).toBe(30);
    const last = back![back!.length - 2]!;
    expect(last.x).toBeLessThan(0);
    expect(last.y).toBe(230);
    expect(throughAny(back!, boxes)).toBe(false);
  });

  it('puts two routes from different ports on tracks of their own instead of one on the other', () => {
    // given: two sources above each other, two targets far right, a long common way
    const boxes = [box(0, 0, 100, 120), box(600, 0, 100, 120)];
    const routes = routeAround(boxes, [
      request('one', { x: 100, y: 30 }, { x: 600, y: 90 }),
      request('two', { x: 100, y: 90 }, { x: 600, y: 30 }),
    ]);
    const verticalX = (route: Point[]) =>
      route.find((p, i) => i > 0 && route[i - 1]!.x === p.x && route[i - 1]!.y !== p.y)!.x;
    expect(verticalX(routes.one!)).not.toBe(verticalX(routes.two!));
  });

  it('draws the routes out of one port as a tree: the longer branches off the shorter', () => {
    // given one output port feeding two inputs, one beyond the other
    const boxes = [box(0, 0), box(300, 100), box(300, 300)];
    const from = { x: 100, y: 30 };
    const net = (id: string, target: Point): RouteRequest => ({
      ...request(id, from, target),
      net: 'a/out:x',
    });
    // when
    const { near, far } = routeAround(boxes, [
      net('near', { x: 300, y: 130 }),
      net('far', { x: 300, y: 330 }),
    ]);
    // then the far route runs along the near one from the port to where it branches off
    const vertical = (route: Point[]) =>
      route.find((p, i) => i > 0 && route[i - 1]!.x === p.x && route[i - 1]!.y !== p.y)!.x;
    expect(vertical(far!)).toBe(vertical(near!));
    expect(far![1]).toEqual(near![1]);
    expect(throughAny(far!, boxes)).toBe(false);
  });

  it('keeps routes of different ports on tracks of their own even when they could branch', () => {
    const boxes = [box(0, 0), box(300, 100), box(300, 300)];
    const { near, far } = routeAround(
      boxes,
      [
        { ...request('near', { x: 100, y: 30 }, { x: 300, y: 130 }), net: 'a/out:x' },
        { ...request('far', { x: 100, y: 30 }, { x: 300, y: 330 }), net: 'a/out:x' },
      ],
      { ...ROUTER_DEFAULTS, branching: false },
    );
    const vertical = (route: Point[]) =>
      route.find((p, i) => i > 0 && route[i - 1]!.x === p.x && route[i - 1]!.y !== p.y)!.x;
    expect(vertical(far!)).not.toBe(vertical(near!));
  });

  it('gives routes that go round all the boxes tracks of their own out there', () => {
    // given: a wall far longer below than above between the two pairs of ports
    const boxes = [box(0, 0, 100, 120), box(300, -100, 100, 2000), box(600, 0, 100, 120)];
    // when
    const routes = routeAround(boxes, [
      request('one', { x: 100, y: 30 }, { x: 600, y: 30 }),
      request('two', { x: 100, y: 90 }, { x: 600, y: 90 }),
    ]);
    // then both go over the wall, on two tracks beyond its margin
    const over = (route: Point[]) =>
      route.find(
        (p, i) =>
          i > 0 &&
          route[i - 1]!.y === p.y &&
          Math.min(route[i - 1]!.x, p.x) < 300 &&
          Math.max(route[i - 1]!.x, p.x) > 400,
      )!.y;
    expect(over(routes.one!)).toBeLessThanOrEqual(-116);
    expect(over(routes.two!)).toBeLessThanOrEqual(-116);
    expect(over(routes.one!)).not.toBe(over(routes.two!));
    expect(throughAny(routes.one!, boxes)).toBe(false);
    expect(throughAny(routes.two!, boxes)).toBe(false);
  });

  it('counts a crossed trunk once for each route on it, so it goes round three but crosses one', () => {
    // given: a port feeding one or three boxes below through one trunk, and a route from
    // the left to the right that crosses the trunk unless it goes round the boxes below
    const boxes = [box(0, -600, 100, 660), box(200, 600), box(200, 700), box(200, 800)];
    boxes.push(box(-800, 200), box(300, 200));
    const branch = (id: string, y: number): RouteRequest => ({
      id,
      source: { x: 50, y: 60 },
      sourceFacing: 'down',
      target: { x: 200, y },
      targetFacing: 'left',
      net: 's/out:x',
    });
    const across = request('across', { x: -700, y: 230 }, { x: 300, y: 230 });
    const options = { ...ROUTER_DEFAULTS, crossingCost: 1000, passes: 0 };
    // when
    const three = routeAround(
      boxes,
      [branch('a', 630), branch('b', 730), branch('c', 830), across],
      options,
    );
    const one = routeAround(boxes, [branch('a', 630), across], options);
    // then
    expect(one.across).toEqual([across.source, across.target]);
    const routes = Object.values(three);
    const { crossings } = routeMetrics(routes, { x: 0, y: 0, width: 0, height: 0 });
    expect(crossings).toBe(0);
    expect(three.across!.length).toBeGreaterThan(2);
    expect(throughAny(three.across!, boxes)).toBe(false);
  });

  it('gives the same routes for the same boxes and requests', () => {
    const boxes = [box(0, 0), box(200, -20, 100, 100), box(400, 0)];
    const requests = [
      request('a', { x: 100, y: 20 }, { x: 400, y: 40 }),
      request('b', { x: 100, y: 40 }, { x: 400, y: 20 }),
    ];
    expect(routeAround(boxes, requests)).toEqual(routeAround(boxes, requests));
  });
});

describe('routeAround on the starter map in bands', () => {
  it('keeps the round of rerouting with the fewest crossings, with every route readable', async () => {
    // given the starter map's band placement
    const map = starterMap();
    const result = await layoutMap(map, createNodeElk(), { direction: 'BANDS' });
    const links = deriveLinks(deriveFlows(map.processes));
    const geometries = mapGeometries(map.processes, 'BANDS');
    const routed = (passes: number) =>
      routeFlowsAround(result.positions, links, geometries, () => ({ ...ROUTER_DEFAULTS, passes }));
    // when routed with no, one and two rounds of rerouting
    const rounds = [0, 1, 2].map(routed);
    // then a further round never leaves more crossings, and the routes stay port to port,
    // orthogonal and out of every box
    const [none, once, twice] = rounds.map(
      (routes) => routeMetrics(Object.values(routes), result.bounds).crossings,
    );
    expect(once).toBeLessThanOrEqual(none!);
    expect(twice).toBeLessThanOrEqual(once!);
    expect(once).toBeLessThan(none!);
    for (const routes of rounds) expectReadableLayout(map, { ...result, routes });
    expect(routed(2)).toEqual(rounds[2]);
  });
});
