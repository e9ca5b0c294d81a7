import type { ArtifactIndex } from '../model/flows';
import type { Flow } from '../model/types';

/** A neighbour of a process and the artifacts that pass between them. */
export interface Neighbour {
  process: string;
  /** Artifact names as the producer spells them, in flow order, each once. */
  artifacts: string[];
}

export interface Neighbourhood {
  /** Who feeds the process, with which artifacts. */
  upstream: Neighbour[];
  /** Who uses the process's outputs, with which artifacts. */
  downstream: Neighbour[];
}

/**
 * The direct neighbours of a process: its feeders and the users of its outputs, each with
 * the artifacts on the way, in the order the flows come (the map's order).
 *
 * @example
 * neighbourhood('risk-treatment', flows).upstream
 * // [{ process: 'risk-assessment', artifacts: ['Risk register'] }]
 */
export function neighbourhood(processId: string, flows: readonly Flow[]): Neighbourhood {
  const upstream = new Map<string, string[]>();
  const downstream = new Map<string, string[]>();
  for (const flow of flows) {
    if (flow.to === processId) addArtifact(upstream, flow.from, flow.artifact);
    if (flow.from === processId) addArtifact(downstream, flow.to, flow.artifact);
  }
  return { upstream: toNeighbours(upstream), downstream: toNeighbours(downstream) };
}

function addArtifact(index: Map<string, string[]>, process: string, artifact: string): void {
  const list = index.get(process);
  if (!list) index.set(process, [artifact]);
  else if (!list.includes(artifact)) list.push(artifact);
}

function toNeighbours(index: Map<string, string[]>): Neighbour[] {
  return [...index].map(([process, artifacts]) => ({ process, artifacts }));
}

/** Everyone an artifact passes through: who produces it and who consumes it. */
export interface ArtifactThread {
  producers: string[];
  consumers: string[];
}

/**
 * The thread of one artifact (by key, see `artifactKey`): every producer and every
 * consumer, in map order. Both lists are copies, safe to keep.
 *
 * @example
 * artifactThread('nonconformity', index)
 * // { producers: ['internal-audit', 'monitoring'], consumers: ['corrective-action'] }
 */
export function artifactThread(key: string, index: ArtifactIndex): ArtifactThread {
  return {
    producers: [...(index.producers.get(key) ?? [])],
    consumers: [...(index.consumers.get(key) ?? [])],
  };
}
