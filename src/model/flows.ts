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
   * The artifact of each indexed process's inputs and outputs, by position, so flows and
   * analysis of the same `processes` array reuse them instead of keying every name again.
   */
  keys?: ProcessKeys;
}

/** A slot's value for an empty name. */
export const EMPTY = -1;
/** A slot's value for a key its process already named in an earlier slot (counted once). */
export const REPEAT = -2;

/**
 * The artifacts of every input and output of `processes`, as numbers in flat typed lists:
 * a map of 10,000 processes would otherwise hold some 100,000 small objects and arrays,
 * which the garbage collector copies on every pass while the model is being derived.
 *
 * Process `n`'s outputs are `outputs[outputStart[n]]` up to `outputs[outputStart[n + 1]]`;
 * each is an artifact number `a` ({@link EMPTY} or {@link REPEAT} otherwise), whose key is
 * `keyOf[a]` and whose producers are `producerIds[producerStart[a]]` up to
 * `producerIds[producerStart[a + 1]]` (consumers likewise).
 */
export interface ProcessKeys {
  /** The array the slots were made from; they apply only to it. */
  processes: readonly Process[];
  inputs: Int32Array;
  inputStart: Int32Array;
  outputs: Int32Array;
  outputStart: Int32Array;
  keyOf: string[];
  producerStart: Int32Array;
  producerIds: string[];
  consumerStart: Int32Array;
  consumerIds: string[];
}

/** The slots of `processes` and the key of each artifact number. */
type Slots = Pick<ProcessKeys, 'inputs' | 'inputStart' | 'outputs' | 'outputStart' | 'keyOf'>;

/**
 * Keys every name of `processes` once, in model order, and numbers the keys in the order
 * first named (`known` gives the number of a key already numbered, and is filled in).
 */
function keyNames(processes: readonly Process[], known: Map<string, number>): Slots {
  let inputCount = 0;
  let outputCount = 0;
  for (let n = 0; n < processes.length; n += 1) {
    inputCount += processes[n]!.inputs.length;
    outputCount += processes[n]!.outputs.length;
  }
  const slots: Slots = {
    inputs: new Int32Array(inputCount),
    inputStart: new Int32Array(processes.length + 1),
    outputs: new Int32Array(outputCount),
    outputStart: new Int32Array(processes.length + 1),
    keyOf: [],
  };
  // The last process that named each artifact as output / input: a repeat within a process.
  const lastOutput = new Int32Array(inputCount + outputCount).fill(-1);
  const lastInput = new Int32Array(inputCount + outputCount).fill(-1);
  const numberOf = (name: string): number => {
    const key = artifactKey(name);
    if (key === '') return EMPTY;
    let a = known.get(key);
    if (a === undefined) {
      a = slots.keyOf.length;
      slots.keyOf.push(key);
      known.set(key, a);
    }
    return a;
  };
  /** Numbers process `n`'s `names` into `into` from `at` on; returns where they end. */
  const numberAll = (
    names: readonly string[],
    into: Int32Array,
    at: number,
    last: Int32Array,
    n: number,
  ): number => {
    for (let i = 0; i < names.length; i += 1) {
      const a = numberOf(names[i]!);
      if (a >= 0 && last[a] === n) into[at + i] = REPEAT;
      else {
        into[at + i] = a;
        if (a >= 0) last[a] = n;
      }
    }
    return at + names.length;
  };
  let input = 0;
  let output = 0;
  for (let n = 0; n < processes.length; n += 1) {
    const p = processes[n]!;
    slots.outputStart[n] = output;
    output = numberAll(p.outputs, slots.outputs, output, lastOutput, n);
    slots.inputStart[n] = input;
    input = numberAll(p.inputs, slots.inputs, input, lastInput, n);
  }
  slots.outputStart[processes.length] = output;
  slots.inputStart[processes.length] = input;
  return slots;
}

/** Ids by artifact number, in one list: `ids[start[a]]` up to `ids[start[a + 1]]`. */
interface IdLists {
  start: Int32Array;
  ids: string[];
  /** Artifact numbers in the order their list was started: the order of the index's maps. */
  order: Int32Array;
}

/**
 * Each artifact's processes on one side (`slots`, `slotStart`: outputs for producers, inputs
 * for consumers), in model order; an id right after itself is kept once.
 */
function idLists(
  processes: readonly Process[],
  slots: Int32Array,
  slotStart: Int32Array,
  artifacts: number,
): IdLists {
  const count = new Int32Array(artifacts + 1);
  const last: (string | undefined)[] = new Array<string | undefined>(artifacts);
  for (let n = 0; n < processes.length; n += 1) {
    const { id } = processes[n]!;
    for (let at = slotStart[n]!; at < slotStart[n + 1]!; at += 1) {
      const a = slots[at]!;
      if (a < 0 || last[a] === id) continue;
      last[a] = id;
      count[a + 1] += 1;
    }
  }
  for (let a = 0; a < artifacts; a += 1) count[a + 1] += count[a]!;
  const order = new Int32Array(artifacts);
  let started = 0;
  const ids = new Array<string>(count[artifacts]!);
  const next = count.slice(0, artifacts);
  for (let n = 0; n < processes.length; n += 1) {
    const { id } = processes[n]!;
    for (let at = slotStart[n]!; at < slotStart[n + 1]!; at += 1) {
      const a = slots[at]!;
      if (a < 0) continue;
      const end = next[a]!;
      if (end === count[a]) order[started++] = a;
      else if (ids[end - 1] === id) continue;
      ids[end] = id;
      next[a] = end + 1;
    }
  }
  return { start: count, ids, order: order.subarray(0, started) };
}

