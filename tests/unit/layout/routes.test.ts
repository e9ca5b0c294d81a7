import { describe, expect, it } from 'vitest';
import { createNodeElk } from '../../../src/layout/elk-node';
import { findPort, mapGeometries } from '../../../src/layout/geometry';
import { layoutMap } from '../../../src/layout/layout';
import {
  edgeRoutes,
  fallbackRoute,
  labelPoint,
  mapBounds,
  pathData,
  routesBounds,
} from '../../../src/layout/routes';
import { deriveFlows } from '../../../src/model/flows';
import { deriveLinks } from '../../../src/model/links';
import { chainMap, loopMap } from '../../fixtures/layout/small-maps';
import { isOrthogonal, segmentCrossesInterior } from './route-checks';

describe('edgeRoutes', () => {
  it('follows the layout’s routes while the nodes stay where the layout put them', async () => {
    // given
    const map = loopMap();
    const layout = await layoutMap(map, createNodeElk());
    map.positions = layout.positions;
    // when
    const routes = edgeRoutes(
      map,
      deriveLinks(deriveFlows(map.processes)),
      mapGeometries(map.processes),
      layout,
    );
    // then
    expect(routes).toEqual(layout.routes);
  });

  it('routes the flows of a moved node from port to port, orthogonally', async () => {
    // given
    const map = loopMap();
    const layout = await layoutMap(map, createNodeElk());
    const geometries = mapGeometries(map.processes);
    const flows = deriveLinks(deriveFlows(map.processes));
    const moved = { x: layout.positions.context.x + 37, y: layout.positions.context.y + 500 };
    map.positions = { ...layout.positions, context: moved };
    // when
    const routes = edgeRoutes(map, flows, geometries, layout);
    // then
    for (const flow of flows) {
      const touchesMoved = flow.from === 'context' || flow.to === 'context';
      if (!touchesMoved) expect(routes[flow.id]).toBe(layout.routes[flow.id]);
      const route = routes[flow.id];
      const from = map.positions[flow.from];
      const to = map.positions[flow.to];
      const out = findPort(geometries[flow.from], `out:${flow.key}`)!;
      const into = findPort(geometries[flow.to], `in:${flow.key}`)!;
      expect(route[0]).toEqual({ x: from.x + out.x, y: from.y + out.y });
      expect(route[route.length - 1]).toEqual({ x: to.x + into.x, y: to.y + into.y });
      expect(isOrthogonal(route)).toBe(true);
    }
  });

  it('routes a moved node’s flows out of the bottom and into the top of boxes in a DOWN map', async () => {
    // given: b dragged to the right of a DOWN chain
    const map = chainMap('DOWN');
    const layout = await layoutMap(map, createNodeElk());
    const geometries = mapGeometries(map.processes, 'DOWN');
    const flows = deriveLinks(deriveFlows(map.processes));
    map.positions = {
      ...layout.positions,
      b: { x: layout.positions.b.x + 600, y: layout.positions.b.y },
    };
    // when
    const routes = edgeRoutes(map, flows, geometries, layout);
    // then: each route starts downwards and ends downwards
    for (const flow of flows) {
      const route = routes[flow.id];
      expect(isOrthogonal(route)).toBe(true);
      expect(route[1].x).toBe(route[0].x);
      expect(route[1].y).toBeGreaterThan(route[0].y);
      expect(route[route.length - 2].x).toBe(route[route.length - 1].x);
      expect(route[route.length - 2].y).toBeLessThan(route[route.length - 1].y);
    }
  });

  it('leaves out flows whose processes have no position yet', () => {
    const map = chainMap();
    map.positions = { a: { x: 0, y: 0 }, b: { x: 400, y: 0 } };
    const routes = edgeRoutes(map, deriveFlows(map.processes), mapGeometries(map.processes));
    expect(Object.keys(routes)).toEqual(['a->b:x']);
  });
});

