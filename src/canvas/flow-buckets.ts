import type { FlowEdgeType } from './flow-adapter';

/** How many processes' flows share one SVG in the editor's flow layer. */
export const PROCESSES_PER_BUCKET = 32;

/** The flows of one group, and the group's place: the same processes keep the same key. */
export interface FlowBucket {
  key: number;
  edges: FlowEdgeType[];
}

/**
 * The flows grouped by the later of their two ends in the map's order, `size` processes to a
 * group, each group in flow order; groups without a flow are left out.
 *
 * A big map mounts its nodes in that order, and a flow is drawn once both its ends are
 * mounted: each frame of the mounting then adds flows only to the groups of the processes it
 * mounts. Drawn as one SVG per group, the browser lays out and repaints those groups and
 * keeps the rest; a single SVG of every flow would be laid out and painted whole in every
 * frame. An edit likewise repaints only the groups of the processes whose flows it changed.
 */
export function bucketFlows(
  edges: readonly FlowEdgeType[],
  indexOf: ReadonlyMap<string, number>,
  size: number = PROCESSES_PER_BUCKET,
): FlowBucket[] {
  return placed(edges, indexOf, size).buckets;
}

/** Buckets, and for edge i its bucket (`at[i]`) and its place in that bucket (`slot[i]`). */
interface Placed {
  buckets: FlowBucket[];
  at: Int32Array;
  slot: Int32Array;
}

function placed(
  edges: readonly FlowEdgeType[],
  indexOf: ReadonlyMap<string, number>,
  size: number,
): Placed {
  const byKey = new Map<number, FlowEdgeType[]>();
  const keyOf = new Int32Array(edges.length);
  const slot = new Int32Array(edges.length);
  edges.forEach((edge, i) => {
    const later = Math.max(indexOf.get(edge.source) ?? 0, indexOf.get(edge.target) ?? 0);
    const key = Math.floor(later / size);
    let bucket = byKey.get(key);
    if (!bucket) byKey.set(key, (bucket = []));
    keyOf[i] = key;
    slot[i] = bucket.push(edge) - 1;
  });
  const buckets = [...byKey]
    .sort((a, b) => a[0] - b[0])
    .map(([key, group]) => ({ key, edges: group }));
  const bucketAt = new Map(buckets.map((bucket, b) => [bucket.key, b]));
  const at = keyOf.map((key) => bucketAt.get(key)!);
  return { buckets, at, slot };
}

/**
 * {@link bucketFlows} across renders: when the edges are the same flows as before, in the
 * same order, and only some edge objects are new (a node grew, or is being dragged), only
 * the groups holding those edges are new and every other group is the same object, without
 * grouping thousands of flows again.
 */
export function createFlowBucketer(
  size: number = PROCESSES_PER_BUCKET,
): (edges: readonly FlowEdgeType[], indexOf: ReadonlyMap<string, number>) => FlowBucket[] {
  let last: (Placed & { edges: readonly FlowEdgeType[]; indexOf: object }) | undefined;
  const regroup = (edges: readonly FlowEdgeType[]): FlowBucket[] | undefined => {
    const before = last!;
    let buckets: FlowBucket[] | undefined;
    for (let i = 0; i < edges.length; i++) {
      const edge = edges[i]!;
      const old = before.edges[i]!;
      if (edge === old) continue;
      // The flow's id names its two ends: the same id, the same group.
      if (edge.id !== old.id) return undefined;
      buckets ??= before.buckets.slice();
      const b = before.at[i]!;
      if (buckets[b] === before.buckets[b])
        buckets[b] = { key: buckets[b]!.key, edges: buckets[b]!.edges.slice() };
      buckets[b]!.edges[before.slot[i]!] = edge;
    }
    return buckets ?? before.buckets;
  };
  return (edges, indexOf) => {
    const same = last && last.indexOf === indexOf && last.edges.length === edges.length;
    const buckets = same ? regroup(edges) : undefined;
    last = buckets
      ? { ...last!, edges, buckets }
      : { ...placed(edges, indexOf, size), edges, indexOf };
    return last.buckets;
  };
}

/**
 * Each node's place in the map by id, for {@link bucketFlows}: the previous map while the
 * nodes are the same ids in the same order, as after an edit that changes a node's size.
 */
export function createOrderBuilder(): (nodes: readonly { id: string }[]) => Map<string, number> {
  let ids: string[] = [];
  let order = new Map<string, number>();
  return (nodes) => {
    if (nodes.length === ids.length && nodes.every((node, i) => node.id === ids[i])) return order;
    ids = nodes.map((node) => node.id);
    order = new Map(ids.map((id, i) => [id, i]));
    return order;
  };
}
