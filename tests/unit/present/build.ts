import { deriveFlows, indexArtifacts } from '../../../src/model/flows';
import type { Process } from '../../../src/model/types';

type ProcessInit = Partial<Process> & Pick<Process, 'id'>;

/** A process with the given fields and empty lists elsewhere; its name is its id. */
export function proc(init: ProcessInit): Process {
  return {
    name: init.id,
    kind: 'process',
    activities: [],
    inputs: [],
    outputs: [],
    references: [],
    ...init,
  };
}

/** A map of processes with the flows and artifact index the editor would derive. */
export function mapOf(...inits: ProcessInit[]) {
  const processes = inits.map(proc);
  const index = indexArtifacts(processes);
  return { map: { processes }, flows: deriveFlows(processes, index), index };
}
