import { deriveModel, type DerivedModel } from '../model/derive';
import type { Problem, Process } from '../model/types';
import { useEditor } from './context';
import type { EditorState } from './editor-store';

/** Flows, problems and the artifact index of the map on screen, plus problems by process id. */
export interface Derived extends DerivedModel {
  problemsByProcess: Map<string, Problem[]>;
}

// Keyed on the processes array: every edit of a process makes a new one, while moves,
// layouts, metadata and selection keep it, so the analysis runs only when it can change.
const cache = new WeakMap<readonly Process[], Derived>();

function groupByProcess(problems: readonly Problem[]): Map<string, Problem[]> {
  const byProcess = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.process === undefined) continue;
    const list = byProcess.get(problem.process);
    if (list) list.push(problem);
    else byProcess.set(problem.process, [problem]);
  }
  return byProcess;
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
    const model = deriveModel(state.map);
    derived = { ...model, problemsByProcess: groupByProcess(model.problems) };
    cache.set(processes, derived);
  }
  return derived;
}

/** {@link selectDerived} of the editor in context; re-renders only when processes change. */
export function useDerived(): Derived {
  return useEditor(selectDerived);
}
