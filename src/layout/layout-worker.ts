/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { Direction, ProcessMap } from '../model/types';
import { layoutMap } from './layout';
import { encodeLayout, type WireLayout } from './wire';

/** What the page asks: one map to lay out. */
export interface LayoutRequest {
  map: ProcessMap;
  direction?: Direction;
}

/** What the worker answers: the map's positions and routes, or why it could not. */
export type LayoutReply = { ok: true; layout: WireLayout } | { ok: false; message: string };

// The whole layout runs off the page, ELK's graph built and read here too: the page gets
// positions and routes back, not ELK's graph of every node, port and edge section to copy
// and read. ELK itself runs in a worker of its own: elkjs's bundled build, loaded in a
// worker, takes it for ELK's worker and answers the page itself.
const elk = new ELK({ workerFactory: () => new Worker(elkWorkerUrl) });

self.onmessage = async ({ data }: MessageEvent<LayoutRequest>) => {
  try {
    const { wire, transfer } = encodeLayout(
      await layoutMap(data.map, elk, { direction: data.direction }),
    );
    self.postMessage({ ok: true, layout: wire } satisfies LayoutReply, transfer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ ok: false, message } satisfies LayoutReply);
  }
};
