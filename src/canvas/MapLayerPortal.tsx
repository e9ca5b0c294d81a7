import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const domNodeOf = (s: ReactFlowState) => s.domNode;

/**
 * Draws its children in the map's own coordinates, in the layer React Flow keeps above the
 * nodes (as its `ViewportPortal` does). The layer is looked up once per map: React Flow's
 * portal looks for it again on every change to its store, which a big map's mounting makes
 * dozens of times, each a search through thousands of nodes.
 */
export function MapLayerPortal({ children }: { children: ReactNode }) {
  const domNode = useStore(domNodeOf);
  const layer = useMemo(
    () => domNode?.querySelector<HTMLElement>('.react-flow__viewport-portal'),
    [domNode],
  );
  return layer ? createPortal(children, layer) : null;
}
