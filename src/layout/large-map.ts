import type { Flow } from '../model/types';

/**
 * Past this many flows a map is laid out as a large map: the flows of an artifact that
 * several processes produce are left out of ELK's graph and routed after the boxes are
 * placed, and the bands are placed in columns without ELK (band-columns.ts). Every
 * producer of a shared artifact flows to every consumer, so its flows are many and long:
 * on the generated map of 1,000 processes they were 37 % of the flows and made 97 % of
 * ELK's long-edge dummy nodes, and the layout took 27–35 s instead of 3–5 s. At or below
 * the limit (the starter map: 74 flows, the generated 100-process map: 475) every flow is
 * laid out by ELK, as before.
 */
export const SHARED_AFTER_MIN_FLOWS = 500;

/** True when a map of this many flows is laid out as a large map, unless told not to. */
export function isLargeMap(flowCount: number, largeMapLayout = true): boolean {
  return largeMapLayout && flowCount > SHARED_AFTER_MIN_FLOWS;
}

/** The flows ELK lays out, and those routed onto the placed boxes afterwards. */
export interface FlowSplit {
  laidOut: readonly Flow[];
  routedAfter: readonly Flow[];
}

/**
 * Splits a map's flows for the layout: on a large map (isLargeMap), the flows of artifacts
 * with more than one producer are routed after the layout; otherwise ELK lays out all of
 * them. Keeps the flows' order.
 *
 * @example
 * const { laidOut, routedAfter } = splitSharedFlows(deriveFlows(map.processes));
 */
export function splitSharedFlows(flows: readonly Flow[], largeMapLayout = true): FlowSplit {
  if (!isLargeMap(flows.length, largeMapLayout)) return { laidOut: flows, routedAfter: [] };
  const producers = new Map<string, string>();
  const shared = new Set<string>();
  for (const flow of flows) {
    const first = producers.get(flow.key);
    if (first === undefined) producers.set(flow.key, flow.from);
    else if (first !== flow.from) shared.add(flow.key);
  }
  const laidOut: Flow[] = [];
  const routedAfter: Flow[] = [];
  for (const flow of flows) (shared.has(flow.key) ? routedAfter : laidOut).push(flow);
  return { laidOut, routedAfter };
}