/** Lists by artifact number from lists by key (missing ones empty). */
function idListsOf(keyOf: readonly string[], byKey: Map<string, string[]>): IdLists {
  const start = new Int32Array(keyOf.length + 1);
  const ids: string[] = [];
  keyOf.forEach((key, a) => {
    for (const id of byKey.get(key) ?? []) ids.push(id);
    start[a + 1] = ids.length;
  });
  return { start, ids, order: new Int32Array(0) };
}

/**
 * The artifacts of the inputs and outputs of `processes`: the index's own when it was
 * made from this very array, else each key looked up in the index's maps.
 */
export function processKeys(processes: readonly Process[], index: ArtifactIndex): ProcessKeys {
  if (index.keys?.processes === processes) return index.keys;
  const slots = keyNames(processes, new Map());
  const producers = idListsOf(slots.keyOf, index.producers);
  const consumers = idListsOf(slots.keyOf, index.consumers);
  return {
    processes,
    ...slots,
    producerStart: producers.start,
    producerIds: producers.ids,
    consumerStart: consumers.start,
    consumerIds: consumers.ids,
  };
}

/** Artifact `a`'s ids in `lists`, as a new array. */
const idsOf = (start: Int32Array, ids: readonly string[], a: number): string[] =>
  ids.slice(start[a], start[a + 1]);

/**
 * Indexes producers and consumers by artifact key: linear in the number of names. Each
 * name is keyed once; flows and analysis then read each name's artifact by position.
 */
export function indexArtifacts(processes: readonly Process[]): ArtifactIndex {
  const known = new Map<string, number>();
  const slots = keyNames(processes, known);
  const artifacts = slots.keyOf.length;
  const produced = idLists(processes, slots.outputs, slots.outputStart, artifacts);
  const consumed = idLists(processes, slots.inputs, slots.inputStart, artifacts);
  const keys: ProcessKeys = {
    processes,
    ...slots,
    producerStart: produced.start,
    producerIds: produced.ids,
    consumerStart: consumed.start,
    consumerIds: consumed.ids,
  };
  const index = { keys } as ArtifactIndex;
  // Flows and analysis read the lists by number, so the maps by key are made on first use.
  let producers: Map<string, string[]> | undefined;
  let consumers: Map<string, string[]> | undefined;
  let spelling: Map<string, string> | undefined;
  const byKey = (lists: IdLists) => {
    const map = new Map<string, string[]>();
    for (const a of lists.order) map.set(slots.keyOf[a]!, idsOf(lists.start, lists.ids, a));
    return map;
  };
  Object.defineProperties(index, {
    producers: { enumerable: true, get: () => (producers ??= byKey(produced)) },
    consumers: { enumerable: true, get: () => (consumers ??= byKey(consumed)) },
    spelling: { enumerable: true, get: () => (spelling ??= spellings(keys)) },
  });
  producedBy.set(index, {
    keys: () => {
      // A loop, not Array.from: that walks a typed array through an iterator object per item.
      const keys = new Array<string>(produced.order.length);
      for (let i = 0; i < keys.length; i += 1) keys[i] = slots.keyOf[produced.order[i]!]!;
      return keys;
    },
    first: (key) => {
      const a = known.get(key);
      return a === undefined || produced.start[a] === produced.start[a + 1]
        ? undefined
        : produced.ids[produced.start[a]!];
    },
  });
  return index;
}

/** The produced keys in the order first produced, and the first producer of a key. */
export interface ProducerLookup {
  keys(): string[];
  /** The id of the key's first producer; undefined when nothing produces it. */
  first(key: string): string | undefined;
}

const producedBy = new WeakMap<ArtifactIndex, ProducerLookup>();

/**
 * Producers by key, from the index's own lists when it has them, so asking does not
 * build the whole producers map.
 */
export function producerLookup(index: ArtifactIndex): ProducerLookup {
  return (
    producedBy.get(index) ?? {
      keys: () => [...index.producers.keys()],
      first: (key) => index.producers.get(key)?.[0],
    }
  );
}

/** `${processId}\u0000${key}` → the process's first spelling of that output; the first process of an id wins. */
function spellings(keys: ProcessKeys): Map<string, string> {
  const spelling = new Map<string, string>();
  keys.processes.forEach((p, n) => {
    const start = keys.outputStart[n]!;
    p.outputs.forEach((name, i) => {
      const a = keys.outputs[start + i]!;
      if (a < 0) return;
      const id = `${p.id}\u0000${keys.keyOf[a]}`;
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
  const { outputs, outputStart, keyOf, consumerStart, consumerIds } = processKeys(processes, index);
  for (let n = 0; n < processes.length; n += 1) {
    const p = processes[n]!;
    const from = p.id;
    // The id's ends are shared by the flows of a process and of an output: two strings a flow.
    let head: string | undefined;
    const start = outputStart[n]!;
    for (let at = start; at < outputStart[n + 1]!; at += 1) {
      const a = outputs[at]!;
      if (a < 0) continue;
      const key = keyOf[a]!;
      let tail: string | undefined;
      let artifact: string | undefined;
      for (let c = consumerStart[a]!; c < consumerStart[a + 1]!; c += 1) {
        const to = consumerIds[c]!;
        if (to === from) continue;
        head ??= `${from}->`;
        tail ??= `:${key}`;
        artifact ??= p.outputs[at - start]!.trim();
        flows.push({ id: head + to + tail, from, to, key, artifact });
      }
    }
  }
  return flows;
}
