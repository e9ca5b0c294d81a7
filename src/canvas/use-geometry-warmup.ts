import { useEffect } from 'react';
import { nodeGeometry } from '../layout/geometry';
import type { Process } from '../model/types';

/** Idle time left that is worth another node, in ms. */
const SLACK_MS = 2;

/**
 * While a map waits for its layout (ELK runs in a worker for seconds on a big map), measures
 * and wraps its nodes' text in the page's idle time, so that placing the nodes when the
 * layout arrives finds every geometry made instead of making a thousand in one task.
 */
export function useGeometryWarmup(processes: readonly Process[] | undefined): void {
  useEffect(() => {
    if (!processes || typeof requestIdleCallback !== 'function') return;
    let next = 0;
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      while (next < processes.length && deadline.timeRemaining() > SLACK_MS)
        nodeGeometry(processes[next++]!);
      if (next < processes.length) handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }, [processes]);
}
