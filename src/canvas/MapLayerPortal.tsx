import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const domNodeOf = (s: ReactFlowState) => s.domNode;

const LAYERS = {
  above: '.react-flow__viewport-portal',
  below: '.react-flow__edgelabel-renderer',
} as const;

/**
 * Draws its children in the map's own coordinates, in the layer React Flow keeps above the
 * nodes (as its `ViewportPortal` does), or with `layer="below"` in the one under them (its
 * edge labels' layer). The layer is looked up once per map: React Flow's portal looks for
 * it again on every change to its store, which a big map's mounting makes dozens of times,
 * each a search through thousands of nodes.
 */
export function MapLayerPortal({
  children,
  layer: which = 'above',
}: {
  children: ReactNode;
  layer?: keyof typeof LAYERS;
}) {
  const domNode = useStore(domNodeOf);
  const layer = useMemo(() => domNode?.querySelector<HTMLElement>(LAYERS[which]), [domNode, which]);
  return layer ? createPortal(children, layer) : null;
}
