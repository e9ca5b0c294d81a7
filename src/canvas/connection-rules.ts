import { artifactKey } from '../model/keys';
import { memoByObject } from '../model/memo';
import type { Process } from '../model/types';

/**
 * The processes by id, built when first asked for this list and then kept: a connection
 * being dragged asks on every handle it passes, while an edit makes a new list that no
 * connection may ever ask about.
 */
export const processesById = memoByObject(
  (processes: readonly Process[]): ReadonlyMap<string, Process> =>
    new Map(processes.map((p) => [p.id, p])),
);

/** Prefix of the handle id of an output port; inputs use `in:`. */
const OUT_PREFIX = 'out:';

/** What the user is trying to connect: an output port of one process dropped on another. */
export interface ConnectionAttempt {
  source: string | null;
  sourceHandle?: string | null;
  target: string | null;
}

/**
 * The artifact key an output handle stands for, or undefined when the handle is not an
 * output port.
 *
 * @example outputKeyOfHandle('out:risk register') === 'risk register'
 */
export function outputKeyOfHandle(handleId: string | null | undefined): string | undefined {
  if (!handleId || !handleId.startsWith(OUT_PREFIX)) return undefined;
  return handleId.slice(OUT_PREFIX.length);
}

/**
 * The producer's spelling of the output behind a handle, or undefined when the process
 * has no such output.
 */
export function outputNameOfHandle(
  producer: Process,
  handleId: string | null | undefined,
): string | undefined {
  const key = outputKeyOfHandle(handleId);
  if (key === undefined) return undefined;
  return producer.outputs.find((name) => artifactKey(name) === key)?.trim();
}

/**
 * Whether dropping an output of `source` on `target` may give `target` that artifact as an
 * input: only from an existing output, never onto the producer itself, and never twice the
 * same input (by key: DESIGN.md matching rule).
 *
 * @example canConnect(byId, { source: 'a', sourceHandle: 'out:risk register', target: 'b' })
 */
export function canConnect(
  processesById: ReadonlyMap<string, Process>,
  attempt: ConnectionAttempt,
): boolean {
  const { source, target } = attempt;
  if (!source || !target || source === target) return false;
  const producer = processesById.get(source);
  const consumer = processesById.get(target);
  if (!producer || !consumer) return false;
  const name = outputNameOfHandle(producer, attempt.sourceHandle);
  if (name === undefined) return false;
  const key = artifactKey(name);
  return !consumer.inputs.some((input) => artifactKey(input) === key);
}
