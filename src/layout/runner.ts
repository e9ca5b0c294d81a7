import type { ProcessMap } from '../model/types';
import type { LayoutOptions } from './layout';
import type { LayoutResult } from './types';

/** Something that lays maps out and can be stopped mid-layout (a worker is terminated). */
export interface LayoutEngine {
  run(map: ProcessMap, options?: LayoutOptions): Promise<LayoutResult>;
  terminate(): void;
}

/** Rejects a layout that a newer layout (or `cancel()`) replaced; callers ignore it. */
export class LayoutAbortedError extends Error {
  constructor() {
    super('The layout was replaced by a newer one.');
    this.name = 'AbortError';
  }
}

/** True for the rejection of a layout that was cancelled or replaced. */
export function isLayoutAborted(error: unknown): boolean {
  return error instanceof LayoutAbortedError;
}

/** Runs one layout at a time; a new request cancels the one in flight. */
export interface LayoutRunner {
  /** Lays the map out; rejects with LayoutAbortedError when a newer run or cancel() replaces it. */
  run(map: ProcessMap, options?: LayoutOptions): Promise<LayoutResult>;
  /** Stops the layout in flight, if any. */
  cancel(): void;
  /** Stops everything and frees the ELK instance. */
  dispose(): void;
}

/**
 * A runner over layout engines from `createEngine`. An idle engine is reused; one busy with
 * a layout that is no longer wanted is terminated (the only way to stop ELK mid-layout)
 * and the next run starts a fresh one.
 *
 * @example
 * const runner = createLayoutRunner(createWorkerEngine);
 * runner.run(map).then(apply, (e) => { if (!isLayoutAborted(e)) report(e); });
 */
export function createLayoutRunner(createEngine: () => LayoutEngine): LayoutRunner {
  let elk: LayoutEngine | null = null;
  let pending: { reject: (error: Error) => void } | null = null;

  function cancel(): void {
    if (!pending) return;
    elk?.terminate();
    elk = null;
    const { reject } = pending;
    pending = null;
    reject(new LayoutAbortedError());
  }

  return {
    run(map, options) {
      cancel();
      const current = (elk ??= createEngine());
      return new Promise<LayoutResult>((resolve, reject) => {
        const run = { reject };
        pending = run;
        current.run(map, options).then(
          (result) => {
            if (pending !== run) return;
            pending = null;
            resolve(result);
          },
          (error: unknown) => {
            if (pending !== run) return;
            pending = null;
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
    cancel,
    dispose() {
      cancel();
      elk?.terminate();
      elk = null;
    },
  };
}
