import { artifactKey } from './keys';
import type { Flow, Process } from './types';

export interface ArtifactIndex {
  /** key → ids of processes that output it, in model order, each once. */
  producers: Map<string, string[]>;
  /** key → ids of processes that take it as input, in model order, each once. */
  consumers: Map<string, string[]>;
  /** `${processId}\u0000${key}` → the process's own spelling of that output (made on first read). */
  spelling: Map<string, string>;
  /**
   * The entry of each indexed process's inputs and outputs, by position, so flows and
   * analysis of the same `processes` array reuse them instead of keying every name again.
   */
  keys?: ProcessKeys;
}

/**
 * The artifact entry of every input and every output of `processes`, one flat list each,
 * process after process: process `n`'s outputs are `outputs[outputStart[n]]` up to
 * `outputs[outputStart[n + 1]]`. A slot is `undefined` for an empty name and `null` for a
 * key the same process already named in an earlier slot (flows and problems count a key
 * once per process). One list per side instead of several small arrays a process, because
 * a map of 10,000 processes would otherwise make 40,000 of them.
 */
export interface ProcessKeys {
  /** The array the entries were made from; they apply only to it. */
  processes: readonly Process[];
  inputs: Slot[];
  inputStart: Int32Array;
  outputs: Slot[];
  outputStart: Int32Array;
}

/** One artifact key with its producers and consumers (the lists the index's maps hold; empty when none). */
export interface ArtifactEntry {
  key: string;
  producers: readonly string[];
  consumers: readonly string[];
}

/** An input's or output's entry: `undefined` for an empty name, `null` for a repeat within its process. */
export type Slot = ArtifactEntry | undefined | null;

const NONE: readonly string[] = Object.freeze([]);

interface Entry {
  key: string;
  producers: string[];
  consumers: string[];
  /** The last process (by position) that named it as output / input while keying. */
  lastOutput: number;
  lastInput: number;
}

const newEntry = (key: string, producers: string[], consumers: string[]): Entry => ({
  key,
  producers,
  consumers,
  lastOutput: -1,
  lastInput: -1,
});

/**
 * Keys every name of `processes` once, in model order, and gives each slot the entry
 * `entryOf` has for its key (one entry object a key, so repeats are spotted by identity).
 */
function keyNames(processes: readonly Process[], entryOf: (key: string) => Entry): ProcessKeys {
  let inputCount = 0;
  let outputCount = 0;
  for (const p of processes) {
    inputCount += p.inputs.length;
    outputCount += p.outputs.length;
  }
  const keys: ProcessKeys = {
    processes,
    inputs: new Array<Slot>(inputCount),
    inputStart: new Int32Array(processes.length + 1),
    outputs: new Array<Slot>(outputCount),
    outputStart: new Int32Array(processes.length + 1),
  };
  let input = 0;
  let output = 0;
  for (let n = 0; n < processes.length; n += 1) {
    const p = processes[n]!;
    keys.outputStart[n] = output;
    for (const name of p.outputs) {
      const key = artifactKey(name);
      let slot: Slot;
      if (key !== '') {
        const entry = entryOf(key);
        slot = entry.lastOutput === n ? null : entry;
        entry.lastOutput = n;
      }
      keys.outputs[output++] = slot;
    }
    keys.inputStart[n] = input;
    for (const name of p.inputs) {
      const key = artifactKey(name);
      let slot: Slot;
      if (key !== '') {
        const entry = entryOf(key);
        slot = entry.lastInput === n ? null : entry;
        entry.lastInput = n;
      }
      keys.inputs[input++] = slot;
    }
  }
  keys.outputStart[processes.length] = output;
  keys.inputStart[processes.length] = input;
  return keys;
}

/**
 * The entries of the inputs and outputs of `processes`: the index's own when it was made
 * from this very array, else each key looked up in the index's maps.
 */
export function processKeys(processes: readonly Process[], index: ArtifactIndex): ProcessKeys {
  if (index.keys?.processes === processes) return index.keys;
  const entries = new Map<string, Entry>();
  return keyNames(processes, (key) => {
    let entry = entries.get(key);
    if (!entry) {
      entry = newEntry(
        key,
        index.producers.get(key) ?? (NONE as string[]),
        index.consumers.get(key) ?? (NONE as string[]),
      );
      entries.set(key, entry);
    }
    return entry;
  });
}

/** Adds `id` to a list unless it is already its last entry; `NONE` turns into a new list. */
function addOnce(list: string[], id: string): string[] {
  if (list === NONE) return [id];
  // A process's names are indexed together, so a repeat of the same id is the last entry.
  if (list[list.length - 1] !== id) list.push(id);
  return list;
}

/**
 * Indexes producers and consumers by artifact key: linear in the number of names. Each
 * name is keyed once; flows and analysis then read each name's entry by position.
 */
export function indexArtifacts(processes: readonly Process[]): ArtifactIndex {
  const entries = new Map<string, Entry>();
  const keys = keyNames(processes, (key) => {
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = newEntry(key, NONE as string[], NONE as string[])));
    return entry;
  });
  // Keys in the order they were first produced and first consumed: the order of the maps.
  const produced: Entry[] = [];
  const consumed: Entry[] = [];
  for (let n = 0; n < processes.length; n += 1) {
    const { id } = processes[n]!;
    for (let at = keys.outputStart[n]!; at < keys.outputStart[n + 1]!; at += 1) {
      const entry = keys.outputs[at] as Entry | null | undefined;
      if (!entry) continue;
      if (entry.producers === NONE) produced.push(entry);
      entry.producers = addOnce(entry.producers, id);
    }
    for (let at = keys.inputStart[n]!; at < keys.inputStart[n + 1]!; at += 1) {
      const entry = keys.inputs[at] as Entry | null | undefined;
      if (!entry) continue;
      if (entry.consumers === NONE) consumed.push(entry);
      entry.consumers = addOnce(entry.consumers, id);
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
    const start = keys.outputStart[n]!;
    p.outputs.forEach((name, i) => {
      const entry = keys.outputs[start + i];
      if (!entry) return;
      const id = `${p.id}\u0000${entry.key}`;
      if (!spelling.has(id)) spelling.set(id, name.trim());
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
  const { outputs, outputStart } = processKeys(processes, index);
  for (let n = 0; n < processes.length; n += 1) {
    const p = processes[n]!;
    const from = p.id;
    const start = outputStart[n]!;
    for (let at = start; at < outputStart[n + 1]!; at += 1) {
      const entry = outputs[at];
      if (!entry || entry.consumers.length === 0) continue;
      const { key, consumers } = entry;
      const artifact = p.outputs[at - start]!.trim();
      for (const to of consumers) {
        if (to === from) continue;
        flows.push({ id: `${from}->${to}:${key}`, from, to, key, artifact });
      }
    }
  }
  return flows;
}
