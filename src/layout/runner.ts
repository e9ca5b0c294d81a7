import type { ProcessMap } from '../model/types';
import { geometryKey } from './geometry';
import type { LayoutOptions } from './layout';
import type { LayoutResult } from './types';

/** How many finished layouts a runner keeps: a direction, the other, and one more. */
const KEPT_LAYOUTS = 3;

/**
 * Everything ELK's answer for `map` depends on, as a string: the direction, and each
 * process's id, geometry and artifacts in model order (positions, descriptions, activities
 * and the like do not change the layout). ELK's layered algorithm is deterministic, so two
 * maps with the same key get the same layout.
 */
export function layoutKey(map: ProcessMap, options: LayoutOptions = {}): string {
  const direction = options.direction ?? map.layout.direction;
  return `${direction}\n${map.processes.map((p) => JSON.stringify(p.id) + geometryKey(p)).join('\n')}`;
}

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

/**
 * Runs one layout at a time; a new request cancels the one in flight. The last few finished
 * layouts are kept: laying out a map as it was laid out before (Auto-layout again, back to
 * the other direction, after an undo) answers at once instead of running ELK again.
 */
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
  // By layout key, oldest first.
  const kept = new Map<string, LayoutResult>();

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
      const key = layoutKey(map, options);
      const known = kept.get(key);
      if (known) {
        kept.delete(key);
        kept.set(key, known);
        return Promise.resolve(known);
      }
      const current = (elk ??= createEngine());
      return new Promise<LayoutResult>((resolve, reject) => {
        const run = { reject };
        pending = run;
        current.run(map, options).then(
          (result) => {
            if (pending !== run) return;
            pending = null;
            kept.set(key, result);
            if (kept.size > KEPT_LAYOUTS) kept.delete(kept.keys().next().value!);
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
