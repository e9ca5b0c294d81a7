import {
  EMPTY,
  indexArtifacts,
  processKeys,
  producerLookup,
  REPEAT,
  type ArtifactIndex,
  type ProcessKeys,
} from './flows';
import { artifactKey } from './keys';
import { createSuggester } from './suggest';
import type { Problem, Process, ProcessMap, Severity } from './types';

/** `Risk assessment` for messages; an unnamed process by its id. */
export function processLabel(p: Process): string {
  const name = p.name.trim();
  return name === '' ? `(unnamed, id "${p.id}")` : `"${name}"`;
}

/** What one process's problems were worked out from, and the problems. */
interface KeptProblems {
  /** The matching key of the process's name. */
  nameKey: string;
  /** The label of the earlier process with the same id, if any. */
  idOwner: string | undefined;
  /** The id of the earlier process with the same name, if any. */
  nameOwner: string | undefined;
  problems: Problem[];
}

/**
 * What one analysis hands the next of a map with the same artifacts (every process's id,
 * inputs and outputs the same, in the same order; the editor's rename): the "did you mean"
 * answers, which depend on the output keys alone, and each process's problems, which then
 * change only with the process itself or with the earlier processes sharing its id or name.
 */
export interface AnalysisMemo {
  nearest: Map<string, string | undefined>;
  byProcess: WeakMap<Process, KeptProblems>;
  /** Id → position of the first process with it: the same for maps with the same ids. */
  firstById?: ReadonlyMap<string, number>;
}

/** A memo for analyses of maps with the same artifacts; see {@link AnalysisMemo}. */
export function createAnalysisMemo(): AnalysisMemo {
  return { nearest: new Map(), byProcess: new WeakMap() };
}

/**
 * Every problem DESIGN.md defines (except `invalid-file`, which parsing reports), sorted
 * errors first, then warnings, then info, each in model order. Linear in the number of
 * names: producers and consumers are looked up by key, and "did you mean" searches an
 * index of output keys only for inputs nobody produces.
 *
 * `memo` carries what one analysis can give the next of a map with the very same
 * artifacts (see {@link AnalysisMemo}): after a rename, only the renamed process and those
 * sharing its old or new name are analysed again, and only inputs not asked about before
 * are searched for "did you mean".
 *
 * @example analyzeMap(map).filter((p) => p.severity === 'error').length === 0
 */
export function analyzeMap(
  map: ProcessMap,
  index: ArtifactIndex = indexArtifacts(map.processes),
  memo?: AnalysisMemo,
): Problem[] {
  const { processes } = map;
  /** Each process's problems, in model order. */
  const lists: Problem[][] = [];
  const firstById = memo
    ? (memo.firstById ??= firstPositions(processes))
    : firstPositions(processes);
  /** name key → id of the first process with it. */
  const firstByName = new Map<string, string>();
  // Inputs nobody produces: their suggestions are searched for all at once, at the end.
  const unresolved: { problem: Problem; key: string }[] = [];
  let keys: ProcessKeys | undefined;

  for (let n = 0; n < processes.length; n += 1) {
    const p = processes[n]!;
    const before = memo?.byProcess.get(p);
    const first = firstById.get(p.id)!;
    const sameId = first === n ? undefined : first;
    const nameKey = before ? before.nameKey : artifactKey(p.name);
    const sameName = nameKey === '' ? undefined : firstByName.get(nameKey);
    if (nameKey !== '' && sameName === undefined) firstByName.set(nameKey, p.id);
    const idOwner = sameId === undefined ? undefined : processLabel(processes[sameId]!);
    if (before && before.idOwner === idOwner && before.nameOwner === sameName) {
      lists.push(before.problems);
      continue;
    }
    keys ??= processKeys(processes, index);
    const context = { nameKey, idOwner, nameOwner: sameName };
    const problems = processProblems(p, n, keys, context, unresolved);
    lists.push(problems);
    // The very objects "did you mean" is added to below.
    memo?.byProcess.set(p, { ...context, problems });
  }

  if (unresolved.length > 0)
    suggest(unresolved, index, keys!, firstById, memo?.nearest ?? new Map());

  // Errors, then warnings, then info, each in model order.
  const bySeverity: Record<Severity, Problem[]> = { error: [], warning: [], info: [] };
  for (const list of lists) for (const problem of list) bySeverity[problem.severity].push(problem);
  return bySeverity.error.concat(bySeverity.warning, bySeverity.info);
}

