import { artifactKey } from '../model/keys';
import type { Process } from '../model/types';

/**
 * Processes whose name matches what the presenter typed, best first: names that start with
 * it, then names with a word that starts with it, then names that contain it; inside each
 * group the map's order. Case, spacing and Unicode forms do not matter (the matching key).
 *
 * @example
 * findProcesses('risk', processes).map((p) => p.name)
 * // ['Risk assessment', 'Risk treatment', 'Information security risk review']
 */
export function findProcesses(query: string, processes: readonly Process[]): Process[] {
  const needle = artifactKey(query);
  if (needle === '') return [];
  const ranked: { process: Process; rank: number }[] = [];
  for (const process of processes) {
    const name = artifactKey(process.name);
    const at = name.indexOf(needle);
    if (at < 0) continue;
    const rank = at === 0 ? 0 : name.includes(` ${needle}`) ? 1 : 2;
    ranked.push({ process, rank });
  }
  // Array.prototype.sort is stable, so each group keeps the map's order.
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.process);
}
