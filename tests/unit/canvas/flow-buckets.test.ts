import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlowEdgeType } from '../../../src/canvas/flow-adapter';
import {
  bucketFlows,
  createFlowBucketer,
  createOrderBuilder,
} from '../../../src/canvas/flow-buckets';
import { sameItems } from '../../../src/model/lists';

const edge = (source: string, target: string): FlowEdgeType => ({
  id: `${source}->${target}`,
  source,
  target,
  type: 'flow',
});

/** Processes p0 … p(n-1), in map order. */
const orderOf = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`p${i}`, i]));

describe('flow buckets', () => {
  it('files a flow under the later of its two ends, in either direction', () => {
    // given processes p0…p9 in groups of four, and flows forward, backward and within a group
    const edges = [edge('p0', 'p1'), edge('p9', 'p2'), edge('p3', 'p4'), edge('p5', 'p6')];
    // when the flows are grouped
    const buckets = bucketFlows(edges, orderOf(10), 4);
    // then p0→p1 is in group 0; p3→p4 and p5→p6 in group 1; p9→p2 in group 2
    expect(buckets.map((b) => [b.key, b.edges.map((e) => e.id)])).toEqual([
      [0, ['p0->p1']],
      [1, ['p3->p4', 'p5->p6']],
      [2, ['p9->p2']],
    ]);
  });

  it('keeps every flow once, in flow order within its group, and groups in key order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
        fc.integer({ min: 1, max: 10 }),
        (n, pairs, size) => {
          const edges = pairs.map(([a, b]) => edge(`p${a % n}`, `p${b % n}`));
          const buckets = bucketFlows(edges, orderOf(n), size);
          expect(buckets.flatMap((b) => b.edges).length).toBe(edges.length);
          for (const b of buckets) {
            expect(b.edges.length).toBeGreaterThan(0);
            expect(b.edges).toEqual(edges.filter((e) => b.edges.includes(e)));
          }
          const keys = buckets.map((b) => b.key);
          expect(keys).toEqual([...keys].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('as a map mounts in order, adds flows only to the groups of the processes it mounts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 120 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        fc.nat(),
        (n, pairs, size, a, b) => {
          // given the flows of a map, and two moments of its mounting: the first `before`
          // processes on screen, then the first `after`
          const edges = pairs.map(([x, y]) => edge(`p${x % n}`, `p${y % n}`));
          const order = orderOf(n);
          const [before, after] = [a % n, b % n].sort((x, y) => x - y);
          const drawn = (count: number) =>
            bucketFlows(
              edges.filter((e) => order.get(e.source)! < count && order.get(e.target)! < count),
              order,
              size,
            );
          const earlier = new Map(drawn(before).map((g) => [g.key, g.edges]));
          // then every group that changed holds one of the processes mounted in between
          for (const group of drawn(after)) {
            if (sameItems(earlier.get(group.key) ?? [], group.edges)) continue;
            expect((group.key + 1) * size).toBeGreaterThan(before);
            expect(group.key * size).toBeLessThan(after);
          }
        },
      ),
    );
  });
});

describe('flow bucketer', () => {
  it('groups as bucketFlows does, and keeps every group whose flows are the same objects', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        // each step: which edges get a new object (a new route), or a whole new list
        fc.array(fc.oneof(fc.array(fc.nat(), { maxLength: 4 }), fc.constant('new' as const)), {
          maxLength: 6,
        }),
        (n, pairs, size, steps) => {
          const order = orderOf(n);
          const bucket = createFlowBucketer(size);
          let edges = pairs.map(([a, b], i) => ({
            ...edge(`p${a % n}`, `p${b % n}`),
            id: `f${i}`,
          }));
          let before = bucket(edges, order);
          expect(before).toEqual(bucketFlows(edges, order, size));
          for (const step of steps) {
            if (edges.length === 0) break;
            const changed = new Set<string>();
            if (step === 'new') edges = edges.slice(1);
            else {
              edges = edges.slice();
              for (const k of step) {
                const i = k % edges.length;
                edges[i] = { ...edges[i]!, zIndex: (edges[i]!.zIndex ?? 0) + 1 };
                changed.add(edges[i]!.id);
              }
            }
            const groups = bucket(edges, order);
            expect(groups).toEqual(bucketFlows(edges, order, size));
            if (step !== 'new') {
              // a group none of whose flows changed is the group it was
              for (const group of groups) {
                if (group.edges.some((e) => changed.has(e.id))) continue;
                expect(before.find((b) => b.key === group.key)).toBe(group);
              }
            }
            before = groups;
          }
        },
      ),
    );
  });
});

describe('order builder', () => {
  const nodes = (...ids: string[]) => ids.map((id) => ({ id }));

  it('numbers the nodes in order, and keeps its map while the ids are the same', () => {
    const build = createOrderBuilder();
    const first = build(nodes('a', 'b', 'c'));
    expect([...first]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    // when the same ids come again in new node objects (a node changed size)
    expect(build(nodes('a', 'b', 'c'))).toBe(first);
  });

  it('numbers them again when a process comes, goes or moves in the order', () => {
    const build = createOrderBuilder();
    const first = build(nodes('a', 'b'));
    const more = build(nodes('a', 'b', 'c'));
    expect(more).not.toBe(first);
    expect(more.get('c')).toBe(2);
    const swapped = build(nodes('b', 'a', 'c'));
    expect(swapped.get('b')).toBe(0);
    expect(build(nodes('b', 'c')).get('c')).toBe(1);
  });
});
