import { analyzeMap, type AnalysisMemo } from './analysis';
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
 * `memo` keeps what the analysis can hand a next analysis of a map with the same artifacts
 * (see {@link AnalysisMemo}).
 *
 * @example const { flows, problems } = deriveModel(starterMap());
 */
export function deriveModel(map: ProcessMap, memo?: AnalysisMemo): DerivedModel {
  const index = indexArtifacts(map.processes);
  return {
    index,
    flows: deriveFlows(map.processes, index),
    problems: analyzeMap(map, index, memo),
  };
}
