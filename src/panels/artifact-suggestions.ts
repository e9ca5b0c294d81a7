import type { ArtifactIndex } from '../model/flows';
import { artifactKey, distinctNames } from '../model/keys';
import type { Process } from '../model/types';

interface Named {
  name: string;
  key: string;
}

/** Distinct names as artifacts match, each with its key. */
function named(names: Iterable<string>): Named[] {
  return distinctNames(names).map((name) => ({ name, key: artifactKey(name) }));
}

interface MapWide {
  outputs: Named[];
  unresolved: Named[];
  byProcess: Map<string, ArtifactSuggestions>;
}

// By the index's producers map, which stays the same object while no input or output of the
// map changes (a rename keeps it): the lists are then the same too.
const mapWide = new WeakMap<ArtifactIndex['producers'], MapWide>();

function listsOf(processes: readonly Process[], index: ArtifactIndex): MapWide {
  let lists = mapWide.get(index.producers);
  if (!lists) {
    lists = {
      outputs: named(processes.flatMap((p) => p.outputs)),
      unresolved: named(processes.flatMap((p) => p.inputs)).filter(
        (n) => !index.producers.has(n.key),
      ),
      byProcess: new Map(),
    };
    mapWide.set(index.producers, lists);
  }
  return lists;
}

/** What the input and output fields of one process suggest. */
export interface ArtifactSuggestions {
  /** Outputs of the other processes: typed as an input, each draws a flow. */
  outputs: string[];
  /** Inputs of the other processes that nobody produces: typed as an output, each resolves one. */
  unresolved: string[];
}

/**
 * The artifact names process `id`'s fields suggest, from the map's artifact index. They are
 * made once per set of artifacts (and process), so editing a name or an owner does not pass
 * over every input and output of the map again.
 *
 * @example artifactSuggestions(map.processes, deriveModel(map).index, 'audit').outputs
 */
export function artifactSuggestions(
  processes: readonly Process[],
  index: ArtifactIndex,
  id: string,
): ArtifactSuggestions {
  const lists = listsOf(processes, index);
  const known = lists.byProcess.get(id);
  if (known) return known;
  const elsewhere = (ids: readonly string[] | undefined) =>
    !!ids && ids.some((other) => other !== id);
  const suggestions = {
    outputs: lists.outputs.filter((n) => elsewhere(index.producers.get(n.key))).map((n) => n.name),
    unresolved: lists.unresolved
      .filter((n) => elsewhere(index.consumers.get(n.key)))
      .map((n) => n.name),
  };
  lists.byProcess.set(id, suggestions);
  return suggestions;
}
