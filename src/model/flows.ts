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
  /** The entry of each input key, by position (undefined for an empty name). */
  inputEntries?: (ArtifactEntry | undefined)[][];
  /** The entry of each output key, by position (undefined for an empty name). */
  outputEntries?: (ArtifactEntry | undefined)[][];
}

/** One artifact key with its producers and consumers (the lists the index's maps hold; empty when none). */
export interface ArtifactEntry {
  key: string;
  producers: readonly string[];
  consumers: readonly string[];
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

const NONE: readonly string[] = Object.freeze([]);

/**
 * The entries of `keys` (one process's input or output keys): `stored` when the index was
 * made from this very array, else looked up by key.
 */
export function entriesOf(
  keys: readonly string[],
  stored: (ArtifactEntry | undefined)[] | undefined,
  index: ArtifactIndex,
): (ArtifactEntry | undefined)[] {
  return (
    stored ??
    keys.map((key) =>
      key === ''
        ? undefined
        : {
            key,
            producers: index.producers.get(key) ?? NONE,
            consumers: index.consumers.get(key) ?? NONE,
          },
    )
  );
}

/** The stored entries of an index made from this very `processes` array, if any. */
export function storedEntries(
  processes: readonly Process[],
  index: ArtifactIndex,
): Pick<ProcessKeys, 'inputEntries' | 'outputEntries'> {
  return index.keys?.processes === processes ? index.keys : {};
}

interface Entry {
  key: string;
  producers: string[];
  consumers: string[];
}

/** Adds `id` to a list unless it is already its last entry; `NONE` turns into a new list. */
function addOnce(entry: Entry, side: 'producers' | 'consumers', id: string): boolean {
  const list = entry[side];
  if (list === NONE) {
    entry[side] = [id];
    return true;
  }
  // A process's names are indexed together, so a repeat of the same process is the last entry.
  if (list[list.length - 1] === id) return false;
  list.push(id);
  return true;
}

/**
 * Indexes producers and consumers by artifact key: linear in the number of names. Each
 * key is looked up once; flows and analysis then read each name's entry by position.
 */
export function indexArtifacts(processes: readonly Process[]): ArtifactIndex {
  const entries = new Map<string, Entry>();
  // Keys in the order they were first produced and first consumed: the order of the maps.
  const produced: Entry[] = [];
  const consumed: Entry[] = [];
  const entryOf = (key: string): Entry | undefined => {
    if (key === '') return undefined;
    let entry = entries.get(key);
    if (!entry)
      entries.set(key, (entry = { key, producers: NONE as string[], consumers: NONE as string[] }));
    return entry;
  };
  const keys: Required<ProcessKeys> = {
    processes,
    inputs: [],
    outputs: [],
    inputEntries: [],
    outputEntries: [],
  };
  for (const p of processes) {
    const outputKeys = p.outputs.map(artifactKey);
    const inputKeys = p.inputs.map(artifactKey);
    const outputEntries = outputKeys.map(entryOf);
    const inputEntries = inputKeys.map(entryOf);
    keys.outputs.push(outputKeys);
    keys.inputs.push(inputKeys);
    keys.outputEntries.push(outputEntries);
    keys.inputEntries.push(inputEntries);
    for (const entry of outputEntries) {
      if (entry && entry.producers === NONE) produced.push(entry);
      if (entry) addOnce(entry, 'producers', p.id);
    }
    for (const entry of inputEntries) {
      if (entry && entry.consumers === NONE) consumed.push(entry);
      if (entry) addOnce(entry, 'consumers', p.id);
    }
  }
  const index = { keys } as ArtifactIndex;
  // Flows and analysis read the entries, so the maps by key are made on first use.
  let producers: Map<string, string[]> | undefined;
  let consumers: Map<string, string[]> | undefined;
  let spelling: Map<string, string> | undefined;
  Object.defineProperties(index, {
    producers: {
      enumerable: true,
      get: () => (producers ??= new Map(produced.map((e) => [e.key, e.producers]))),
    },
    consumers: {
      enumerable: true,
      get: () => (consumers ??= new Map(consumed.map((e) => [e.key, e.consumers]))),
    },
    spelling: { enumerable: true, get: () => (spelling ??= spellings(keys)) },
  });
  producedBy.set(index, {
    keys: () => produced.map((e) => e.key),
    of: (key) => {
      const list = entries.get(key)?.producers;
      return list && list.length > 0 ? list : undefined;
    },
  });
  return index;
}

/** The produced keys in the order first produced, and the producers of a key. */
export interface ProducerLookup {
  keys(): string[];
  of(key: string): readonly string[] | undefined;
}

const producedBy = new WeakMap<ArtifactIndex, ProducerLookup>();

/**
 * Producers by key, from the index's own entries when it has them, so asking does not
 * build the whole producers map.
 */
export function producerLookup(index: ArtifactIndex): ProducerLookup {
  return (
    producedBy.get(index) ?? {
      keys: () => [...index.producers.keys()],
      of: (key) => index.producers.get(key),
    }
  );
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
  const { outputEntries } = storedEntries(processes, index);
  processes.forEach((p, n) => {
    const keys = outputKeysOf(processes, n, index);
    const entries = entriesOf(keys, outputEntries?.[n], index);
    const first = keys.length > 16 ? firstOfEach(keys) : undefined;
    keys.forEach((key, i) => {
      if (key === '' || (first ? !first[i] : keys.indexOf(key) !== i)) return;
      const consumers = entries[i]!.consumers;
      if (consumers.length === 0) return;
      const artifact = p.outputs[i]!.trim();
      for (const to of consumers) {
        if (to === p.id) continue;
        flows.push({ id: `${p.id}->${to}:${key}`, from: p.id, to, key, artifact });
      }
    });
  });
  return flows;
}
