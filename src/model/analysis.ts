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

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `Risk assessment` for messages; an unnamed process by its id. */
export function processLabel(p: Process): string {
  const name = p.name.trim();
  return name === '' ? `(unnamed, id "${p.id}")` : `"${name}"`;
}

/**
 * Every problem DESIGN.md defines (except `invalid-file`, which parsing reports), sorted
 * errors first, then warnings, then info, each in model order. Linear in the number of
 * names: producers and consumers are looked up by key, and "did you mean" searches an
 * index of output keys only for inputs nobody produces.
 *
 * `nearest` carries "did you mean" answers from one analysis to the next of a map with the
 * very same outputs (the editor's rename of a process): the answers depend on the output
 * keys alone, so only inputs not asked about before are searched.
 *
 * @example analyzeMap(map).filter((p) => p.severity === 'error').length === 0
 */
export function analyzeMap(
  map: ProcessMap,
  index: ArtifactIndex = indexArtifacts(map.processes),
  nearest: Map<string, string | undefined> = new Map(),
): Problem[] {
  const { processes } = map;
  const problems: Problem[] = [];
  /** id → position of the first process with it. */
  const firstById = new Map<string, number>();
  /** name key → id of the first process with it. */
  const firstByName = new Map<string, string>();
  // Inputs nobody produces: their suggestions are searched for all at once, at the end.
  const unresolved: { problem: Problem; key: string }[] = [];
  const keys = processKeys(processes, index);
  const { inputs, inputStart, outputs, outputStart, keyOf } = keys;
  const { producerStart, producerIds, consumerStart, consumerIds } = keys;

  for (let n = 0; n < processes.length; n += 1) {
    const p = processes[n]!;
    const sameId = firstById.get(p.id);
    if (sameId !== undefined) {
      problems.push({
        severity: 'error',
        code: 'duplicate-id',
        process: p.id,
        message: `${processLabel(p)} has the id "${p.id}", which ${processLabel(processes[sameId]!)} already has; ids must be unique`,
      });
    } else firstById.set(p.id, n);

    const nameKey = artifactKey(p.name);
    if (nameKey === '') {
      problems.push({
        severity: 'error',
        code: 'empty-name',
        process: p.id,
        message: `The process with id "${p.id}" has no name`,
      });
    } else {
      const sameName = firstByName.get(nameKey);
      if (sameName !== undefined) {
        problems.push({
          severity: 'warning',
          code: 'duplicate-name',
          process: p.id,
          message: `${processLabel(p)} (id "${p.id}") has the same name as the process with id "${sameName}"`,
        });
      } else firstByName.set(nameKey, p.id);
    }

    if (p.kind === 'process' && (p.owner ?? '').trim() === '') {
      problems.push({
        severity: 'warning',
        code: 'missing-owner',
        process: p.id,
        message: `${processLabel(p)} has no owner`,
      });
    }

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
  }

  if (unresolved.length > 0) {
    const producers = producerLookup(index);
    const asked = [...new Set(unresolved.map((u) => u.key))].filter((key) => !nearest.has(key));
    if (asked.length > 0) {
      const near = createSuggester(producers.keys(), {
        has: (key) => producers.first(key) !== undefined,
      }).nearestAll(asked);
      asked.forEach((key, q) => nearest.set(key, near[q]));
    }
    unresolved.forEach(({ problem, key }) => {
      const near = nearest.get(key);
      if (near === undefined) return;
      const at = firstById.get(producers.first(near) ?? '');
      const suggestion = at === undefined ? near : spellingOf(keys, at, near);
      if (!suggestion) return;
      problem.message += `; did you mean "${suggestion}"?`;
      problem.suggestion = suggestion;
    });
  }

  // Array.prototype.sort is stable, so model order holds within a severity.
  return problems.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
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