/** Id → position of the first process with that id. */
function firstPositions(processes: readonly Process[]): Map<string, number> {
  const first = new Map<string, number>();
  processes.forEach((p, n) => {
    if (!first.has(p.id)) first.set(p.id, n);
  });
  return first;
}

/**
 * The problems of process `n`, `p`, without suggestions: its unresolved inputs also go to
 * `unresolved`, with their keys, for {@link suggest}.
 */
function processProblems(
  p: Process,
  n: number,
  keys: ProcessKeys,
  { nameKey, idOwner, nameOwner }: Omit<KeptProblems, 'problems'>,
  unresolved: { problem: Problem; key: string }[],
): Problem[] {
  const problems: Problem[] = [];
  const { inputs, inputStart, outputs, outputStart, keyOf } = keys;
  const { producerStart, producerIds, consumerStart, consumerIds } = keys;
  if (idOwner !== undefined) {
    problems.push({
      severity: 'error',
      code: 'duplicate-id',
      process: p.id,
      message: `${processLabel(p)} has the id "${p.id}", which ${idOwner} already has; ids must be unique`,
    });
  }

  if (nameKey === '') {
    problems.push({
      severity: 'error',
      code: 'empty-name',
      process: p.id,
      message: `The process with id "${p.id}" has no name`,
    });
  } else if (nameOwner !== undefined) {
    problems.push({
      severity: 'warning',
      code: 'duplicate-name',
      process: p.id,
      message: `${processLabel(p)} (id "${p.id}") has the same name as the process with id "${nameOwner}"`,
    });
  }

  if (p.kind === 'process' && (p.owner ?? '').trim() === '') {
    problems.push({
      severity: 'warning',
      code: 'missing-owner',
      process: p.id,
      message: `${processLabel(p)} has no owner`,
    });
  }

  if (p.kind === 'process') problems.push(...readinessProblems(p));

  const firstOutput = outputStart[n]!;
  const endOutput = outputStart[n + 1]!;
  const firstInput = inputStart[n]!;
  const endInput = inputStart[n + 1]!;
  for (let at = firstOutput; at < endOutput; at += 1) {
    if (outputs[at] === EMPTY) {
      problems.push({
        severity: 'error',
        code: 'empty-name',
        process: p.id,
        message: `${processLabel(p)} has an empty output (outputs[${at - firstOutput}])`,
      });
    }
  }

  for (let at = firstInput; at < endInput; at += 1) {
    const a = inputs[at]!;
    if (a === EMPTY) {
      problems.push({
        severity: 'error',
        code: 'empty-name',
        process: p.id,
        message: `${processLabel(p)} has an empty input (inputs[${at - firstInput}])`,
      });
      continue;
    }
    // A key named again within the process counts once, at its first slot.
    if (a === REPEAT) continue;
    const produced = producerStart[a]! < producerStart[a + 1]!;
    if (produced && !holds(producerIds, producerStart[a]!, producerStart[a + 1]!, p.id)) continue;
    const artifact = p.inputs[at - firstInput]!.trim();
    if (holds(outputs, firstOutput, endOutput, a)) {
      problems.push({
        severity: 'info',
        code: 'self-loop',
        process: p.id,
        artifact,
        message: `${processLabel(p)} takes its own output "${artifact}" as an input`,
      });
      continue;
    }
    if (produced) continue; // another process with the same (duplicate) id produces it
    const problem: Problem = {
      severity: 'warning',
      code: 'unresolved-input',
      process: p.id,
      artifact,
      message: `No process or external produces "${artifact}", an input of ${processLabel(p)}`,
    };
    problems.push(problem);
    unresolved.push({ problem, key: keyOf[a]! });
  }

  for (let at = firstOutput; at < endOutput; at += 1) {
    const a = outputs[at]!;
    if (a < 0) continue;
    // Consumer lists hold each id once, so two entries mean someone other than p.
    const consumers = consumerStart[a + 1]! - consumerStart[a]!;
    if (consumers > 1 || (consumers === 1 && consumerIds[consumerStart[a]!] !== p.id)) continue;
    if (holds(inputs, firstInput, endInput, a)) continue; // a self-loop, reported above
    const artifact = p.outputs[at - firstOutput]!.trim();
    problems.push({
      severity: 'info',
      code: 'unused-output',
      process: p.id,
      artifact,
      message: `No process or external takes "${artifact}", an output of ${processLabel(p)}`,
    });
  }
  return problems;
}

