import { artifactKey, firstOfEach } from './keys';
import type { Flow, Process } from './types';

export interface ArtifactIndex {
  /** key → ids of processes that output it, in model order, each once. */
  producers: Map<string, string[]>;
  /** key → ids of processes that take it as input, in model order, each once. */
  consumers: Map<string, string[]>;
  /** `${processId}\u0000${key}` → the process's own spelling of that output (made on first read). */
  spelling: Map<string, string>;
  /**
   * The keys of each indexed process's inputs and outputs, by position, so flows and
   * analysis of the same `processes` array reuse them instead of keying every name again.
   */
  keys?: ProcessKeys;
}

export interface ProcessKeys {
  /** The array the keys were made from; they apply only to it. */
  processes: readonly Process[];
  inputs: string[][];
  outputs: string[][];
}

/** The output keys of `processes[i]`, from the index when it was made from this very array. */
export function outputKeysOf(
  processes: readonly Process[],
  i: number,
  index: ArtifactIndex | undefined,
): string[] {
  return index?.keys?.processes === processes
    ? index.keys.outputs[i]!
    : processes[i]!.outputs.map(artifactKey);
}

/** The input keys of `processes[i]`, from the index when it was made from this very array. */
export function inputKeysOf(
  processes: readonly Process[],
  i: number,
  index: ArtifactIndex | undefined,
): string[] {
  return index?.keys?.processes === processes
    ? index.keys.inputs[i]!
    : processes[i]!.inputs.map(artifactKey);
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
  const keys: ProcessKeys = { processes, inputs: [], outputs: [] };
  for (const p of processes) {
    const outputKeys = p.outputs.map(artifactKey);
    const inputKeys = p.inputs.map(artifactKey);
    keys.outputs.push(outputKeys);
    keys.inputs.push(inputKeys);
    for (const key of outputKeys) if (key !== '') addOnce(producers, key, p.id);
    for (const key of inputKeys) if (key !== '') addOnce(consumers, key, p.id);
  }
  const index = { producers, consumers, keys } as ArtifactIndex;
  // Few callers read spellings by id, so that map is made on first use.
  let spelling: Map<string, string> | undefined;
  Object.defineProperty(index, 'spelling', {
    enumerable: true,
    get: () => (spelling ??= spellings(keys)),
  });
  return index;
}

/** `${processId}\u0000${key}` → the process's first spelling of that output; the first process of an id wins. */
function spellings(keys: ProcessKeys): Map<string, string> {
  const spelling = new Map<string, string>();
  keys.processes.forEach((p, n) => {
    keys.outputs[n]!.forEach((key, i) => {
      const entry = `${p.id}\u0000${key}`;
      if (key !== '' && !spelling.has(entry)) spelling.set(entry, p.outputs[i]!.trim());
    });
  });
  return spelling;
}

/**
 * Every flow the matching rule derives: for each artifact key, every producer to every
 * consumer except itself, once per (producer, consumer, key). Order follows the model:
 * producers in process order, then consumers in process order. The label is the
 * producer's own spelling (its first output with that key, trimmed).
 */
export function deriveFlows(
  processes: readonly Process[],
  index = indexArtifacts(processes),
): Flow[] {
  const flows: Flow[] = [];
  processes.forEach((p, n) => {
    const keys = outputKeysOf(processes, n, index);
    const first = keys.length > 16 ? firstOfEach(keys) : undefined;
    keys.forEach((key, i) => {
      if (key === '' || (first ? !first[i] : keys.indexOf(key) !== i)) return;
      const consumers = index.consumers.get(key);
      if (!consumers) return;
      const artifact = p.outputs[i]!.trim();
      for (const to of consumers) {
        if (to === p.id) continue;
        flows.push({ id: `${p.id}->${to}:${key}`, from: p.id, to, key, artifact });
      }
    });
  });
  return flows;
}
