import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type FinalConnectionState,
  type IsValidConnection,
  type NodeChange,
  type OnConnectEnd,
  type ReactFlowState,
} from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type DragEvent,
  type PointerEvent,
} from 'react';
import { mapGeometries } from '../layout/geometry';
import { routesBounds } from '../layout/routes';
import { THEME } from '../layout/theme';
import type { NodeGeometry } from '../layout/types';
import { deriveLinks } from '../model/links';
import type { Point } from '../model/types';
import { useEditor, useEditorStore } from '../store/context';
import { useDerived } from '../store/derived';
import { BandLayer } from './BandLayer';
import { canConnect, outputNameOfHandle, processesById } from './connection-rules';
import { minZoomFor } from './zoom-range';
import {
  createEdgeBuilder,
  createNodeBuilder,
  createPositionsBuilder,
  createRouteBuilder,
  createShapeKeeper,
  type MapNodeType,
} from './flow-adapter';
import { createOrderBuilder } from './flow-buckets';
import { FlowLayer } from './FlowLayer';
import { fitMap, FIT_PADDING } from './map-extent';
import { MapMinimap } from './MapMinimap';
import { MapNode, NodeDetail } from './MapNode';
import { inOverview } from './overview';
import { OverviewLabels } from './OverviewLabels';
import { LayoutProgress } from './LayoutProgress';
import { useAutoLayout, type EditorLayout } from './use-auto-layout';
import { useBands } from './use-bands';
import { useGeometryWarmup } from './use-geometry-warmup';
import { NodeContentsContext, useNodeContents } from './use-node-content';
import { useNodeDetail } from './use-node-detail';
import { useProgressiveCount } from './use-progressive-count';

// Module level: React Flow re-creates every node when this object changes.
export const nodeTypes = { process: MapNode, external: MapNode };

/** From this many processes on, zoomed in, only the nodes on screen draw their insides. */
const DETAIL_ON_SCREEN_FROM = 400;
/** From this many processes on, zoomed out, the flows are drawn as bundles (see FlowLayer). */
const BUNDLED_FROM = 200;
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const NO_GEOMETRIES: Readonly<Record<string, NodeGeometry>> = {};
const NO_NODES: MapNodeType[] = [];

/** How far above the pointer a process created by dropping a flow is placed (its first input row). */
const DROP_OFFSET_Y = 56;

/** Colours the node and edge components paint with; the presentation's map sets them too. */
export const canvasStyle = {
  '--pm-flow': THEME.edge.color,
  '--pm-flow-highlight': THEME.edge.highlight,
  '--pm-flow-label': THEME.edge.labelText,
  '--pm-port-stroke': THEME.port.stroke,
  '--pm-port-fill': THEME.port.fill,
} as CSSProperties;

const viewReady = (s: ReactFlowState) => !!s.panZoom && s.width > 0 && s.height > 0;
const overviewShown = (s: ReactFlowState) => inOverview(s.transform[2]);

function clientPoint(event: MouseEvent | TouchEvent): Point | undefined {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : undefined;
  }
  return { x: event.clientX, y: event.clientY };
}

/**
 * A drag on the empty canvas pans the map: the pane keeps the pointer until it is let go,
 * so the browser skips hit-testing every node and flow under each move.
 */
