import {
  ReactFlow,
  useReactFlow,
  useStore,
  getViewportForBounds,
  type EdgeMouseHandler,
  type NodeMouseHandler,
  type ReactFlowState,
} from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import {
  createEdgeBuilder,
  createNodeBuilder,
  type FlowEdgeType,
  type MapNodeType,
} from '../canvas/flow-adapter';
import { BandLayer } from '../canvas/BandLayer';
import { RouteLookup } from '../canvas/route-lookup';
import { edgeTypes } from '../canvas/FlowEdge';
import { canvasStyle, nodeTypes } from '../canvas/MapCanvas';
import { NodeContentsContext, useNodeContents } from '../canvas/use-node-content';
import type { BandRect } from '../layout/bands';
import type { NodeGeometry } from '../layout/types';
import type { Link } from '../model/links';
import type { Point, Problem, Process } from '../model/types';
import { frameOf } from './camera';
import type { Highlight, Role } from './highlight';
import { portAt } from './ports';
import { RoleBadges } from './RoleBadges';
import { StepNumbers } from './StepNumbers';
import { ZoomVariable } from './ZoomVariable';

/** The camera's move to the next step, in ms; none when the user asked for less motion. */
const CAMERA_MS = 500;
/** A step never zooms in further than this: one process alone would fill the room. */
const MAX_STEP_ZOOM = 1.8;
const MIN_ZOOM = 0.05;

const NO_PROBLEMS: ReadonlyMap<string, readonly Problem[]> = new Map();
const NO_SELECTION: ReadonlySet<string> = new Set();

/** Space the card and the bar take over the map, in px: the camera frames what is left. */
export interface Insets {
  right: number;
  bottom: number;
}

export interface PresentCanvasProps {
  processes: readonly Process[];
  positions: Readonly<Record<string, Point>>;
  geometries: Readonly<Record<string, NodeGeometry>>;
  routes: Readonly<Record<string, Point[]>>;
  /** One arrow per pair of processes; lit when it carries a lit flow. */
  links: readonly Link[];
  /** The ISO bands behind the boxes, when the map is laid out in bands. */
  bands: readonly BandRect[];
  highlight: Highlight | undefined;
  /** The tour, numbered on the map in the overview. */
  order: readonly string[];
  insets: Insets;
  onProcess(id: string): void;
  onArtifact(key: string): void;
}

const px = (n: number) => `${n}px` as const;
const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
const paneSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

function nodeClass(role: Role | undefined, highlight: Highlight | undefined): string | undefined {
  if (!highlight) return undefined;
  return role ? `pm-present-node pm-present-node--${role}` : 'pm-present-node pm-present-node--dim';
}

function flowClass(
  link: Link,
  highlight: Highlight | undefined,
): 'in' | 'out' | 'thread' | 'plain' | 'dim' {
  if (!highlight) return 'plain';
  if (!link.flows.some((flow) => highlight.flows.has(flow.id))) return 'dim';
  if (highlight.thread !== undefined) return 'thread';
  return highlight.roles.get(link.to) === 'focus' ? 'in' : 'out';
}

/**
 * The map as the audience sees it: the editor's own node and edge components in a second,
 * read-only React Flow (nothing can be dragged, connected, selected or deleted), the step's
 * processes and flows lit and the rest dimmed, and a camera that moves to each step.
 */
