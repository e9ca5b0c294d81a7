import { createContext, useContext, useLayoutEffect, useMemo, useState } from 'react';
import type { NodeGeometry } from '../layout/types';
import type { Problem, Process } from '../model/types';
import {
  createContentBuilder,
  createNodeContents,
  type NodeContent,
  type NodeContents,
} from './node-contents';
import { useKeyedValue } from './keyed-source';

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
  return useKeyedValue(source, id);
}

/**
 * A canvas's node contents, built from its processes (keeping every unchanged one) and
 * published as they change: before the browser paints, and before React Flow (in its
 * effects) mounts the nodes of new processes, which then find theirs. Gives the contents by
 * id, for what reads them while rendering, and the source to hand down to the nodes.
 */
export function useNodeContents(
  processes: readonly Process[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  problemsByProcess: ReadonlyMap<string, readonly Problem[]>,
): { contents: ReadonlyMap<string, NodeContent>; source: NodeContents } {
  const [build] = useState(createContentBuilder);
  const contents = useMemo(
    () => build(processes, geometries, problemsByProcess),
    [build, processes, geometries, problemsByProcess],
  );
  const [source] = useState(() => createNodeContents(contents));
  useLayoutEffect(() => source.publish(contents), [source, contents]);
  return { contents, source };
}
