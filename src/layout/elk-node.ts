import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ElkLike } from './layout';

/**
 * ELK running in-process: for the CLI and tests in Node. Not for the browser, where a
 * layout would block the page (use createWorkerLayoutRunner from elk-worker.ts there). elkjs loads
 * on the first layout, not with the module: `procmap check` never lays out, and loading
 * ELK's 1.6 MB would be a third of its run.
 */
export function createNodeElk(): ElkLike {
  let elk: Promise<ElkLike> | undefined;
  return {
    async layout(graph: ElkNode) {
      elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
      return (await elk).layout(graph);
    },
  };
}
