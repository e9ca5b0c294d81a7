import { analyzeMap, createAnalysisMemo, type AnalysisMemo } from '../model/analysis';
import { deriveModel, type DerivedModel } from '../model/derive';
import type { ArtifactIndex } from '../model/flows';
import { groupBy } from '../model/lists';
import type { Problem, Process, ProcessMap } from '../model/types';
import { useEditor } from './context';
import type { EditorState } from './editor-store';

/** Flows, problems and the artifact index of the map on screen, plus problems by process id. */
export interface Derived extends DerivedModel {
  problemsByProcess: Map<string, Problem[]>;
}

// Keyed on the processes array: every edit of a process makes a new one, while moves,
// layouts, metadata and selection keep it, so the analysis runs only when it can change.
const cache = new WeakMap<readonly Process[], Derived>();
/**
 * The last derived model, which the next edit may reuse parts of, and what its analysis
 * hands on to the next analysis of the same artifacts.
 */
let last: { processes: readonly Process[]; derived: Derived; memo: AnalysisMemo } | undefined;

/**
 * Whether `next` has the same processes as `previous` in the same order, each with the same
 * id and the very same inputs and outputs arrays: then artifacts, and so flows, are unchanged
 * (a rename, an owner, a description, a category).
 */
function sameArtifacts(previous: readonly Process[], next: readonly Process[]): boolean {
  if (previous.length !== next.length) return false;
  for (let i = 0; i < next.length; i += 1) {
    const a = previous[i]!;
    const b = next[i]!;
    if (a !== b && (a.id !== b.id || a.inputs !== b.inputs || a.outputs !== b.outputs))
      return false;
  }
  return true;
}

/** The same index, its per-process keys now applying to `processes` (same ids and names). */
function reindexed(index: ArtifactIndex, processes: readonly Process[]): ArtifactIndex {
  const moved = Object.create(null) as ArtifactIndex;
  Object.defineProperties(moved, {
    producers: { value: index.producers, enumerable: true },
    consumers: { value: index.consumers, enumerable: true },
    // Spellings come from outputs, which did not change; read them only when asked.
    spelling: { get: () => index.spelling, enumerable: true },
    ...(index.keys ? { keys: { value: { ...index.keys, processes }, enumerable: true } } : {}),
  });
  return moved;
}

/**
 * The derived model of `map`: when only names, owners or other text changed since the last
 * one, the artifact index and the flows (the same array, so the canvas keeps its edges) are
 * kept and only the analysis runs again, of the changed processes and those sharing their
 * ids or names (see {@link AnalysisMemo}).
 */
function derive(map: ProcessMap): { model: DerivedModel; memo: AnalysisMemo } {
  if (!last || !sameArtifacts(last.processes, map.processes)) {
    const memo = createAnalysisMemo();
    return { model: deriveModel(map, memo), memo };
  }
  const { memo } = last;
  const index = reindexed(last.derived.index, map.processes);
  return {
    model: { index, flows: last.derived.flows, problems: analyzeMap(map, index, memo) },
    memo,
  };
}

function groupByProcess(problems: readonly Problem[]): Map<string, Problem[]> {
  return groupBy(
    problems.filter((problem) => problem.process !== undefined),
    (problem) => problem.process!,
  );
}

/**
 * The derived model of the current map, memoised on `map.processes` identity: the same
 * object comes back until a process changes, so it is safe as a zustand selector.
 *
 * @example const { flows } = selectDerived(store.getState());
 */
export function selectDerived(state: EditorState): Derived {
  const { processes } = state.map;
  let derived = cache.get(processes);
  if (!derived) {
    const { model, memo } = derive(state.map);
    derived = { ...model, problemsByProcess: groupByProcess(model.problems) };
    cache.set(processes, derived);
    last = { processes, derived, memo };
  }
  return derived;
}

/** {@link selectDerived} of the editor in context; re-renders only when processes change. */
export function useDerived(): Derived {
  return useEditor(selectDerived);
}
