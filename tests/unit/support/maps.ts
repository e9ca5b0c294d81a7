import type { Process, ProcessMap } from '../../../src/model/types';

/** A process named after its id (in capitals), with an owner and the given inputs and outputs. */
export function proc(id: string, inputs: string[] = [], outputs: string[] = []): Process {
  return {
    id,
    name: id.toUpperCase(),
    kind: 'process',
    owner: 'Owner',
    activities: [],
    inputs,
    outputs,
    references: [],
  };
}

/** A map of these processes, placed in a row 400 px apart. */
export function mapOf(...processes: Process[]): ProcessMap {
  const positions = Object.fromEntries(processes.map((p, i) => [p.id, { x: i * 400, y: 0 }]));
  return { procmap: 1, title: 'Test map', layout: { direction: 'RIGHT' }, processes, positions };
}

/** A bare process named by its id: no owner, just the given inputs, outputs and fields. */
export function bareProcess(
  id: string,
  inputs: string[] = [],
  outputs: string[] = [],
  extra: Partial<Process> = {},
): Process {
  return {
    id,
    name: id,
    kind: 'process',
    activities: [],
    inputs,
    outputs,
    references: [],
    ...extra,
  };
}
