import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { createLayoutRunner, type LayoutRunner, type StoppableElk } from './runner';

/**
 * ELK in a Web Worker (browser only): a layout of hundreds of processes never blocks the
 * page. `terminate()` kills the worker, which is how a running layout is cancelled.
 */
export function createWorkerElk(): StoppableElk {
  const elk = new ELK({ workerFactory: () => new Worker(elkWorkerUrl) });
  return {
    layout: (graph) => elk.layout(graph),
    terminate: () => elk.terminateWorker(),
  };
}

/** The editor's layout runner: one worker, replaced when a newer layout cancels a running one. */
export function createWorkerLayoutRunner(): LayoutRunner {
  return createLayoutRunner(createWorkerElk);
}
