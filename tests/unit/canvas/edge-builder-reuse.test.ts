import { describe, expect, it } from 'vitest';
import { createEdgeBuilder, createRouteBuilder } from '../../../src/canvas/flow-adapter';
import { mapGeometries } from '../../../src/layout/geometry';
import { edgeRoutes } from '../../../src/layout/routes';
import { deriveFlows } from '../../../src/model/flows';

import { bareProcess as proc } from '../support/maps';

// a → b → c, by "Plan" and "Report".
const processes = [
  proc('a', [], ['Plan']),
  proc('b', ['Plan'], ['Report']),
  proc('c', ['Report'], []),
];
const flows = deriveFlows(processes);

describe('edge builder across renders', () => {
  const routes = () =>
    new Map(
      flows.map((f, i) => [
        f.id,
        [
          { x: 0, y: i },
          { x: 50, y: i },
        ],
      ]),
    );

  it('returns the same array when no edge changed, so the canvas keeps its edges', () => {
    // given edges built once
    const build = createEdgeBuilder();
    const first = build(flows, routes(), new Set());

    // when they are built again from equal routes (new objects) and the same selection
    const second = build(flows, routes(), new Set());

    // then the very same array comes back
    expect(second).toBe(first);
  });

  it('returns a new array, reusing untouched edges, when one edge changed', () => {
    // given edges built once
    const build = createEdgeBuilder();
    const first = build(flows, routes(), new Set());

    // when a process is selected, which emphasises the flows it touches
    const second = build(flows, routes(), new Set(['c']));

    // then only the flow into c is a new edge
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.data!.highlighted).toBe(true);
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
    expect(second).toEqual(
      new Map(Object.entries(edgeRoutes({ positions: at(900) }, flows, geometries))),
    );
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
    expect(second).toEqual(new Map(Object.entries(edgeRoutes({ positions }, flows, geometries))));
  });
});
