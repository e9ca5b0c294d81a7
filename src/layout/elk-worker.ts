import type { LayoutReply, LayoutRequest } from './layout-worker';
import { createLayoutRunner, type LayoutEngine, type LayoutRunner } from './runner';
import { decodeLayout } from './wire';

/**
 * Layouts in a Web Worker (browser only): the worker builds ELK's graph, lays it out and
 * reads positions and routes, so a map of a thousand processes never blocks the page and
 * only the result crosses to it. `terminate()` kills the worker, which is how a running
 * layout is cancelled.
 */
export function createWorkerEngine(): LayoutEngine {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  return {
    run(map, options) {
      return new Promise((resolve, reject) => {
        worker.onmessage = ({ data }: MessageEvent<LayoutReply>) => {
          if (data.ok) resolve(decodeLayout(data.layout));
          else reject(new Error(data.message));
        };
        worker.onerror = (event) => {
          event.preventDefault();
          reject(new Error(event.message || 'the layout worker failed'));
        };
        const request: LayoutRequest = { map, direction: options?.direction };
        worker.postMessage(request);
      });
    },
    terminate: () => worker.terminate(),
  };
}

/** The editor's layout runner: one worker, replaced when a newer layout cancels a running one. */
export function createWorkerLayoutRunner(): LayoutRunner {
  return createLayoutRunner(createWorkerEngine);
}
