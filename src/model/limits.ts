import type { Process } from './types';

/**
 * The most inputs and outputs one process may have to be laid out. ELK gives every
 * artifact of a process a port, and its time grows much faster than the ports of one node:
 * 500 took 3 s, 2,000 took 15 s, 5,000 took three minutes. Real processes have tens.
 */
export const MAX_ARTIFACTS_PER_PROCESS = 500;

/**
 * Why the processes cannot be laid out — the first one with more than
 * {@link MAX_ARTIFACTS_PER_PROCESS} inputs and outputs, by name and id — or undefined.
 *
 * @example tooManyArtifacts(map.processes) // 'process "Intake" (intake) has 5000 inputs …'
 */
export function tooManyArtifacts(processes: readonly Process[]): string | undefined {
  const big = processes.find((p) => p.inputs.length + p.outputs.length > MAX_ARTIFACTS_PER_PROCESS);
  if (!big) return undefined;
  return `process "${big.name}" (${big.id}) has ${big.inputs.length} inputs and ${big.outputs.length} outputs; a process can have at most ${MAX_ARTIFACTS_PER_PROCESS} to be laid out. Split it into several processes.`;
}
