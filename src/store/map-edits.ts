import { isReservedId, uniqueId, slugify } from '../model/ids';
import { artifactKey } from '../model/keys';
import type { Direction, Point, Process, ProcessMap, Revision } from '../model/types';

/*
 * Pure edits of a process map, one per editor action. Each returns a new map that shares
 * every untouched process object with the old one (the canvas memoises nodes on that
 * identity), or the very same map when the edit changes nothing, so the store records no
 * empty undo step.
 */

/** Offset of a duplicate from its original, in canvas pixels. */
export const DUPLICATE_OFFSET = 40;
/** Vertical gap below the lowest node where a process added without a position goes. */
const NEW_ROW_GAP = 160;
const DEFAULT_NAME = 'New process';

export type MapMetaPatch = Partial<
  Pick<
    ProcessMap,
    | 'title'
    | 'organization'
    | 'revision'
    | 'date'
    | 'owner'
    | 'approvedBy'
    | 'classification'
    | 'nextReview'
  >
>;

function idsOf(map: ProcessMap): Set<string> {
  return new Set(map.processes.map((p) => p.id));
}

/** `base`, or `base 2`, `base 3` …: the first name no process has yet (by key). */
export function uniqueName(base: string, processes: readonly Process[]): string {
  const taken = new Set(processes.map((p) => artifactKey(p.name)));
  if (!taken.has(artifactKey(base))) return base;
  for (let n = 2; ; n += 1) {
    const name = `${base} ${n}`;
    if (!taken.has(artifactKey(name))) return name;
  }
}

/** Where a process added without a position goes: under everything already placed. */
export function freeSpot(map: ProcessMap): Point {
  const placed = Object.values(map.positions);
  if (placed.length === 0) return { x: 0, y: 0 };
  const minX = Math.min(...placed.map((p) => p.x));
  const maxY = Math.max(...placed.map((p) => p.y));
  return { x: minX, y: maxY + NEW_ROW_GAP };
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is(a[k], b[k]) || sameList(a[k], b[k]));
}

function sameList(a: unknown, b: unknown): boolean {
  return (
    Array.isArray(a) &&
    Array.isArray(b) &&
    a.length === b.length &&
    a.every((v, i) => Object.is(v, b[i]))
  );
}

function withProcess(map: ProcessMap, id: string, next: Process): ProcessMap {
  return { ...map, processes: map.processes.map((p) => (p.id === id ? next : p)) };
}

/**
 * Adds a process, with an id made unique from its name. Returns the new map and the id.
 *
 * @example addProcess(map, { name: 'Audit', inputs: ['Audit plan'] }, { x: 0, y: 300 })
 */
export function addProcess(
  map: ProcessMap,
  init: Partial<Process> = {},
  position?: Point,
): { map: ProcessMap; id: string } {
  const name = init.name ?? uniqueName(DEFAULT_NAME, map.processes);
  const id = uniqueId(init.id && init.id.trim() !== '' ? init.id : slugify(name), idsOf(map));
  const process: Process = {
    kind: 'process',
    activities: [],
    references: [],
    ...init,
    inputs: [...(init.inputs ?? [])],
    outputs: [...(init.outputs ?? [])],
    name,
    id,
  };
  return {
    id,
    map: {
      ...map,
      processes: [...map.processes, process],
      positions: { ...map.positions, [id]: position ?? freeSpot(map) },
    },
  };
}

/** Applies an inspector edit to one process; the id never changes. */
export function updateProcess(
  map: ProcessMap,
  id: string,
  patch: Partial<Omit<Process, 'id'>>,
): ProcessMap {
  const current = map.processes.find((p) => p.id === id);
  if (!current) return map;
  const next: Process = { ...current, ...patch, id };
  // An optional field set to undefined is removed, so the saved file does not carry it.
  for (const key of Object.keys(next) as (keyof Process)[])
    if (next[key] === undefined) delete next[key];
  return shallowEqual({ ...current }, { ...next }) ? map : withProcess(map, id, next);
}

/**
 * Renames one input or output of a process. With `renameMatchingInputs`, renaming an
 * output also renames the inputs of other processes whose key equals the old output's key,
 * so the flows it fed stay connected.
 */
export function renameArtifact(
  map: ProcessMap,
  id: string,
  side: 'in' | 'out',
  index: number,
  name: string,
  options: { renameMatchingInputs?: boolean } = {},
): ProcessMap {
  const current = map.processes.find((p) => p.id === id);
  const field = side === 'in' ? 'inputs' : 'outputs';
  if (!current || index < 0 || index >= current[field].length) return map;
  const old = current[field][index];
  if (old === name) return map;
  const oldKey = artifactKey(old);
  const rename = side === 'out' && options.renameMatchingInputs === true && oldKey !== '';
  const processes = map.processes.map((p) => {
    if (p.id === id) {
      const list = [...p[field]];
      list[index] = name;
      return { ...p, [field]: list };
    }
    if (!rename || !p.inputs.some((input) => artifactKey(input) === oldKey)) return p;
    return {
      ...p,
      inputs: p.inputs.map((input) => (artifactKey(input) === oldKey ? name : input)),
    };
  });
  return { ...map, processes };
}

/**
 * The id a new process gets from its name: made from the name, unique among the other
 * processes' ids (its own current id is free to keep).
 */
export function idFromName(map: ProcessMap, id: string, name: string): string {
  const taken = idsOf(map);
  taken.delete(id);
  return uniqueId(slugify(name), taken);
}

/** Gives process `from` the id `to` (which no other process has), its position moving along. */
export function changeId(map: ProcessMap, from: string, to: string): ProcessMap {
  if (from === to) return map;
  const positions = renameKey(map.positions, from, to);
  return {
    ...map,
    processes: map.processes.map((p) => (p.id === from ? { ...p, id: to } : p)),
    positions,
  };
}

