import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEdgeBuilder, createRouteBuilder } from '../../../src/canvas/flow-adapter';
import { RouteLookup } from '../../../src/canvas/route-lookup';
import { mapGeometries } from '../../../src/layout/geometry';
import { edgeRoutes } from '../../../src/layout/routes';
import { deriveFlows } from '../../../src/model/flows';
import { deriveLinks } from '../../../src/model/links';

import { bareProcess as proc } from '../support/maps';

// a → b → c, by "Plan" and "Report".
const processes = [
  proc('a', [], ['Plan']),
  proc('b', ['Plan'], ['Report']),
  proc('c', ['Report'], []),
];
const flows = deriveLinks(deriveFlows(processes));
const shapes = mapGeometries(processes);

/** Every flow's route in `routes`, by flow id. */
function everyRoute(routes: RouteLookup) {
  return Object.fromEntries(flows.map((f) => [f.id, routes.get(f.id)]));
}

describe('edge builder across renders', () => {
  const routes = () =>
    RouteLookup.of(
      new Map(
        flows.map((f, i) => [
          f.id,
          [
            { x: 0, y: i },
            { x: 50, y: i },
          ],
        ]),
      ),
    );

  it('returns the same array when no edge changed, so the canvas keeps its edges', () => {
    // given edges built once
    const build = createEdgeBuilder();
    const first = build(flows, routes(), new Set(), shapes);

    // when they are built again from equal routes (new objects) and the same selection
    const second = build(flows, routes(), new Set(), shapes);

    // then the very same array comes back
    expect(second).toBe(first);
  });

  it('returns a new array, reusing untouched edges, when one edge changed', () => {
    // given edges built once
    const build = createEdgeBuilder();
    const first = build(flows, routes(), new Set(), shapes);

    // when a process is selected, which emphasises the flows it touches
    const second = build(flows, routes(), new Set(['c']), shapes);

    // then only the flow into c is a new edge
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.data!.highlighted).toBe(true);
  });
});

describe('edge builder when only routes change', () => {
  const line = (y: number) => [
    { x: 0, y },
    { x: 50, y },
  ];
  /** Flow i along a line at height heights[i]. */
  const lines = (heights: number[]) =>
    RouteLookup.of(new Map(flows.map((f, i) => [f.id, line(heights[i]!)])));
  const selection = new Set<string>();

  it('makes a new edge only for the flow whose route changed', () => {
    // given edges built once
    const build = createEdgeBuilder();
    const first = build(flows, lines([0, 1]), selection, shapes);
    // when c grows, which moves the route of the flow into it, the selection as it was
    const routes = lines([0, 9]);
    const second = build(flows, routes, selection, shapes);
    // then the flow a → b keeps its edge, b → c has a new one along the new route
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]!.data!.route).toEqual(line(9));
    // and the edges are those a builder without a past would make
    expect(second).toEqual(createEdgeBuilder()(flows, routes, selection, shapes));
  });

  it('drops the edge of a flow that lost its route', () => {
    const build = createEdgeBuilder();
    build(flows, lines([0, 1]), selection, shapes);
    const edges = build(
      flows,
      RouteLookup.of(new Map([[flows[0]!.id, line(0)]])),
      selection,
      shapes,
    );
    expect(edges.map((e) => e.id)).toEqual([flows[0]!.id]);
  });

  it('gives the edges a fresh builder gives, after any run of route changes', () => {
    // a route: none, too short, or a line at some height (equal heights are equal routes)
    const route = fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined });
    // the routes of a step: new ones, or these over the last ones (as the route builder
    // makes them when nodes move), or over routes the edge builder never saw
    const how = fc.constantFrom('new', 'over', 'over unseen');
    const step = fc.record({ heights: fc.tuple(route, route), how });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const build = createEdgeBuilder();
        let before: ReturnType<typeof build> = [];
        let last: RouteLookup | undefined;
        for (const { heights, how } of steps) {
          const given = new Map<string, ReturnType<typeof line>>();
          heights.forEach((y, i) => {
            if (y === undefined) return;
            given.set(flows[i]!.id, y === 0 ? [{ x: 0, y: 0 }] : line(y));
          });
          let routes = RouteLookup.of(given);
          if (last && how !== 'new') {
            const seen = how === 'over' ? last : last.with(new Map([[flows[0]!.id, line(7)]]));
            routes = seen.with(given);
          }
          last = routes;
          const edges = build(flows, routes, selection, shapes);
          const all = new Map<string, ReturnType<typeof line>>();
          for (const flow of flows) {
            const found = routes.get(flow.id);
            if (found) all.set(flow.id, found);
          }
          expect(edges).toEqual(createEdgeBuilder()(flows, RouteLookup.of(all), selection, shapes));
          // an edge whose route is the same by value is the same object
          for (const edge of edges) {
            const old = before.find((e) => e.id === edge.id);
            if (old && JSON.stringify(old.data) === JSON.stringify(edge.data))
              expect(edge).toBe(old);
          }
          before = edges;
        }
      }),
    );
  });
});

