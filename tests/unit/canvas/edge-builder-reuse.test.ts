import { describe, expect, it } from 'vitest';
import { createEdgeBuilder } from '../../../src/canvas/flow-adapter';
import { deriveFlows } from '../../../src/model/flows';
import type { Process } from '../../../src/model/types';

const proc = (id: string, inputs: string[], outputs: string[]): Process => ({
  id,
  name: id,
  kind: 'process',
  inputs,
  outputs,
  activities: [],
  references: [],
});

describe('edge builder across renders', () => {
  const processes = [
    proc('a', [], ['Plan']),
    proc('b', ['Plan'], ['Report']),
    proc('c', ['Report'], []),
  ];
  const flows = deriveFlows(processes);
  const routes = () =>
    Object.fromEntries(
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