/** `record` with the entry of `from` under `to` instead, in the same place. */
export function renameKey<T>(
  record: Readonly<Record<string, T>>,
  from: string,
  to: string,
): Record<string, T> {
  if (!Object.hasOwn(record, from)) return { ...record };
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) out[key === from ? to : key] = value;
  return out;
}

/** Removes processes and their positions. */
export function deleteProcesses(map: ProcessMap, ids: readonly string[]): ProcessMap {
  const doomed = new Set(ids);
  if (!map.processes.some((p) => doomed.has(p.id))) return map;
  const positions = { ...map.positions };
  for (const id of doomed) delete positions[id];
  return { ...map, processes: map.processes.filter((p) => !doomed.has(p.id)), positions };
}

/**
 * Copies processes, appended in the order given, each with a new id, a name marked as a
 * copy and a position offset by {@link DUPLICATE_OFFSET}.
 */
export function duplicateProcesses(
  map: ProcessMap,
  ids: readonly string[],
): { map: ProcessMap; ids: string[] } {
  const taken = idsOf(map);
  const processes = [...map.processes];
  const positions = { ...map.positions };
  const created: string[] = [];
  for (const sourceId of new Set(ids)) {
    const source = map.processes.find((p) => p.id === sourceId);
    if (!source) continue;
    const name = uniqueName(`${source.name} (copy)`, processes);
    const id = uniqueId(slugify(name), taken);
    taken.add(id);
    processes.push(structuredClone({ ...source, id, name }));
    const at = map.positions[sourceId];
    if (at) positions[id] = { x: at.x + DUPLICATE_OFFSET, y: at.y + DUPLICATE_OFFSET };
    created.push(id);
  }
  if (created.length === 0) return { map, ids: [] };
  return { map: { ...map, processes, positions }, ids: created };
}

/** Sets the positions of processes that exist; the same map when none moved. */
export function moveProcesses(map: ProcessMap, moves: Readonly<Record<string, Point>>): ProcessMap {
  const ids = idsOf(map);
  let positions: Record<string, Point> | undefined;
  for (const [id, at] of Object.entries(moves)) {
    const old = map.positions[id];
    if (!ids.has(id) || (old && old.x === at.x && old.y === at.y)) continue;
    positions ??= { ...map.positions };
    positions[id] = { x: at.x, y: at.y };
  }
  return positions ? { ...map, positions } : map;
}

/** Takes a layout's positions for the processes that still exist. */
export function applyLayoutPositions(
  map: ProcessMap,
  positions: Readonly<Record<string, Point>>,
): ProcessMap {
  const ids = idsOf(map);
  const next = { ...map.positions };
  for (const [id, at] of Object.entries(positions))
    if (ids.has(id)) next[id] = { x: at.x, y: at.y };
  return { ...map, positions: next };
}

/** Gives `toId` the artifact as an input, unless it is the producer or already has it. */
export function connectArtifact(
  map: ProcessMap,
  fromId: string,
  artifact: string,
  toId: string,
): ProcessMap {
  const key = artifactKey(artifact);
  const target = map.processes.find((p) => p.id === toId);
  if (
    fromId === toId ||
    key === '' ||
    !target ||
    target.inputs.some((input) => artifactKey(input) === key)
  ) {
    return map;
  }
  return withProcess(map, toId, { ...target, inputs: [...target.inputs, artifact.trim()] });
}

/** Edits the map's metadata; an empty optional field is removed. */
export function setMapMeta(map: ProcessMap, patch: MapMetaPatch): ProcessMap {
  const next: ProcessMap = { ...map, ...patch };
  for (const key of Object.keys(patch) as (keyof MapMetaPatch)[]) {
    if (key !== 'title' && (next[key] === undefined || next[key]?.trim() === '')) delete next[key];
  }
  next.title = next.title ?? map.title;
  const changed = (Object.keys(patch) as (keyof MapMetaPatch)[]).some((k) => next[k] !== map[k]);
  return changed ? next : map;
}

/** Replaces the revision history; an empty one is removed, as the file leaves it out. */
export function setRevisions(map: ProcessMap, revisions: readonly Revision[]): ProcessMap {
  const next: ProcessMap = { ...map, revisions: [...revisions] };
  if (revisions.length === 0) delete next.revisions;
  return revisions.length === 0 && !map.revisions ? map : next;
}

export function setDirection(map: ProcessMap, direction: Direction): ProcessMap {
  return map.layout.direction === direction
    ? map
    : { ...map, layout: { ...map.layout, direction } };
}

/**
 * Makes process ids unique for the editor: a repeated id gets a suffix (`audit-2`).
 * Returns the renamed ids so the user can be told.
 */
export function uniquifyIds(map: ProcessMap): {
  map: ProcessMap;
  renamed: { from: string; to: string }[];
} {
  const seen = new Set<string>();
  const taken = idsOf(map);
  const renamed: { from: string; to: string }[] = [];
  const processes = map.processes.map((p) => {
    if (!seen.has(p.id) && !isReservedId(p.id)) {
      seen.add(p.id);
      return p;
    }
    const id = uniqueId(p.id, taken);
    seen.add(id);
    taken.add(id);
    renamed.push({ from: p.id, to: id });
    return { ...p, id };
  });
  return renamed.length === 0 ? { map, renamed } : { map: { ...map, processes }, renamed };
}

/** Whether some process has no position, so the map needs a layout before it can be drawn. */
export function needsLayout(map: ProcessMap): boolean {
  return map.processes.some((p) => !Object.hasOwn(map.positions, p.id));
}