describe('route builder across renders', () => {
  const geometries = mapGeometries(processes);
  const at = (x: number) => ({ a: { x: 0, y: 0 }, b: { x: 400, y: 0 }, c: { x, y: 0 } });

  it('re-routes only the flows whose ends moved, the same as routing them all', () => {
    // given routes built once
    const build = createRouteBuilder();
    const first = build(flows, at(800), geometries, undefined);

    // when c moves (positions are new objects, a and b at the same places)
    const second = build(flows, at(900), geometries, undefined);

    // then the flow a → b keeps its route array, b → c is new, and all match edgeRoutes
    expect(second.get(flows[0]!.id)).toBe(first.get(flows[0]!.id));
    expect(second.get(flows[1]!.id)).not.toEqual(first.get(flows[1]!.id));
    expect(everyRoute(second)).toEqual(edgeRoutes({ positions: at(900) }, flows, geometries));
  });
});

describe('route builder on edits that move nothing', () => {
  const positions = { a: { x: 0, y: 0 }, b: { x: 400, y: 0 }, c: { x: 800, y: 0 } };

  it('returns the very same routes when a rename leaves every node its shape', () => {
    // given routes built once
    const build = createRouteBuilder();
    const first = build(flows, positions, mapGeometries(processes), undefined);
    // when b is renamed to a name of the same size: a new geometry object, the same ports
    const renamed = processes.map((p) => (p.id === 'b' ? { ...p, name: 'B' } : p));
    const second = build(flows, { ...positions }, mapGeometries(renamed), undefined);
    // then nothing is routed again
    expect(second).toBe(first);
  });

  it('re-routes the flows of a node whose ports moved, the same as routing them all', () => {
    // given routes built once
    const build = createRouteBuilder();
    const first = build(flows, positions, mapGeometries(processes), undefined);
    // when b gets a long name that wraps onto more lines, moving its ports down
    const renamed = processes.map((p) =>
      p.id === 'b' ? { ...p, name: 'A much longer name that wraps onto several lines here' } : p,
    );
    const geometries = mapGeometries(renamed);
    const second = build(flows, positions, geometries, undefined);
    // then both of b's flows have new routes, equal to routing everything afresh
    expect(second).not.toBe(first);
    expect(second.get(flows[0]!.id)).not.toEqual(first.get(flows[0]!.id));
    expect(everyRoute(second)).toEqual(edgeRoutes({ positions }, flows, geometries));
  });
});

describe('route builder through any run of edits', () => {
  it('gives every flow the route that routing them all afresh gives', () => {
    // an edit: move a process, or give it a short or a long name (a new shape); and with it,
    // maybe draw only the first flow or all of them again (as a big map's mounting adds flows)
    const edit = fc.record({
      at: fc.constantFrom('a', 'b', 'c'),
      what: fc.constantFrom('move', 'short name', 'long name'),
      draw: fc.constantFrom('as before', 'first flow', 'all flows'),
      x: fc.integer({ min: -400, max: 1200 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const build = createRouteBuilder();
        let current = processes;
        let positions: Record<string, { x: number; y: number }> = {
          a: { x: 0, y: 0 },
          b: { x: 400, y: 0 },
          c: { x: 800, y: 0 },
        };
        let drawn = flows;
        build(drawn, positions, mapGeometries(current), undefined);
        for (const { at, what, draw, x } of edits) {
          if (draw === 'first flow') drawn = flows.slice(0, 1);
          else if (draw === 'all flows') drawn = flows;
          if (what === 'move') positions = { ...positions, [at]: { x, y: x / 2 } };
          else {
            const name = what === 'long name' ? `${at} with a name long enough to wrap` : at;
            current = current.map((p) => (p.id === at ? { ...p, name } : p));
          }
          const geometries = mapGeometries(current);
          const routes = build(drawn, positions, geometries, undefined);
          expect(everyRoute(routes)).toEqual(edgeRoutes({ positions }, drawn, geometries));
        }
      }),
    );
  });
});
