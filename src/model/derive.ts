import { analyzeMap } from './analysis';
import { deriveFlows, indexArtifacts, type ArtifactIndex } from './flows';
import type { Flow, Problem, ProcessMap } from './types';

/** Everything computed from a map: never stored, always derived. */
export interface DerivedModel {
  index: ArtifactIndex;
  flows: Flow[];
  problems: Problem[];
}

/**
 * Flows and problems of a map from one artifact index, for store selectors and the CLI;
 * `nearest` keeps the analysis's "did you mean" answers for a next analysis of the same
 * outputs (see {@link analyzeMap}).
 *
 * @example const { flows, problems } = deriveModel(starterMap());
 */
export function deriveModel(
  map: ProcessMap,
  nearest?: Map<string, string | undefined>,
): DerivedModel {
  const index = indexArtifacts(map.processes);
  return {
    index,
    flows: deriveFlows(map.processes, index),
    problems: analyzeMap(map, index, nearest),
  };
}
