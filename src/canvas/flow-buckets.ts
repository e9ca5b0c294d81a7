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
  const byKey = new Map<number, FlowEdgeType[]>();
  for (const edge of edges) {
    const later = Math.max(indexOf.get(edge.source) ?? 0, indexOf.get(edge.target) ?? 0);
    const key = Math.floor(later / size);
    const bucket = byKey.get(key);
    if (bucket) bucket.push(edge);
    else byKey.set(key, [edge]);
  }
  return [...byKey].sort((a, b) => a[0] - b[0]).map(([key, group]) => ({ key, edges: group }));
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