describe('fallbackRoute', () => {
  const from = { x: 0, y: 0, width: 100, height: 80 };

  it('steps once between nodes side by side', () => {
    const to = { x: 300, y: 100, width: 100, height: 80 };
    const route = fallbackRoute({ x: 100, y: 40 }, { x: 300, y: 140 }, from, to);
    expect(route).toEqual([
      { x: 100, y: 40 },
      { x: 200, y: 40 },
      { x: 200, y: 140 },
      { x: 300, y: 140 },
    ]);
  });

  it('goes straight when the ports are level', () => {
    const to = { x: 300, y: 0, width: 100, height: 80 };
    expect(fallbackRoute({ x: 100, y: 40 }, { x: 300, y: 40 }, from, to)).toEqual([
      { x: 100, y: 40 },
      { x: 300, y: 40 },
    ]);
  });

  it('goes round both nodes when the target is to the left', () => {
    for (const to of [
      { x: -300, y: 0, width: 100, height: 80 },
      { x: -300, y: 200, width: 100, height: 80 },
      { x: -300, y: -200, width: 100, height: 80 },
      { x: 50, y: 40, width: 100, height: 80 },
    ]) {
      const source = { x: 100, y: 40 };
      const target = { x: to.x, y: to.y + 40 };
      const route = fallbackRoute(source, target, from, to);
      expect(route[0]).toEqual(source);
      expect(route[route.length - 1]).toEqual(target);
      expect(route[1].x).toBeGreaterThan(source.x);
      expect(route[route.length - 2].x).toBeLessThan(target.x);
      expect(isOrthogonal(route)).toBe(true);
      for (let i = 1; i < route.length; i++) {
        expect(segmentCrossesInterior(route[i - 1], route[i], from)).toBe(false);
        if (to.x + to.width <= from.x)
          expect(segmentCrossesInterior(route[i - 1], route[i], to)).toBe(false);
      }
    }
  });
});

describe('labelPoint', () => {
  it('puts the label in the middle of the longest segment', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 100 },
      { x: 30, y: 100 },
    ];
    expect(labelPoint(points)).toEqual({ x: 10, y: 50 });
  });
});

describe('pathData', () => {
  it('draws lines with rounded corners', () => {
    const d = pathData(
      [
        { x: 0, y: 0 },
        { x: 20, y: 0 },
        { x: 20, y: 20 },
      ],
      4,
    );
    expect(d).toBe('M0 0 L16 0 Q20 0 20 4 L20 20');
  });

  it('shrinks the corner where a segment is short', () => {
    const d = pathData(
      [
        { x: 0, y: 0 },
        { x: 4, y: 0 },
        { x: 4, y: 20 },
      ],
      6,
    );
    expect(d).toBe('M0 0 L2 0 Q4 0 4 2 L4 20');
  });

  it('draws a straight line and nothing for no points', () => {
    expect(
      pathData([
        { x: 0.123, y: 1 },
        { x: 10, y: 1 },
      ]),
    ).toBe('M0.12 1 L10 1');
    expect(pathData([])).toBe('');
  });
});

describe('mapBounds', () => {
  it('frames the placed processes and, when given, the routes', () => {
    const map = chainMap();
    const geometries = mapGeometries(map.processes);
    map.positions = { a: { x: -10, y: 5 }, b: { x: 400, y: 100 } };
    const bounds = mapBounds(map, geometries);
    expect(bounds).toEqual({
      x: -10,
      y: 5,
      width: 410 + geometries.b.width,
      height: 95 + geometries.b.height,
    });
    const withRoute = mapBounds(map, geometries, { r: [{ x: 0, y: 1000 }] });
    expect(withRoute.height).toBe(995);
  });

  it('is empty when nothing is placed', () => {
    expect(mapBounds(chainMap(), {})).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

describe('routesBounds', () => {
  it('reaches from the leftmost and topmost box to the right and bottom ones', () => {
    // the bounds the minimap frames: a core process, an external party, another process
    const size = { width: 100, height: 50 };
    const positions = { a: { x: 0, y: 0 }, ext: { x: -200, y: 300 }, b: { x: 400, y: 100 } };
    expect(routesBounds(positions, { a: size, ext: size, b: size })).toEqual({
      x: -200,
      y: 0,
      width: 700,
      height: 350,
    });
  });
});
