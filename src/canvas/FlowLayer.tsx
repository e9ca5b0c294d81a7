import { EdgeLabelRenderer, useStore } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { FlowEdgeType } from './flow-adapter';
import { bucketFlows, sameItems } from './flow-buckets';
import { zoomedIn } from './FlowEdge';
import { FlowGraphic } from './FlowGraphic';

interface FlowGroupProps {
  edges: readonly FlowEdgeType[];
  showAll: boolean;
}

/** One group of flows in an SVG of its own; drawn again only when one of its flows changed. */
const FlowGroup = memo(
  function FlowGroup({ edges, showAll }: FlowGroupProps) {
    return (
      <svg className="pm-flows" aria-hidden="true">
        {edges.map(
          (edge) =>
            edge.data && (
              <FlowGraphic
                key={edge.id}
                id={edge.id}
                data={edge.data}
                showAll={showAll}
                mode="quiet"
              />
            ),
        )}
      </svg>
    );
  },
  (a, b) => a.showAll === b.showAll && sameItems(a.edges, b.edges),
);

/**
 * The editor's flows, drawn by the map itself rather than as React Flow edges: SVGs in the
 * viewport's layer under the nodes (React Flow's edge-label layer), one per group of
 * processes (see {@link bucketFlows}), with a memoised element per flow. Nothing in it
 * listens to React Flow's store except the zoom band that shows every label, so a pan or
 * zoom costs no work per flow, and an edit redraws and repaints only the flows it changed.
 */
export function FlowLayer({
  edges,
  order,
}: {
  edges: readonly FlowEdgeType[];
  /** Each process's place in the map, the order in which a big map mounts its nodes. */
  order: ReadonlyMap<string, number>;
}) {
  const showAll = useStore(zoomedIn);
  const groups = useMemo(() => bucketFlows(edges, order), [edges, order]);
  return (
    <EdgeLabelRenderer>
      {groups.map((group) => (
        <FlowGroup key={group.key} edges={group.edges} showAll={showAll} />
      ))}
    </EdgeLabelRenderer>
  );
}
