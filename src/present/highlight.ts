import type { ArtifactIndex } from '../model/flows';
import type { Flow } from '../model/types';
import { artifactThread } from './threads';

/**
 * What a process is in the current view. A step shows its process (`focus`), who feeds it
 * (`upstream`), who uses its outputs (`downstream`) and neighbours that do both (`both`,
 * a PDCA loop). A thread shows who produces an artifact and who consumes it.
 */
export type Role = 'focus' | 'upstream' | 'downstream' | 'both' | 'producer' | 'consumer';

export interface Highlight {
  /** Role of every highlighted process; any process not in here is dimmed. */
  roles: Map<string, Role>;
  /** Ids of the highlighted flows; the others are dimmed. */
  flows: Set<string>;
  /** Artifact key of a followed thread: its ports are marked on every node. */
  thread?: string;
}

/** What the presenter looks at: the whole map, one process, or one artifact's thread. */
export type Focus =
  { kind: 'overview' } | { kind: 'process'; id: string } | { kind: 'thread'; key: string };

/** The focus of a tour standing on `step` (the overview when undefined), following `thread` if set. */
export function focusOf(step: string | undefined, thread: string | undefined): Focus {
  if (thread !== undefined) return { kind: 'thread', key: thread };
  if (step !== undefined) return { kind: 'process', id: step };
  return { kind: 'overview' };
}

/**
 * The highlight of a focus, or `undefined` for the overview (nothing dimmed).
 *
 * @example
 * highlightOf({ kind: 'process', id: 'risk-treatment' }, flows, index)?.roles.get('risk-assessment')
 * // 'upstream'
 */
export function highlightOf(
  focus: Focus,
  flows: readonly Flow[],
  index: ArtifactIndex,
): Highlight | undefined {
  if (focus.kind === 'overview') return undefined;
  const roles = new Map<string, Role>();
  const lit = new Set<string>();
  if (focus.kind === 'process') {
    for (const flow of flows) {
      if (flow.to === focus.id) {
        lit.add(flow.id);
        addRole(roles, flow.from, 'upstream');
      }
      if (flow.from === focus.id) {
        lit.add(flow.id);
        addRole(roles, flow.to, 'downstream');
      }
    }
    roles.set(focus.id, 'focus');
    return { roles, flows: lit };
  }
  const thread = artifactThread(focus.key, index);
  for (const id of thread.consumers) roles.set(id, 'consumer');
  // A process that consumes its own output is shown as where the artifact comes from.
  for (const id of thread.producers) roles.set(id, 'producer');
  for (const flow of flows) if (flow.key === focus.key) lit.add(flow.id);
  return { roles, flows: lit, thread: focus.key };
}

function addRole(roles: Map<string, Role>, id: string, role: 'upstream' | 'downstream'): void {
  const current = roles.get(id);
  roles.set(id, current === undefined || current === role ? role : 'both');
}
