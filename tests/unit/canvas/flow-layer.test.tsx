// @vitest-environment jsdom
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FlowEdgeType } from '../../../src/canvas/flow-adapter';
import { PROCESSES_PER_BUCKET as SIZE } from '../../../src/canvas/flow-buckets';
import { FlowLayer } from '../../../src/canvas/FlowLayer';
import { NO_FAN } from '../../../src/layout/link-fan';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// React Flow observes its pane's size; jsdom has no layout to observe.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const N = 4 * SIZE;
const order = new Map(Array.from({ length: N }, (_, i) => [`p${i}`, i]));

function edge(from: number, to: number, highlighted = false): FlowEdgeType {
  return {
    id: `p${from}->p${to}`,
    source: `p${from}`,
    target: `p${to}`,
    type: 'flow',
    data: {
      route: [
        { x: from * 10, y: 0 },
        { x: to * 10, y: 50 },
      ],
      fan: NO_FAN,
      label: `a${from}`,
      highlighted,
    },
  };
}

// A chain through every process, and from each group's first process a flow back to p0.
const all = [
  ...Array.from({ length: N - 1 }, (_, i) => edge(i, i + 1)),
  ...Array.from({ length: 4 }, (_, g) => edge(g * SIZE + 1, 0)),
];
/** The flows drawn while the first `count` processes are mounted. */
const drawnWith = (count: number) =>
  all.filter((e) => order.get(e.source)! < count && order.get(e.target)! < count);

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const show = (edges: FlowEdgeType[], { bundled = false, gradual = false } = {}) =>
  act(() =>
    root.render(
      <ReactFlowProvider>
        <ReactFlow nodes={[]}>
          <FlowLayer edges={edges} order={order} bundled={bundled} gradual={gradual} />
        </ReactFlow>
      </ReactFlowProvider>,
    ),
  );
const nextFrame = () => act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
const wholeFlows = () => container.querySelectorAll('[data-testid="flow-edge"]').length;
const bundles = () => [...container.querySelectorAll('[data-testid="flow-bundle"]')];
const groups = () => [...container.querySelectorAll('svg.pm-flows')];
const flowIds = (svg: Element) =>
  [...svg.querySelectorAll('[data-testid="flow-edge"]')].map((g) => g.getAttribute('data-flow-id'));

/** The flow groups (by their place among the SVGs) whose DOM changed while `change` ran. */
function touchedBy(change: () => void): number[] {
  const observer = new MutationObserver(() => {});
  observer.observe(container, { subtree: true, childList: true, attributes: true });
  change();
  const touched = new Set<Element>();
  for (const record of observer.takeRecords()) {
    const target = record.target as Element;
    const svg = target.closest?.('svg.pm-flows') ?? (record.addedNodes[0] as Element | undefined);
    if (svg?.matches?.('svg.pm-flows')) touched.add(svg);
  }
  observer.disconnect();
  return groups()
    .map((svg, i) => (touched.has(svg) ? i : -1))
    .filter((i) => i >= 0);
}

describe('flow layer', () => {
  it('draws each group of processes’ flows in an SVG of its own', () => {
    show(all);
    // four groups; the back flow from p(g·SIZE+1) is in group g, the chain's last flow of a
    // group is in the next one
    expect(groups()).toHaveLength(4);
    expect(flowIds(groups()[1])).toContain(`p${SIZE + 1}->p0`);
    expect(flowIds(groups()[1])).toContain(`p${SIZE - 1}->p${SIZE}`);
    expect(groups().flatMap(flowIds)).toHaveLength(all.length);
  });

  it('while a map mounts, leaves the groups of processes already mounted untouched', () => {
    // given the first two groups of processes mounted, with their flows
    show(drawnWith(2 * SIZE));
    expect(groups()).toHaveLength(2);
    // when the third group mounts
    const touched = touchedBy(() => show(drawnWith(3 * SIZE)));
    // then only its own SVG was created; the two before it kept their DOM
    expect(touched).toEqual([2]);
    expect(groups().flatMap(flowIds)).toHaveLength(drawnWith(3 * SIZE).length);
  });

  it('redraws only the group of a flow that changed', () => {
    show(all);
    // when the flow from p(SIZE·2+5) is emphasised (its process selected)
    const from = 2 * SIZE + 5;
    const changed = all.map((e) => (e.source === `p${from}` ? edge(from, from + 1, true) : e));
    const touched = touchedBy(() => show(changed));
    // then its group alone changed, and the flow shows as emphasised
    expect(touched).toEqual([2]);
    expect(container.querySelectorAll('.pm-flow--highlighted')).toHaveLength(1);
  });

  it('zoomed out on a big map, draws each group as one path of lines and one of heads', () => {
    // given every flow, one of them emphasised (its process selected)
    const from = SIZE + 3;
    const edges = all.map((e) => (e.source === `p${from}` ? edge(from, from + 1, true) : e));
    // when drawn bundled
    show(edges, { bundled: true });
    // then each group is a bundle holding a line for each of its quiet flows
    expect(bundles()).toHaveLength(4);
    const drawn = bundles().map((path) => path.getAttribute('d')!.split('M').length - 1);
    expect(drawn.reduce((a, b) => a + b, 0)).toBe(all.length - 1);
    // and only the emphasised flow is an element of its own, on top of its group's bundle
    expect(wholeFlows()).toBe(1);
    const emphasised = container.querySelector(`[data-flow-id="p${from}->p${from + 1}"]`)!;
    expect(emphasised.closest('svg')).toBe(groups()[1]);
    expect(emphasised.previousElementSibling?.classList.contains('pm-flow__head')).toBe(true);
  });

  it('zoomed in again, draws the flows whole over a few frames, group by group', async () => {
    // given a big map's flows drawn bundled
    show(all, { bundled: true, gradual: true });
    expect(wholeFlows()).toBe(0);
    // when zoomed in: the first groups become whole while the others stay bundled
    show(all, { gradual: true });
    for (let i = 0; i < 20 && wholeFlows() === 0; i += 1) await nextFrame();
    expect(wholeFlows()).toBeGreaterThan(0);
    expect(wholeFlows()).toBeLessThan(all.length);
    expect(bundles().length).toBeGreaterThan(0);
    // then, frames later, every flow is whole and no bundle is left
    for (let i = 0; i < 20 && wholeFlows() < all.length; i += 1) await nextFrame();
    expect(wholeFlows()).toBe(all.length);
    expect(bundles()).toHaveLength(0);
    // and zoomed out again, every group is a bundle at once
    show(all, { bundled: true, gradual: true });
    expect(wholeFlows()).toBe(0);
    expect(bundles()).toHaveLength(4);
  });
});
