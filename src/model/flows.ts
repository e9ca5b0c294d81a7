import { artifactKey, firstOfEach } from './keys';
import type { Flow, Process } from './types';

export interface ArtifactIndex {
  /** key → ids of processes that output it, in model order, each once. */
  producers: Map<string, string[]>;
  /** key → ids of processes that take it as input, in model order, each once. */
  consumers: Map<string, string[]>;
  /** `${processId}\u0000${key}` → the process's own spelling of that output. */
  spelling: Map<string, string>;
}

function addOnce(index: Map<string, string[]>, key: string, id: string): boolean {
  const list = index.get(key);
  if (!list) {
    index.set(key, [id]);
    return true;
  }
  // A process's names are indexed together, so a repeat of the same process is the last entry.
  if (list[list.length - 1] === id) return false;
  list.push(id);
  return true;
}

/** Indexes producers and consumers by artifact key: linear in the number of names. */
export function indexArtifacts(processes: readonly Process[]): ArtifactIndex {
  const producers = new Map<string, string[]>();
  const consumers = new Map<string, string[]>();
  const spelling = new Map<string, string>();
  for (const p of processes) {
    for (const output of p.outputs) {
      const key = artifactKey(output);
      if (key === '') continue;
      if (addOnce(producers, key, p.id)) spelling.set(`${p.id}\u0000${key}`, output.trim());
    }
    for (const input of p.inputs) {
      const key = artifactKey(input);
      if (key === '') continue;
      addOnce(consumers, key, p.id);
    }
  }
  return { producers, consumers, spelling };
}

/**
 * Every flow the matching rule derives: for each artifact key, every producer to every
 * consumer except itself, once per (producer, consumer, key). Order follows the model:
 * producers in process order, then consumers in process order. The label is the
 * producer's own spelling (its first output with that key, trimmed).
 */
export function deriveFlows(processes: readonly Process[], index = indexArtifacts(processes)): Flow[] {
  const flows: Flow[] = [];
  for (const p of processes) {
    const keys = p.outputs.map(artifactKey);
    const first = firstOfEach(keys);
    keys.forEach((key, i) => {
      if (key === '' || !first[i]) return;
      const consumers = index.consumers.get(key);
      if (!consumers) return;
      const artifact = p.outputs[i]!.trim();
      for (const to of consumers) {
        if (to === p.id) continue;
        flows.push({ id: `${p.id}->${to}:${key}`, from: p.id, to, key, artifact });
      }
    });
  }
  return flows;
}
