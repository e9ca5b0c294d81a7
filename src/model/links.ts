import { groupBy } from './lists';
import { memoByObject } from './memo';
import type { Flow } from './types';

/**
 * What the map draws as one arrow: every flow from one process to another, however many
 * artifacts they carry. Its `key` is the artifact whose ports the arrow runs between (the
 * producer's first), `artifact` the label listing every artifact, and `flows` the flows it
 * stands for (analysis, CSV and `check --json` stay per artifact).
 */
export interface Link extends Flow {
  /** Stable id: `${from}->${to}`. */
  id: string;
  /** The artifact keys the link carries, the producer's output order, `key` first. */
  keys: readonly string[];
  flows: readonly Flow[];
}

/** The id of the link from one process to another. */
export function linkId(from: string, to: string): string {
  return `${from}->${to}`;
}

/** The label of an arrow that carries these flows: their artifacts, comma separated. */
function linkLabel(flows: readonly Flow[]): string {
  return flows.map((flow) => flow.artifact).join(', ');
}

/**
 * One link per pair of processes with flows between them, in the order of their first flow
 * (the model's order). The same flows array gives the same links array, so a rename that
 * keeps the flows keeps the canvas's arrows too.
 *
 * @example
 * deriveLinks(flows).find((l) => l.id === 'risk-assessment->risk-treatment')?.artifact
 * // 'Risk register, Risk acceptance criteria'
 */
export const deriveLinks = memoByObject((flows: readonly Flow[]): Link[] => {
  const byPair = groupBy(flows, (flow) => linkId(flow.from, flow.to));
  const links: Link[] = [];
  for (const [id, carried] of byPair) {
    const first = carried[0]!;
    links.push({
      id,
      from: first.from,
      to: first.to,
      key: first.key,
      artifact: linkLabel(carried),
      keys: carried.map((flow) => flow.key),
      flows: carried,
    });
  }
  return links;
});
