import {
  entriesOf,
  indexArtifacts,
  inputKeysOf,
  outputKeysOf,
  producerLookup,
  storedEntries,
  type ProducerLookup,
  type ArtifactIndex,
} from './flows';
import { artifactKey, firstOfEach, keySet } from './keys';
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
 * @example analyzeMap(map).filter((p) => p.severity === 'error').length === 0
 */
export function analyzeMap(
  map: ProcessMap,
  index: ArtifactIndex = indexArtifacts(map.processes),
): Problem[] {
  const problems: Problem[] = [];
  const firstById = new Map<string, Process>();
  const firstByName = new Map<string, Process>();
  // Inputs nobody produces: their suggestions are searched for all at once, at the end.
  const unresolved: { problem: Problem; key: string }[] = [];
  const stored = storedEntries(map.processes, index);

  map.processes.forEach((p, n) => {
    const sameId = firstById.get(p.id);
    if (sameId) {
      problems.push({
        severity: 'error',
        code: 'duplicate-id',
        process: p.id,
        message: `${processLabel(p)} has the id "${p.id}", which ${processLabel(sameId)} already has; ids must be unique`,
      });
    } else firstById.set(p.id, p);

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
      if (sameName) {
        problems.push({
          severity: 'warning',
          code: 'duplicate-name',
          process: p.id,
          message: `${processLabel(p)} (id "${p.id}") has the same name as the process with id "${sameName.id}"`,
        });
      } else firstByName.set(nameKey, p);
    }

    if (p.kind === 'process' && (p.owner ?? '').trim() === '') {
      problems.push({
        severity: 'warning',
        code: 'missing-owner',
        process: p.id,
        message: `${processLabel(p)} has no owner`,
      });
    }

    const outputKeys = outputKeysOf(map.processes, n, index);
    const inputKeys = inputKeysOf(map.processes, n, index);
    const outputs = entriesOf(outputKeys, stored.outputEntries?.[n], index);
    const inputs = entriesOf(inputKeys, stored.inputEntries?.[n], index);
    for (let i = 0; i < outputKeys.length; i += 1) {
      if (outputKeys[i] === '') {
        problems.push({
          severity: 'error',
          code: 'empty-name',
          process: p.id,
          message: `${processLabel(p)} has an empty output (outputs[${i}])`,
        });
      }
    }

    // Most names match at once; the sets and first-occurrence checks are built only for the rest.
    let firstInput: boolean[] | undefined;
    let ownOutputs: { has(key: string): boolean } | undefined;
    for (let i = 0; i < inputKeys.length; i += 1) {
      const key = inputKeys[i]!;
      if (key === '') {
        problems.push({
          severity: 'error',
          code: 'empty-name',
          process: p.id,
          message: `${processLabel(p)} has an empty input (inputs[${i}])`,
        });
        continue;
      }
      const { producers } = inputs[i]!;
      if (producers.length > 0 && !producers.includes(p.id)) continue;
      if (!(firstInput ??= firstOfEach(inputKeys))[i]) continue;
      const artifact = p.inputs[i]!.trim();
      if ((ownOutputs ??= keySet(outputKeys)).has(key)) {
        problems.push({
          severity: 'info',
          code: 'self-loop',
          process: p.id,
          artifact,
          message: `${processLabel(p)} takes its own output "${artifact}" as an input`,
        });
        continue;
      }
      if (producers.length > 0) continue; // another process with the same (duplicate) id produces it
      const problem: Problem = {
        severity: 'warning',
        code: 'unresolved-input',
        process: p.id,
        artifact,
        message: `No process or external produces "${artifact}", an input of ${processLabel(p)}`,
      };
      problems.push(problem);
      unresolved.push({ problem, key });
    }

    let firstOutput: boolean[] | undefined;
    let ownInputs: { has(key: string): boolean } | undefined;
    for (let i = 0; i < outputKeys.length; i += 1) {
      const key = outputKeys[i]!;
      if (key === '') continue;
      const { consumers } = outputs[i]!;
      // Consumer lists hold each id once, so two entries mean someone other than p.
      if (consumers.length > 1 || (consumers.length === 1 && consumers[0] !== p.id)) continue;
      if (!(firstOutput ??= firstOfEach(outputKeys))[i]) continue;
      if ((ownInputs ??= keySet(inputKeys)).has(key)) continue; // a self-loop, reported above
      const artifact = p.outputs[i]!.trim();
      problems.push({
        severity: 'info',
        code: 'unused-output',
        process: p.id,
        artifact,
        message: `No process or external takes "${artifact}", an output of ${processLabel(p)}`,
      });
    }
  });

  if (unresolved.length > 0) {
    const producers = producerLookup(index);
    const near = createSuggester(producers.keys(), {
      has: (key) => producers.of(key) !== undefined,
    }).nearestAll(unresolved.map((u) => u.key));
    const positions = firstPositions(map.processes);
    unresolved.forEach(({ problem }, u) => {
      if (near[u] === undefined) return;
      const suggestion = spellingOf(map.processes, index, producers, near[u], positions);
      if (!suggestion) return;
      problem.message += `; did you mean "${suggestion}"?`;
      problem.suggestion = suggestion;
    });
  }

  // Array.prototype.sort is stable, so model order holds within a severity.
  return problems.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** The first producer's own spelling of an output key (`at`: each id's first position). */
function spellingOf(
  processes: readonly Process[],
  index: ArtifactIndex,
  producers: ProducerLookup,
  key: string,
  at: Map<string, number>,
): string {
  const n = at.get(producers.of(key)?.[0] ?? '');
  const i = n === undefined ? -1 : outputKeysOf(processes, n, index).indexOf(key);
  return n === undefined || i < 0 ? key : processes[n]!.outputs[i]!.trim();
}

/** Each id's first position in the processes. */
function firstPositions(processes: readonly Process[]): Map<string, number> {
  const at = new Map<string, number>();
  processes.forEach((p, n) => {
    if (!at.has(p.id)) at.set(p.id, n);
  });
  return at;
}
