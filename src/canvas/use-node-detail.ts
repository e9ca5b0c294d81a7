import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useState } from 'react';
import { createKeyedSource, type KeyedReader } from './keyed-source';
import { onScreen, viewedRect, type PlacedNode } from './on-screen';
import { inOverview } from './overview';

const ALL = () => true;
const NONE = () => false;

/** Whether each node draws its insides at React Flow's current view. */
function detailIn(
  s: ReactFlowState,
  nodes: readonly PlacedNode[],
  big: boolean,
): (id: string) => boolean {
  if (inOverview(s.transform[2])) return NONE;
  if (!big) return ALL;
  const ids = onScreen(nodes, viewedRect(s.transform, s));
  return (id) => ids.has(id);
}

/**
 * Which nodes of the canvas draw their insides (text, ports, handles), by id: none while the
 * map is zoomed out to its overview, where labels cover the nodes; zoomed in, every node of
 * a small map, and of a big one only those on screen.
 *
 * Every node of a big map stays mounted, a bare box where it draws nothing: zooming out to
 * the whole map then mounts no node (React Flow's own culling mounted up to a thousand in
 * one task of 300–400 ms), and a node that comes on screen only draws its insides. React
 * Flow finds a node's handles from the canvas's nodes, not by measuring, so a node that
 * starts drawing its handles needs nothing more for a connection to find them.
 *
 * @example <NodeDetail.Provider value={useNodeDetail(nodes, big)}>…</NodeDetail.Provider>
 */
export function useNodeDetail(nodes: readonly PlacedNode[], big: boolean): KeyedReader<boolean> {
  const flow = useStoreApi();
  const [source] = useState(() => createKeyedSource(detailIn(flow.getState(), nodes, big)));

  useLayoutEffect(() => {
    let transform: ReactFlowState['transform'] | undefined;
    const update = (s: ReactFlowState) => {
      // React Flow's store changes often (new nodes, selecting): only a new view matters.
      if (s.transform === transform) return;
      transform = s.transform;
      source.publish(detailIn(s, nodes, big));
    };
    update(flow.getState());
    return flow.subscribe(update);
  }, [flow, source, nodes, big]);

  return source;
}