function capturePan(event: PointerEvent): void {
  const target = event.target as Element;
  if (target.classList.contains('react-flow__pane')) target.setPointerCapture(event.pointerId);
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

export interface MapCanvasProps {
  /** The layout runner (a worker) and the opening map's layout, when already started. */
  layout: EditorLayout;
  /** Opens a map file dropped on the canvas. */
  onOpenFile(file: File): void;
  /** A process was created on the canvas and wants its name typed. */
  onProcessCreated(): void;
}

/**
 * The map: processes as React Flow nodes drawn from their geometry, flows as edges derived
 * from the model (never stored) along ELK's routes, or along fallback routes where nodes
 * moved. Drags stay local until they end, then become one undo step.
 */
export function MapCanvas({ layout: layoutService, onOpenFile, onProcessCreated }: MapCanvasProps) {
  const store = useEditorStore();
  const processes = useEditor((s) => s.map.processes);
  const stored = useEditor((s) => s.map.positions);
  const direction = useEditor((s) => s.map.layout.direction);
  const layout = useEditor((s) => s.layout);
  const banded = useEditor((s) => s.map.layout.direction === 'BANDS');
  const selection = useEditor((s) => s.selection);
  const { flows, problemsByProcess } = useDerived();
  const flow = useReactFlow();

  const [live, setLive] = useState<Record<string, Point> | undefined>();
  const [dropping, setDropping] = useState(false);
  const [buildNodes] = useState(createNodeBuilder);
  const [buildEdges] = useState(createEdgeBuilder);
  const [buildRoutes] = useState(createRouteBuilder);
  const [buildPositions] = useState(createPositionsBuilder);
  const [keepShapes] = useState(createShapeKeeper);
  const [buildOrder] = useState(createOrderBuilder);

  const fitAfterLayout = useCallback(() => {
    // After the store has the layout and React Flow its new zoom range.
    requestAnimationFrame(() => fitMap(flow, store.getState()));
  }, [flow, store]);
  const layingOut = useAutoLayout(layoutService, fitAfterLayout);
  // The first view shows the whole map, from the model: React Flow's own fit would frame
  // only the nodes mounted so far, the first chunk of a big map.
  const canFit = useStore(viewReady);
  const fitted = useRef(false);
  useEffect(() => {
    if (!canFit || fitted.current) return;
    fitted.current = true;
    fitMap(flow, store.getState());
  }, [canFit, flow, store]);
  const unplaced = processes.some((p) => !stored[p.id]);
  // A map waiting for its first layout draws nothing yet: no geometry, nodes or routes.
  const pending = layingOut.running && unplaced;
  useGeometryWarmup(pending ? processes : undefined);
  const positions = useMemo(
    () => buildPositions(processes, stored, live),
    [buildPositions, processes, stored, live],
  );
  const geometries = useMemo(
    () => (pending ? NO_GEOMETRIES : mapGeometries(processes, direction)),
    [pending, processes, direction],
  );
  // A rename that keeps every node's shape keeps this object, and with it the bounds, the
  // nodes and the routes.
  const shapes = useMemo(() => keepShapes(geometries), [keepShapes, geometries]);
  const bounds = useMemo(() => routesBounds(positions, shapes), [positions, shapes]);
  // Framed around the boxes where they stand, dragged ones included.
  const bands = useBands(banded && !pending, processes, flows, positions, shapes);
  const big = processes.length >= DETAIL_ON_SCREEN_FROM;
  const manyFlows = processes.length >= BUNDLED_FROM;
  const minZoom = useStore(
    useCallback(
      (s: ReactFlowState) => minZoomFor({ width: s.width, height: s.height }, bounds, FIT_PADDING),
      [bounds],
    ),
  );
  const overview = useStore(overviewShown);
  const selected = useMemo(() => new Set(selection), [selection]);
  const { source: contents } = useNodeContents(processes, geometries, problemsByProcess);
  const nodes = useMemo(
    () => (pending ? NO_NODES : buildNodes(processes, shapes, positions, selected)),
    [pending, buildNodes, processes, shapes, positions, selected],
  );
  // The flow layer groups its flows by this order, which only new or removed processes change.
  const order = useMemo(() => buildOrder(nodes), [buildOrder, nodes]);
  // A big map mounts over several frames, once it has its layout, and again after a new one
  // moved every node.
  const mounted = useProgressiveCount(nodes.length, {
    restart: big ? layout : undefined,
  });
  const shownNodes = useMemo(
    () => (mounted < nodes.length ? nodes.slice(0, mounted) : nodes),
    [nodes, mounted],
  );
  const detail = useNodeDetail(shownNodes, big);
  // One arrow per pair of processes, routed and drawn once both its ends are mounted.
  const shownLinks = useMemo(() => {
    const links = deriveLinks(flows);
    if (mounted >= nodes.length) return links;
    const ids = new Set(shownNodes.map((n) => n.id));
    return links.filter((l) => ids.has(l.from) && ids.has(l.to));
  }, [flows, nodes.length, mounted, shownNodes]);
  const routes = useMemo(
    () => buildRoutes(shownLinks, positions, shapes, layout),
    [buildRoutes, positions, shownLinks, shapes, layout],
  );
  const edges = useMemo(
    () => buildEdges(shownLinks, routes, selected, shapes),
    [buildEdges, shownLinks, routes, selected, shapes],
  );
  // The processes by id for the connection callbacks, from the store when they run.
  const byId = useCallback(() => processesById(store.getState().map.processes), [store]);

  const onNodesChange = useCallback(
    (changes: NodeChange<MapNodeType>[]) => {
      let moving: Record<string, Point> | undefined;
      let moved: Record<string, Point> | undefined;
      const { selection: current, map, actions } = store.getState();
      const next = new Set(current);
      let selectionChanged = false;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          if (change.dragging) (moving ??= {})[change.id] = change.position;
          else (moved ??= {})[change.id] = change.position;
        } else if (change.type === 'select') {
          selectionChanged = true;
          if (change.selected) next.add(change.id);
          else next.delete(change.id);
        }
      }
      if (moving) {
        const update = moving;
        setLive((prev) => ({ ...prev, ...update }));
      }
      if (moved) {
        // The end of a drag (or a keyboard nudge): one undo step for every node it moved.
        const changed = Object.entries(moved).filter(([id, at]) => {
          const before = map.positions[id];
          return !before || before.x !== at.x || before.y !== at.y;
        });
        if (changed.length > 0) actions.moveProcesses(Object.fromEntries(changed));
        setLive(undefined);
      }
      if (selectionChanged) {
        // Keep the selection order: the ones already selected first, then the new ones.
        const ordered = [
          ...current.filter((id) => next.has(id)),
          ...[...next].filter((id) => !current.includes(id)),
        ];
        // The store keeps an unchanged selection as it is.
        actions.select(ordered);
      }
    },
    [store],
  );

  const isValidConnection = useCallback<IsValidConnection>(
    (connection) => canConnect(byId(), connection),
    [byId],
  );

  const connected = useRef(false);
  const onConnect = useCallback(
    (connection: Connection) => {
      const producer = byId().get(connection.source);
      const artifact = producer && outputNameOfHandle(producer, connection.sourceHandle);
      if (!artifact) return;
      connected.current = true;
      store.getState().actions.connectArtifact(connection.source, artifact, connection.target);
    },
    [store, byId],
  );

  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state: FinalConnectionState) => {
      if (connected.current) {
        connected.current = false;
        return;
      }
      const from = state.fromNode;
      const fromHandle = state.fromHandle;
      const at = clientPoint(event);
      if (!from || !fromHandle || fromHandle.type !== 'source' || !at) return;
      const producer = byId().get(from.id);
      const artifact = producer && outputNameOfHandle(producer, fromHandle.id);
      if (!artifact) return;
      const { actions } = store.getState();
      const under = document.elementFromPoint(at.x, at.y);
      const nodeElement = under?.closest<HTMLElement>('.react-flow__node');
      if (nodeElement) {
        // Dropped on a process's body rather than on one of its handles.
        const target = nodeElement.dataset.id ?? null;
        if (canConnect(byId(), { source: from.id, sourceHandle: fromHandle.id, target })) {
          actions.connectArtifact(from.id, artifact, target as string);
        }
        return;
      }
      if (!under?.closest('.react-flow__pane')) return;
      const position = flow.screenToFlowPosition(at);
      actions.addConsumer(from.id, artifact, { x: position.x, y: position.y - DROP_OFFSET_Y });
      onProcessCreated();
    },
    [store, flow, onProcessCreated, byId],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  }, []);
  const onDragLeave = useCallback((event: DragEvent) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    setDropping(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDropping(false);
      const file = event.dataTransfer.files[0];
      if (file) onOpenFile(file);
    },
    [onOpenFile],
  );

  // The same element while none of its inputs changed: an edit that changes no node, flow or
  // zoom limit (a rename) then leaves React Flow's tree alone, instead of React walking a
  // thousand mounted nodes to find nothing to do.
  const map = useMemo(
    () => (
      <ReactFlow<MapNodeType>
        nodes={shownNodes}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        minZoom={minZoom}
        maxZoom={2.5}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        connectionRadius={24}
        elevateNodesOnSelect={false}
        proOptions={PRO_OPTIONS}
        aria-label="Process map"
      >
        {/* Zoomed out, the dots would be a grey haze a few pixels apart, redrawn on every
          frame of a pan: the plain background reads better there. */}
        {!overview && (
          <Background variant={BackgroundVariant.Dots} gap={24} size={1} color="#d5dae1" />
        )}
        {/* Every process from the start, while a big map's nodes are still mounting. */}
        <MapMinimap nodes={nodes} bounds={nodes.length > 0 ? bounds : undefined} />
        <Controls showInteractive={false} />
        <BandLayer bands={bands} />
        <FlowLayer
          edges={edges}
          order={order}
          bundled={manyFlows && overview}
          gradual={manyFlows}
        />
        <OverviewLabels nodes={shownNodes} />
      </ReactFlow>
    ),
    [
      shownNodes,
      onNodesChange,
      onConnect,
      onConnectEnd,
      isValidConnection,
      minZoom,
      overview,
      nodes,
      bounds,
      bands,
      edges,
      order,
      manyFlows,
    ],
  );

  return (
    <div
      className="pm-canvas"
      style={canvasStyle}
      data-pending-layout={pending ? 'true' : 'false'}
      data-overview={overview ? 'true' : 'false'}
      data-testid="canvas"
      onPointerDown={capturePan}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <NodeContentsContext.Provider value={contents}>
        <NodeDetail.Provider value={detail}>{map}</NodeDetail.Provider>
      </NodeContentsContext.Provider>
      {layingOut.running && (
        <LayoutProgress processes={processes.length} onCancel={layingOut.cancel} />
      )}
      {processes.length === 0 && (
        <div className="pm-canvas__empty">
          An empty map. Press <kbd>N</kbd> or “Add process” to start, or drop a map file here.
        </div>
      )}
      {dropping && (
        <div className="pm-canvas__drop">Drop a .procmap.json or YAML file to open it</div>
      )}
    </div>
  );
}