/**
 * What an auditor under clause 4.4 and 9.1 would miss in a process's description: its
 * activities, how it is measured, what it documents. Information only, so a map that
 * passed `check --strict` before still does.
 */
function readinessProblems(p: Process): Problem[] {
  const problems: Problem[] = [];
  const note = (code: 'no-activities' | 'no-kpi' | 'no-records', message: string) =>
    problems.push({
      severity: 'info',
      code,
      process: p.id,
      message: `${processLabel(p)} ${message}`,
    });
  if (p.activities.length === 0)
    note('no-activities', 'has no activities: clause 4.4 asks what the process does');
  if (!p.kpis || p.kpis.length === 0)
    note('no-kpi', 'has no KPI: clause 9.1 asks how the process is monitored and measured');
  if (!p.records || p.records.length === 0)
    note('no-records', 'has no documented information: clause 7.5 asks what it keeps as records');
  return problems;
}

/**
 * Adds "did you mean" to the unresolved inputs whose key is near an output key, in the
 * spelling of that output's first producer; answers not in `nearest` are searched for all
 * at once and kept there.
 */
function suggest(
  unresolved: readonly { problem: Problem; key: string }[],
  index: ArtifactIndex,
  keys: ProcessKeys,
  firstById: ReadonlyMap<string, number>,
  nearest: Map<string, string | undefined>,
): void {
  const producers = producerLookup(index);
  const asked = [...new Set(unresolved.map((u) => u.key))].filter((key) => !nearest.has(key));
  if (asked.length > 0) {
    const near = createSuggester(producers.keys(), {
      has: (key) => producers.first(key) !== undefined,
    }).nearestAll(asked);
    asked.forEach((key, q) => nearest.set(key, near[q]));
  }
  for (const { problem, key } of unresolved) {
    const near = nearest.get(key);
    if (near === undefined) continue;
    const at = firstById.get(producers.first(near) ?? '');
    const suggestion = at === undefined ? near : spellingOf(keys, at, near);
    if (!suggestion) continue;
    problem.message += `; did you mean "${suggestion}"?`;
    problem.suggestion = suggestion;
  }
}

/** Whether `list[from, to)` (one process's inputs or outputs, or one artifact's ids) holds `value`. */
function holds<T>(list: ArrayLike<T>, from: number, to: number, value: T): boolean {
  for (let at = from; at < to; at += 1) if (list[at] === value) return true;
  return false;
}

/** Process `n`'s own spelling of an output key: its first output with that key, trimmed; else the key. */
function spellingOf(keys: ProcessKeys, n: number, key: string): string {
  const start = keys.outputStart[n]!;
  for (let at = start; at < keys.outputStart[n + 1]!; at += 1) {
    const a = keys.outputs[at]!;
    if (a >= 0 && keys.keyOf[a] === key) return keys.processes[n]!.outputs[at - start]!.trim();
  }
  return key;
}