export function PresentCanvas(props: PresentCanvasProps) {
  const { processes, positions, geometries, routes, links, highlight, insets } = props;
  const [buildNodes] = useState(createNodeBuilder);
  const [buildEdges] = useState(createEdgeBuilder);
  const linkById = useMemo(() => new Map(links.map((l) => [l.id, l])), [links]);

  const { contents, source: contentSource } = useNodeContents(processes, geometries, NO_PROBLEMS);
  const baseNodes = useMemo(
    () => buildNodes(processes, geometries, positions, NO_SELECTION),
    [buildNodes, processes, geometries, positions],
  );
  const nodes = useMemo(
    () =>
      baseNodes.map((node): MapNodeType => {
        const className = nodeClass(highlight?.roles.get(node.id), highlight);
        return className ? { ...node, className } : node;
      }),
    [baseNodes, highlight],
  );
  const routeLookup = useMemo(() => RouteLookup.of(new Map(Object.entries(routes))), [routes]);
  const baseEdges = useMemo(
    () => buildEdges(links, routeLookup, NO_SELECTION, geometries),
    [buildEdges, links, routeLookup, geometries],
  );
  const edges = useMemo(
    () =>
      baseEdges.map((edge): FlowEdgeType => {
        const link = linkById.get(edge.id);
        const kind = link ? flowClass(link, highlight) : 'plain';
        const lit = kind !== 'plain' && kind !== 'dim';
        return {
          ...edge,
          className: `pm-present-flow pm-present-flow--${kind}`,
          zIndex: lit ? 1 : 0,
          data: edge.data && { ...edge.data, highlighted: lit },
        };
      }),
    [baseEdges, linkById, highlight],
  );

  const flow = useReactFlow();
  const size = useStore(paneSize);
  const frame = useMemo(
    () => frameOf(highlight, positions, geometries),
    [highlight, positions, geometries],
  );
  const [paneWidth, paneHeight] = size.split('x').map(Number) as [number, number];
  const target = useMemo(() => {
    const [width, height] = [paneWidth, paneHeight];
    if (!width || !height || frame.width === 0) return undefined;
    const padding = {
      top: px(72),
      left: px(56),
      right: px(insets.right + 48),
      bottom: px(insets.bottom + 56),
    };
    const maxZoom = highlight ? MAX_STEP_ZOOM : 1;
    return getViewportForBounds(frame, width, height, MIN_ZOOM, maxZoom, padding);
  }, [frame, paneWidth, paneHeight, insets.right, insets.bottom, highlight]);
  const visible = useMemo(
    () =>
      target
        ? {
            left: (16 - target.x) / target.zoom,
            right: (paneWidth - insets.right - 16 - target.x) / target.zoom,
          }
        : { left: -Infinity, right: Infinity },
    [target, paneWidth, insets.right],
  );
  useEffect(() => {
    if (target) void flow.setViewport(target, { duration: reducedMotion() ? 0 : CAMERA_MS });
  }, [flow, target]);

  const onNodeClick: NodeMouseHandler<MapNodeType> = (event, node) => {
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const geometry = geometries[node.id];
    const port =
      geometry &&
      portAt(geometry, {
        x: at.x - node.position.x,
        y: at.y - node.position.y,
      });
    if (port) props.onArtifact(port.key);
    else props.onProcess(node.id);
  };
  // A link of several artifacts follows its first one's thread.
  const onEdgeClick: EdgeMouseHandler<FlowEdgeType> = (_event, edge) => {
    const clicked = linkById.get(edge.id);
    if (clicked) props.onArtifact(clicked.key);
  };

  return (
    <div className="pm-present-map" style={canvasStyle}>
      <NodeContentsContext.Provider value={contentSource}>
        <ReactFlow<MapNodeType, FlowEdgeType>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          panActivationKeyCode={null}
          zoomActivationKeyCode={null}
          zoomOnDoubleClick={false}
          // A thousand-process map stays quick; nothing here is captured as an image.
          onlyRenderVisibleElements
          minZoom={MIN_ZOOM}
          maxZoom={2.5}
          proOptions={{ hideAttribution: true }}
          aria-label="Process map, presented"
        >
          <ZoomVariable />
          <BandLayer bands={props.bands} />
          {!highlight && <StepNumbers nodes={baseNodes} order={props.order} />}
          <RoleBadges
            nodes={baseNodes}
            contents={contents}
            highlight={highlight}
            zoom={target?.zoom ?? 1}
            visible={visible}
          />
        </ReactFlow>
      </NodeContentsContext.Provider>
    </div>
  );
}
