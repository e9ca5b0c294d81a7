import { describe, expect, it } from 'vitest';
import { arrowed } from '../../../src/layout/arrow-head';
import {
  createEdgeBuilder,
  createNodeBuilder,
  effectivePositions,
  fallbackPosition,
  summarizeProblems,
} from '../../../src/canvas/flow-adapter';
import { deriveFlows } from '../../../src/model/flows';
import type { Problem } from '../../../src/model/types';

import { bareProcess as proc } from '../support/maps';

const noProblems = new Map<string, Problem[]>();

describe('node builder', () => {
  it('gives each port a handle at the geometry position, inputs as targets and outputs as sources', () => {
    // given a process with one input and one output
    const build = createNodeBuilder();
    // when nodes are built
    const [node] = build(
      [proc('a', ['Risk criteria'], ['Risk register'])],
      { a: { x: 10, y: 20 } },
      noProblems,
      new Set(),
    );
    // then handles follow the ports and the node has the geometry's size
    const ports = node.data.geometry.ports;
    expect(node.handles?.map((h) => [h.id, h.type])).toEqual([
      ['in:risk criteria', 'target'],
      ['out:risk register', 'source'],
    ]);
    expect(node.handles?.[1].x).toBeCloseTo(ports[1].x - 4.5);
    expect(node.measured).toEqual({
      width: node.data.geometry.width,
      height: node.data.geometry.height,
    });
    expect(node.position).toEqual({ x: 10, y: 20 });
  });

  it('keeps the same node object when nothing about that process changed', () => {
    // given two processes built once
    const build = createNodeBuilder();
    const a = proc('a', [], ['X']);
    const b = proc('b', ['X']);
    const first = build([a, b], { a: { x: 0, y: 0 }, b: { x: 400, y: 0 } }, noProblems, new Set());
    // when only b moves
    const second = build([a, b], { a: { x: 0, y: 0 }, b: { x: 500, y: 0 } }, noProblems, new Set());
    // then a is the same object, b is new but keeps its data object
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1].data).toBe(first[1].data);
  });

  it('marks selected nodes and uses the external type for externals', () => {
    const build = createNodeBuilder();
    const nodes = build(
      [proc('a'), proc('reg', [], [], { kind: 'external' })],
      effectivePositions([proc('a'), proc('reg')], {}),
      noProblems,
      new Set(['reg']),
    );
    expect(nodes.map((n) => [n.type, n.selected])).toEqual([
      ['process', false],
      ['external', true],
    ]);
  });

  it('summarises problems with their count and worst severity', () => {
    const problems: Problem[] = [
      { severity: 'info', code: 'unused-output', process: 'a', message: 'unused' },
      { severity: 'warning', code: 'missing-owner', process: 'a', message: 'no owner' },
    ];
    expect(summarizeProblems(problems)).toEqual({
      count: 2,
      severity: 'warning',
      text: 'unused\nno owner',
    });
    expect(summarizeProblems([])).toBeUndefined();
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

describe('edge builder', () => {
  it('makes one edge per flow between the matching handles', () => {
    // given a producer and a consumer of "Risk register"
    const processes = [proc('a', [], ['Risk register']), proc('b', ['risk  REGISTER'])];
    const flows = deriveFlows(processes);
    const route = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    // when edges are built
    const edges = createEdgeBuilder()(flows, { [flows[0].id]: route }, new Set());
    // then the edge joins the output handle to the input handle with the producer's label
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      source: 'a',
      target: 'b',
      sourceHandle: 'out:risk register',
      targetHandle: 'in:risk register',
      data: { label: 'Risk register', highlighted: false },
    });
  });

  it('reuses an edge whose route is equal by value, and emphasises edges of selected processes', () => {
    const processes = [proc('a', [], ['X']), proc('b', ['X'])];
    const flows = deriveFlows(processes);
    const build = createEdgeBuilder();
    const first = build(
      flows,
      {
        [flows[0].id]: [
          { x: 0, y: 0 },
          { x: 50, y: 0 },
        ],
      },
      new Set(),
    );
    const same = build(
      flows,
      {
        [flows[0].id]: [
          { x: 0, y: 0 },
          { x: 50, y: 0 },
        ],
      },
      new Set(),
    );
    const selected = build(
      flows,
      {
        [flows[0].id]: [
          { x: 0, y: 0 },
          { x: 50, y: 0 },
        ],
      },
      new Set(['b']),
    );
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
