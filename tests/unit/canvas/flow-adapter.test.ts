import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrowed } from '../../../src/layout/arrow-head';
import {
  createEdgeBuilder,
  createNodeBuilder,
  createPositionsBuilder,
  createShapeKeeper,
  effectivePositions,
  fallbackPosition,
} from '../../../src/canvas/flow-adapter';
import { RouteLookup } from '../../../src/canvas/route-lookup';
import { findPort, handleId, mapGeometries } from '../../../src/layout/geometry';
import { NO_FAN } from '../../../src/layout/link-fan';
import { deriveFlows } from '../../../src/model/flows';
import { deriveLinks } from '../../../src/model/links';

import { bareProcess as proc } from '../support/maps';

const none: ReadonlySet<string> = new Set();

describe('node builder', () => {
  it('gives each port a handle at the geometry position, inputs as targets and outputs as sources', () => {
    // given a process with one input and one output
    const build = createNodeBuilder();
    const processes = [proc('a', ['Risk criteria'], ['Risk register'])];
    const geometry = mapGeometries(processes).a;
    // when nodes are built
    const [node] = build(processes, { a: geometry }, { a: { x: 10, y: 20 } }, new Set());
    // then handles follow the ports and the node has the geometry's size
    expect(node.handles?.map((h) => [h.id, h.type])).toEqual([
      ['in:risk criteria', 'target'],
      ['out:risk register', 'source'],
    ]);
    expect(node.handles?.[1].x).toBeCloseTo(geometry.ports[1].x - 4.5);
    expect(node.measured).toEqual({ width: geometry.width, height: geometry.height });
    expect(node.position).toEqual({ x: 10, y: 20 });
  });

  it('keeps the same node object when nothing about that process changed', () => {
    // given two processes built once
    const build = createNodeBuilder();
    const a = proc('a', [], ['X']);
    const b = proc('b', ['X']);
    const geometries = mapGeometries([a, b]);
    const first = build([a, b], geometries, { a: { x: 0, y: 0 }, b: { x: 400, y: 0 } }, none);
    // when only b moves
    const second = build([a, b], geometries, { a: { x: 0, y: 0 }, b: { x: 500, y: 0 } }, none);
    // then a is the same object, b is new but keeps its data and handles
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1].data).toBe(first[1].data);
    expect(second[1].handles).toBe(first[1].handles);
  });

  it('gives back the very same array after a rename that keeps every node’s shape', () => {
    // given a built map
    const build = createNodeBuilder();
    const processes = [proc('a', [], ['X']), proc('b', ['X'])];
    const positions = { a: { x: 0, y: 0 }, b: { x: 400, y: 0 } };
    const first = build(processes, mapGeometries(processes), positions, none);
    // when b is renamed to a name of the same length
    const renamed = [processes[0], { ...processes[1], name: 'c' }];
    const second = build(renamed, mapGeometries(renamed), positions, none);
    // then React Flow gets the same nodes, so it has nothing to look at
    expect(second).toBe(first);
  });

  it('makes a new node when a rename changes its size, or its category its paint', () => {
    // given a built map
    const build = createNodeBuilder();
    const processes = [proc('a', [], ['X']), proc('b', ['X'])];
    const positions = { a: { x: 0, y: 0 }, b: { x: 400, y: 0 } };
    const first = build(processes, mapGeometries(processes), positions, none);
    // when b gets a name long enough to wrap, and a a category
    const long = 'A much longer process name that wraps onto more lines than one';
    const changed = [
      { ...processes[0], category: 'core' as const },
      { ...processes[1], name: long },
    ];
    const geometries = mapGeometries(changed);
    const second = build(changed, geometries, positions, none);
    // then both nodes are new: b with its new height, a with its new paint
    expect(geometries.b.height).toBeGreaterThan(first[1].measured!.height!);
    expect(second[1].measured!.height).toBe(geometries.b.height);
    expect(second[0].data.style).toBe('core');
    expect(first[0].data.style).toBe('none');
  });

  it('gives the nodes a fresh builder gives after any run of edits, keeping every node it can', () => {
    // an edit: rename one of three processes short or long, select one, move one, drop or
    // bring back the last one
    const edit = fc.record({
      at: fc.integer({ min: 0, max: 2 }),
      what: fc.constantFrom('short name', 'long name', 'select', 'move', 'drop last'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => {
        const build = createNodeBuilder();
        let processes = [proc('a', [], ['X']), proc('b', ['X']), proc('c', ['X'])];
        let shown = processes;
        let positions: Record<string, { x: number; y: number }> = effectivePositions(processes, {});
        let selection: ReadonlySet<string> = none;
        let before = build(shown, mapGeometries(shown), positions, selection);
        for (const { at, what } of edits) {
          const id = processes[at]!.id;
          if (what === 'short name' || what === 'long name') {
            const name = what === 'long name' ? `${id} with a name long enough to wrap` : id;
            processes = processes.map((p) => (p.id === id ? { ...p, name } : p));
          } else if (what === 'select') selection = new Set([id]);
          else if (what === 'move') positions = { ...positions, [id]: { x: at * 50, y: 900 } };
          shown = what === 'drop last' && shown.length === 3 ? processes.slice(0, 2) : processes;
          const geometries = mapGeometries(shown);
          const nodes = build(shown, geometries, positions, selection);
          // then the nodes are those a builder without a past would make
          expect(nodes).toEqual(createNodeBuilder()(shown, geometries, positions, selection));
          // and a node equal to the one before it is that very object
          for (const node of nodes) {
            const old = before.find((n) => n.id === node.id);
            if (old && JSON.stringify(old) === JSON.stringify(node)) expect(node).toBe(old);
          }
          before = nodes;
        }
      }),
    );
  });

  it('marks selected nodes and uses the external type for externals', () => {
    const build = createNodeBuilder();
    const processes = [proc('a'), proc('reg', [], [], { kind: 'external' })];
    const nodes = build(
      processes,
      mapGeometries(processes),
      effectivePositions(processes, {}),
      new Set(['reg']),
    );
    expect(nodes.map((n) => [n.type, n.selected, n.data.style])).toEqual([
      ['process', false, 'none'],
      ['external', true, 'external'],
    ]);
  });

  it('leaves out processes that have no geometry yet', () => {
    const build = createNodeBuilder();
    const processes = [proc('a'), proc('b')];
    const nodes = build(
      processes,
      { b: mapGeometries(processes).b },
      effectivePositions(processes, {}),
      none,
    );
    expect(nodes.map((n) => n.id)).toEqual(['b']);
  });
});

