import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
} from 'react';
import { createNodeContents, type NodeContent, type NodeContents } from './node-contents';

/** The node contents of the canvas around a node. */
export const NodeContentsContext = createContext<NodeContents | null>(null);

/**
 * The content of the node `id`, drawn again only when that content changes.
 *
 * @example const content = useNodeContent(id); if (!content) return null;
 */
export function useNodeContent(id: string): NodeContent | undefined {
  const source = useContext(NodeContentsContext);
  if (!source) throw new Error('useNodeContent: no NodeContentsContext around this node');
  const subscribe = useCallback(
    (listener: () => void) => source.subscribe(id, listener),
    [source, id],
  );
  const read = useCallback(() => source.get(id), [source, id]);
  return useSyncExternalStore(subscribe, read);
}

/**
 * A canvas's node contents, published as they change: before the browser paints, and before
 * React Flow (in its effects) mounts the nodes of new processes, which then find theirs.
 */
export function usePublishedContents(contents: ReadonlyMap<string, NodeContent>): NodeContents {
  const [source] = useState(() => createNodeContents(contents));
  useLayoutEffect(() => source.publish(contents), [source, contents]);
  return source;
}
