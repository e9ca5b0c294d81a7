import { useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdgeType } from './flow-adapter';
import { FlowGraphic } from './FlowGraphic';

/** From this zoom on, every flow shows its artifact; below it only emphasised or hovered ones. */
export const LABEL_ZOOM = 1.1;

/** Whether React Flow's current zoom shows every flow's label. */
export const zoomedIn = (s: ReactFlowState) => s.transform[2] >= LABEL_ZOOM;

/**
 * A flow as a React Flow edge, for the presentation's read-only map, where React Flow's edge
 * clicks and per-edge classes light and dim the flows of each step.
 */
function FlowEdgeView({ id, data }: EdgeProps<FlowEdgeType>) {
  const showAll = useStore(zoomedIn);
  if (!data || data.route.length < 2) return null;
  return <FlowGraphic id={id} data={data} showAll={showAll} mode="always" />;
}

export const FlowEdge = memo(FlowEdgeView);

// Module level: React Flow re-creates every edge when this object changes.
export const edgeTypes = { flow: FlowEdge };