describe('positions', () => {
  it('uses the live drag position over the stored one, and a grid slot when there is none', () => {
    const processes = [proc('a'), proc('b'), proc('c')];
    const positions = effectivePositions(
      processes,
      { a: { x: 1, y: 1 }, b: { x: 2, y: 2 } },
      { b: { x: 9, y: 9 } },
    );
    expect(positions).toEqual({ a: { x: 1, y: 1 }, b: { x: 9, y: 9 }, c: fallbackPosition(2) });
  });
});

describe('positions builder', () => {
  it('gives back the previous object while every position is the same, a new one when one moved', () => {
    // given positions built once
    const build = createPositionsBuilder();
    const processes = [proc('a'), proc('b')];
    const first = build(processes, { a: { x: 0, y: 0 } });
    // when a process is renamed (new objects, same ids and places)
    const renamed = [{ ...processes[0], name: 'Renamed' }, processes[1]];
    // then the same object comes back
    expect(build(renamed, { a: { x: 0, y: 0 } })).toBe(first);
    // when one is dragged, then a new object has the live position
    const moved = build(renamed, { a: { x: 0, y: 0 } }, { b: { x: 5, y: 5 } });
    expect(moved).not.toBe(first);
    expect(moved.b).toEqual({ x: 5, y: 5 });
    // and a process more makes a new object too
    expect(build([...renamed, proc('c')], { a: { x: 0, y: 0 } })).not.toBe(moved);
  });

  it('keeps the previous object for the same stored positions only while the order is the same', () => {
    // given two unplaced processes in their grid slots, built from one stored object
    const build = createPositionsBuilder();
    const stored = {};
    const [a, b] = [proc('a'), proc('b')];
    const first = build([a, b], stored);
    // when one is renamed, then nothing moved
    expect(build([{ ...a, name: 'Renamed' }, b], stored)).toBe(first);
    // when the two swap places in the list, then they swap grid slots
    const swapped = build([b, a], stored);
    expect(swapped).toEqual({ a: fallbackPosition(1), b: fallbackPosition(0) });
  });
});

