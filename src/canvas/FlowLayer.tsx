import { EdgeLabelRenderer, useStore } from '@xyflow/react';
import { memo, useMemo, useState } from 'react';
import type { FlowEdgeType } from './flow-adapter';
import { sameItems } from '../model/lists';
import { createFlowBucketer } from './flow-buckets';
import { zoomedIn } from './FlowEdge';
import { FlowGraphic } from './FlowGraphic';
import { flowPaths } from './flow-paths';
import { useProgressiveCount } from './use-progressive-count';

interface FlowsProps {
  edges: readonly FlowEdgeType[];
  showAll: boolean;
}

function Flows({ edges, showAll }: FlowsProps) {
  return edges.map(
    (edge) =>
      edge.data && (
        <FlowGraphic key={edge.id} id={edge.id} data={edge.data} showAll={showAll} mode="quiet" />
      ),
  );
}

/**
 * A group's flows as two paths, every line in one and every arrowhead in the other, and
 * only the emphasised flows as elements of their own (on top, with their labels): a big
 * map zoomed out draws thousands of flows too thin to point at, and the page then holds a
 * few dozen paths instead of four elements per flow.
 */
function FlowBundle({ edges, showAll }: FlowsProps) {
  const { line, head, emphasised } = useMemo(() => {
    const lines: string[] = [];
    const heads: string[] = [];
    for (const edge of edges) {
      if (!edge.data || edge.data.highlighted) continue;
      const paths = flowPaths(edge.data.route, edge.data.fan);
      lines.push(paths.line);
      heads.push(paths.head);
    }
    return {
      line: lines.join(' '),
      head: heads.join(' '),
      emphasised: edges.filter((edge) => edge.data?.highlighted),
    };
  }, [edges]);
  return (
    <>
      <path d={line} className="pm-flow__path" data-testid="flow-bundle" />
      <path d={head} className="pm-flow__head" />
      <Flows edges={emphasised} showAll={showAll} />
    </>
  );
}

interface FlowGroupProps extends FlowsProps {
  /** Each flow an element of its own, with its hover and label; else a bundle. */
  whole: boolean;
}

/** One group of flows in an SVG of its own; drawn again only when one of its flows changed. */
const FlowGroup = memo(
  function FlowGroup({ edges, showAll, whole }: FlowGroupProps) {
    return (
      <svg className="pm-flows" aria-hidden="true">
        {whole ? (
          <Flows edges={edges} showAll={showAll} />
        ) : (
          <FlowBundle edges={edges} showAll={showAll} />
        )}
      </svg>
    );
  },
  (a, b) => a.showAll === b.showAll && a.whole === b.whole && sameItems(a.edges, b.edges),
);

export interface FlowLayerProps {
  edges: readonly FlowEdgeType[];
  /** Each process's place in the map, the order in which a big map mounts its nodes. */
  order: ReadonlyMap<string, number>;
  /** A map of many processes, zoomed out: each group is a bundle (see {@link FlowBundle}). */
  bundled: boolean;
  /**
   * A map of many processes: once zoomed in, the groups become elements per flow over a few
   * frames, not thousands of elements in one task.
   */
  gradual: boolean;
}

/**
 * The editor's flows, drawn by the map itself rather than as React Flow edges: SVGs in the
 * viewport's layer under the nodes (React Flow's edge-label layer), one per group of
 * processes (see {@link createFlowBucketer}), with a memoised element per flow. Nothing in it
 * listens to React Flow's store except the zoom band that shows every label, so a pan or
 * zoom costs no work per flow, and an edit redraws and repaints only the flows it changed;
 * an edit that changes no flow (a rename) does not draw the layer at all.
 */
export const FlowLayer = memo(function FlowLayer({
  edges,
  order,
  bundled,
  gradual,
}: FlowLayerProps) {
  const showAll = useStore(zoomedIn);
  const [bucket] = useState(() => createFlowBucketer());
  const groups = useMemo(() => bucket(edges, order), [bucket, edges, order]);
  const unbundled = useProgressiveCount(gradual && !bundled ? edges.length : 0);
  // How many flows, group by group from the first, are drawn whole.
  let left = bundled ? 0 : gradual ? unbundled : edges.length;
  return (
    <EdgeLabelRenderer>
      {groups.map((group) => {
        left -= group.edges.length;
        return (
          <FlowGroup key={group.key} edges={group.edges} showAll={showAll} whole={left >= 0} />
        );
      })}
    </EdgeLabelRenderer>
  );
});
