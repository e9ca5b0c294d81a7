import { EdgeLabelRenderer, useStore } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdgeType } from './flow-adapter';
import { zoomedIn } from './FlowEdge';
import { FlowGraphic } from './FlowGraphic';

const Flows = memo(function Flows({
  edges,
  showAll,
}: {
  edges: readonly FlowEdgeType[];
  showAll: boolean;
}) {
  return edges.map(
    (edge) =>
      edge.data && (
        <FlowGraphic key={edge.id} id={edge.id} data={edge.data} showAll={showAll} mode="quiet" />
      ),
  );
});

/**
 * The editor's flows, drawn by the map itself rather than as React Flow edges: one SVG in
 * the viewport's layer under the nodes (React Flow's edge-label layer), with a memoised
 * group per flow. Nothing in it listens to
 * React Flow's store except the zoom band that shows every label, so a pan or zoom costs no
 * work per flow, the page holds one SVG instead of one per flow, and an edit redraws only
 * the flows it changed.
 */
export function FlowLayer({ edges }: { edges: readonly FlowEdgeType[] }) {
  const showAll = useStore(zoomedIn);
  return (
    <EdgeLabelRenderer>
      <svg className="pm-flows" aria-hidden="true">
        <Flows edges={edges} showAll={showAll} />
      </svg>
    </EdgeLabelRenderer>
  );
}
