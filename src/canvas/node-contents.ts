import type { NodeGeometry } from '../layout/types';
import type { Problem, Process, Severity } from '../model/types';
import { createKeyedSource, type KeyedReader } from './keyed-source';

/** The problems of one process, summed up for its marker. */
export interface ProblemSummary {
  count: number;
  /** The worst severity among them. */
  severity: Severity;
  /** One line per problem: the marker's tooltip. */
  text: string;
}

/** What a node draws inside its box: the process, its geometry and its problems. */
export interface NodeContent {
  process: Process;
  geometry: NodeGeometry;
  problems?: ProblemSummary;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Counts a process's problems and keeps the worst severity, or nothing when it has none. */
export function summarizeProblems(
  problems: readonly Problem[] | undefined,
): ProblemSummary | undefined {
  if (!problems || problems.length === 0) return undefined;
  let severity: Severity = 'info';
  for (const problem of problems)
    if (RANK[problem.severity] > RANK[severity]) severity = problem.severity;
  return { count: problems.length, severity, text: problems.map((p) => p.message).join('\n') };
}

/** Whether two lists of problems sum up to the same marker. */
function sameMarker(a: readonly Problem[] | undefined, b: readonly Problem[] | undefined): boolean {
  if (a === b) return true;
  const length = a?.length ?? 0;
  if (length !== (b?.length ?? 0)) return false;
  for (let i = 0; i < length; i++)
    if (a![i]!.severity !== b![i]!.severity || a![i]!.message !== b![i]!.message) return false;
  return true;
}

/**
 * Builds every node's content by process id, keeping the previous object of each process
 * whose process, geometry and problems are unchanged: after a rename only the renamed
 * process has a new content, so only its node draws again. Processes without a geometry
 * (a map waiting for its layout) have none.
 */
export function createContentBuilder(): (
  processes: readonly Process[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  problemsByProcess: ReadonlyMap<string, readonly Problem[]>,
) => ReadonlyMap<string, NodeContent> {
  let previous = new Map<string, NodeContent>();
  let previousProblems: ReadonlyMap<string, readonly Problem[]> = new Map();
  return (processes, geometries, problemsByProcess) => {
    const contents = new Map<string, NodeContent>();
    for (const process of processes) {
      const geometry = geometries[process.id];
      if (!geometry) continue;
      const problems = problemsByProcess.get(process.id);
      const old = previous.get(process.id);
      const marker =
        old && sameMarker(previousProblems.get(process.id), problems)
          ? old.problems
          : summarizeProblems(problems);
      const content =
        old && old.process === process && old.geometry === geometry && old.problems === marker
          ? old
          : { process, geometry, problems: marker };
      contents.set(process.id, content);
    }
    previous = contents;
    previousProblems = problemsByProcess;
    return contents;
  };
}

/**
 * The node contents of one canvas, which each node reads by its own id. Publishing tells
 * only the nodes whose content changed, so an edit to one process draws one node again
 * while React Flow's nodes, which carry only position, size and handles, stay as they were.
 */
export interface NodeContents extends KeyedReader<NodeContent | undefined> {
  publish(contents: ReadonlyMap<string, NodeContent>): void;
}

/**
 * @example
 * const source = createNodeContents(build(processes, geometries, problems));
 * const stop = source.subscribe('p1', redraw);
 */
export function createNodeContents(initial: ReadonlyMap<string, NodeContent>): NodeContents {
  const source = createKeyedSource<NodeContent | undefined>((id) => initial.get(id));
  return {
    get: source.get,
    subscribe: source.subscribe,
    publish(contents) {
      source.publish((id) => contents.get(id));
    },
  };
}
