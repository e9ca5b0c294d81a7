import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkLike } from './layout';

/**
 * ELK running in-process: for the CLI and tests in Node. Not for the browser, where a
 * layout would block the page (use createWorkerElk from elk-worker.ts there).
 */
export function createNodeElk(): ElkLike {
  return new ELK();
}