describe('shape keeper', () => {
  const processes = [proc('a', ['Plan'], ['Report']), proc('b', ['Report'])];
  const renamed = (name: string) => processes.map((p) => (p.id === 'a' ? { ...p, name } : p));

  it('keeps the geometries while every node keeps its size and ports', () => {
    // given the shapes of a map
    const keep = createShapeKeeper();
    const first = mapGeometries(processes);
    expect(keep(first)).toBe(first);
    // when a is renamed to a name as short: new geometries, each node the same shape
    const second = mapGeometries(renamed('A'));
    expect(second).not.toBe(first);
    // then the first geometries come back
    expect(keep(second)).toBe(first);
  });

  it('takes new geometries when a node grows, and when a process comes or goes', () => {
    const keep = createShapeKeeper();
    keep(mapGeometries(processes));
    // when a gets a name that wraps onto more lines
    const taller = mapGeometries(renamed('A much longer name that wraps onto several lines here'));
    expect(keep(taller)).toBe(taller);
    // when a process is added, and then taken away again
    const more = mapGeometries([...processes, proc('c', ['Report'])]);
    expect(keep(more)).toBe(more);
    const fewer = mapGeometries(processes.slice(0, 1));
    expect(keep(fewer)).toBe(fewer);
    // when b is replaced by a process of another id and the same shape
    const other = mapGeometries([processes[0]!, { ...processes[1]!, id: 'z' }]);
    const swapped = mapGeometries([processes[0]!, processes[1]!]);
    keep(swapped);
    expect(keep(other)).toBe(other);
  });
});

describe('edge builder', () => {
  it('makes one edge per pair of processes between the matching handles', () => {
    // given a producer and a consumer of "Risk register"
    const processes = [proc('a', [], ['Risk register']), proc('b', ['risk  REGISTER'])];
    const links = deriveLinks(deriveFlows(processes));
    const route = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    // when edges are built
    const edges = createEdgeBuilder()(
      links,
      RouteLookup.of(new Map([[links[0].id, route]])),
      new Set(),
      mapGeometries(processes),
    );
    // then the edge joins the output handle to the input handle with the producer's label
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      id: 'a->b',
      source: 'a',
      target: 'b',
      sourceHandle: 'out:risk register',
      targetHandle: 'in:risk register',
      data: { label: 'Risk register', highlighted: false, fan: NO_FAN },
    });
  });

  it('draws the flows of two artifacts between two processes as one edge that lists both and forks into both ports', () => {
    // given a producer of "Plan" and "Budget", and a consumer of both
    const processes = [proc('a', [], ['Plan', 'Budget']), proc('b', ['Budget', 'Plan'])];
    const geometries = mapGeometries(processes);
    const links = deriveLinks(deriveFlows(processes));
    // when edges are built
    const edges = createEdgeBuilder()(
      links,
      RouteLookup.of(
        new Map([
          [
            links[0].id,
            [
              { x: 0, y: 0 },
              { x: 100, y: 0 },
            ],
          ],
        ]),
      ),
      new Set(),
      geometries,
    );
    // then one edge carries both, from Plan's ports, and forks to Budget's ports
    expect(edges).toHaveLength(1);
    const [edge] = edges;
    expect(edge.data?.label).toBe('Plan, Budget');
    expect(edge.sourceHandle).toBe('out:plan');
    const port = (side: 'in' | 'out', key: string, id: string) =>
      findPort(geometries[id]!, handleId(side, key))!;
    expect(edge.data?.fan.out).toEqual([
      { x: 0, y: port('out', 'budget', 'a').y - port('out', 'plan', 'a').y },
    ]);
    expect(edge.data?.fan.in).toEqual([
      { x: 0, y: port('in', 'budget', 'b').y - port('in', 'plan', 'b').y },
    ]);
  });

  it('reuses an edge whose route is equal by value, and emphasises edges of selected processes', () => {
    const processes = [proc('a', [], ['X']), proc('b', ['X'])];
    const links = deriveLinks(deriveFlows(processes));
    const geometries = mapGeometries(processes);
    const build = createEdgeBuilder();
    const line = () =>
      RouteLookup.of(
        new Map([
          [
            links[0].id,
            [
              { x: 0, y: 0 },
              { x: 50, y: 0 },
            ],
          ],
        ]),
      );
    const first = build(links, line(), new Set(), geometries);
    const same = build(links, line(), new Set(), geometries);
    const selected = build(links, line(), new Set(['b']), geometries);
    expect(same[0]).toBe(first[0]);
    expect(selected[0].data?.highlighted).toBe(true);
  });
});

describe('arrowheads', () => {
  it('ends the line at the head and puts the tip on the port circle', () => {
    // given a route into a port at x = 100
    const { line, head } = arrowed(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
      8,
      4,
    );
    // then the tip touches the circle and the line stops at the head's base
    expect(head[0]).toEqual({ x: 96, y: 0 });
    expect(line[line.length - 1]).toEqual({ x: 88, y: 0 });
    expect(head.slice(1)).toEqual([
      { x: 88, y: 4 },
      { x: 88, y: -4 },
    ]);
  });
});
