import type { Edge, Node, NodeHandle } from '@xyflow/react';
import { Position } from '@xyflow/react';
import { handleId } from '../layout/geometry';
import { linkFan, sameFan, type LinkFan } from '../layout/link-fan';
import { edgeRoutes } from '../layout/routes';
import { nodeStyleKey, THEME, type NodeStyleKey } from '../layout/theme';
import type { LayoutResult, NodeGeometry, PortFacing } from '../layout/types';
import type { Link } from '../model/links';
import type { Flow, Point, Process } from '../model/types';
import { RouteLookup } from './route-lookup';

/**
 * What React Flow holds of a node: its paint, for the minimap. What the node draws inside
 * (process, geometry, problems) comes from its {@link NodeContents}, so that an edit to a
 * process leaves React Flow's node alone unless its size, handles or paint changed.
 */
export interface MapNodeData extends Record<string, unknown> {
  style: NodeStyleKey;
}

export type MapNodeType = Node<MapNodeData, 'process' | 'external'>;

export interface FlowEdgeData extends Record<string, unknown> {
  route: Point[];
  /** Where the link's further artifacts' ports are: its arrow forks into them. */
  fan: LinkFan;
  /** The artifacts the arrow carries. */
  label: string;
  /** The flow touches a selected process: drawn emphasised with its label. */
  highlighted: boolean;
}

export type FlowEdgeType = Edge<FlowEdgeData, 'flow'>;

/** Where React Flow puts a handle of a port facing that way. */
export const HANDLE_POSITION: Record<PortFacing, Position> = {
  left: Position.Left,
  right: Position.Right,
  up: Position.Top,
  down: Position.Bottom,
};

/** Diameter of the port handles in px, as the SVG export draws ports; the hit area is larger (CSS). */
export const HANDLE_SIZE = 2 * THEME.port.radius + 1;

const GRID_COLUMNS = 6;
const GRID_STEP = { x: 340, y: 280 };

/** Where a process without a stored position sits until the next layout places it. */
export function fallbackPosition(index: number): Point {
  return {
    x: (index % GRID_COLUMNS) * GRID_STEP.x,
    y: Math.floor(index / GRID_COLUMNS) * GRID_STEP.y,
  };
}

/** Where the process at `index` is drawn: live (during a drag), stored, else a grid slot. */
function positionOf(
  id: string,
  index: number,
  stored: Readonly<Record<string, Point>>,
  live: Readonly<Record<string, Point>> | undefined,
): Point {
  return live?.[id] ?? stored[id] ?? fallbackPosition(index);
}

/** Every process's position: stored (or live, during a drag) where known, else a grid slot. */
export function effectivePositions(
  processes: readonly Process[],
  stored: Readonly<Record<string, Point>>,
  live?: Readonly<Record<string, Point>>,
): Record<string, Point> {
  const positions: Record<string, Point> = {};
  processes.forEach((p, i) => {
    positions[p.id] = positionOf(p.id, i, stored, live);
  });
  return positions;
}

/**
 * {@link effectivePositions} that gives back the previous object while every position is
 * the same: a rename then leaves the routes and the map's bounds alone.
 */
export function createPositionsBuilder(): typeof effectivePositions {
  let previous: Record<string, Point> | undefined;
  let inputs: { ids: string[]; stored: object; live: object | undefined } | undefined;
  return (processes, stored, live) => {
    const ids = inputs?.ids;
    const sameIds = processes.length === ids?.length && processes.every((p, i) => p.id === ids[i]);
    // The same stored and live positions for the same ids in the same order (a rename):
    // every position is the same without looking one up.
    if (previous && sameIds && inputs!.stored === stored && inputs!.live === live) return previous;
    const same =
      !!previous &&
      processes.length === ids?.length &&
      processes.every((p, i) => samePoint(previous![p.id], positionOf(p.id, i, stored, live)));
    inputs = { ids: sameIds ? ids : processes.map((p) => p.id), stored, live };
    if (!same) previous = effectivePositions(processes, stored, live);
    return previous!;
  };
}

/** React Flow handles from the geometry, so handle positions never depend on DOM measuring. */
function handlesOf(geometry: NodeGeometry): NodeHandle[] {
  return geometry.ports.map((port) => ({
    id: port.handleId,
    type: port.side === 'in' ? 'target' : 'source',
    position: HANDLE_POSITION[port.facing],
    x: port.x - HANDLE_SIZE / 2,
    y: port.y - HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  }));
}

/**
 * Builds React Flow nodes from the model and keeps every object it can from the previous
 * call: a node whose position, selection, paint and shape (size and handles) are unchanged
 * is the same object, and when every node is, the previous array itself comes back, so a
 * rename does not make React Flow look at a thousand nodes again.
 */
export function createNodeBuilder(): (
  processes: readonly Process[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  positions: Readonly<Record<string, Point>>,
  selection: ReadonlySet<string>,
) => MapNodeType[] {
  let previousNodes: MapNodeType[] = [];
  let previousById = new Map<string, MapNodeType>();
  let previousGeometries: Readonly<Record<string, NodeGeometry>> = {};
  return (processes, geometries, positions, selection) => {
    const nodes: MapNodeType[] = [];
    /** New nodes in the same places as the previous ones of their ids. */
    let changed: MapNodeType[] | undefined;
    /** Whether any node is in another place than before, or new. */
    let reordered = false;
    for (const process of processes) {
      const geometry = geometries[process.id];
      if (!geometry) continue;
      const old = previousById.get(process.id);
      const position = positions[process.id];
      const selected = selection.has(process.id);
      const type = process.kind === 'external' ? 'external' : 'process';
      const style = nodeStyleKey(process);
      const shaped = !!old && sameShape(previousGeometries[process.id], geometry);
      const node: MapNodeType =
        old &&
        shaped &&
        old.type === type &&
        old.data.style === style &&
        old.selected === selected &&
        old.position.x === position.x &&
        old.position.y === position.y
          ? old
          : {
              id: process.id,
              type,
              position,
              data: old?.data.style === style ? old.data : { style },
              selected,
              // The size as measured, not as a width and height for React Flow to set on
              // the node's element: that element stays 0 × 0 (.react-flow__node-process in
              // app.css), so React Flow's ResizeObserver never measures it and takes this
              // size and the handles below as given.
              measured: { width: geometry.width, height: geometry.height },
              handles: old && shaped ? old.handles : handlesOf(geometry),
              deletable: false,
            };
      const before = previousNodes[nodes.length];
      if (before !== node) {
        if (before?.id === node.id) (changed ??= []).push(node);
        else reordered = true;
      }
      nodes.push(node);
    }
    previousGeometries = geometries;
    const sameIds = !reordered && nodes.length === previousNodes.length;
    if (sameIds && !changed) return previousNodes;
    // The same ids in the same order (a rename, a selection): only the new nodes go in.
    if (sameIds) for (const node of changed!) previousById.set(node.id, node);
    else previousById = new Map(nodes.map((node) => [node.id, node]));
    previousNodes = nodes;
    return nodes;
  };
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].x !== b[i].x || a[i].y !== b[i].y) return false;
  return true;
}

/**
 * Builds React Flow edges from the links (one arrow per pair of processes) and their routes,
 * reusing the previous edge object when its route (by value), fan, label and emphasis are
 * unchanged: dragging one node then re-renders only the edges that touch it, and when no
 * edge changed at all the previous array itself comes back.
 */
export function createEdgeBuilder(): (
  flows: readonly Link[],
  routes: RouteLookup,
  selection: ReadonlySet<string>,
  geometries: Readonly<Record<string, NodeGeometry>>,
) => FlowEdgeType[] {
  /** Where each flow's edge is in the previous edges. */
  let slotOf = new Map<string, number>();
  let previousEdges: FlowEdgeType[] = [];
  let inputs:
    | {
        flows: readonly Link[];
        routes: RouteLookup;
        selection: ReadonlySet<string>;
        geometries: Readonly<Record<string, NodeGeometry>>;
      }
    | undefined;

  /**
   * New routes for the same flows and selection, every flow with an edge (so edge i is flow
   * i's): a node changed size or moved. Makes new edges only for the flows whose route
   * changed: those the routes name as re-routed since the last ones, else every edge whose
   * route is another array. Undefined when a flow lost its route, for {@link rebuild} to drop it.
   */
  const reroute = (routes: RouteLookup, last: RouteLookup): FlowEdgeType[] | undefined => {
    let edges: FlowEdgeType[] | undefined;
    const update = (i: number): boolean => {
      const old = previousEdges[i]!;
      const route = routes.get(old.id);
      if (route === old.data!.route) return true;
      if (!route || route.length < 2) return false;
      if (samePoints(old.data!.route, route)) return true;
      (edges ??= previousEdges.slice())[i] = { ...old, data: { ...old.data!, route } };
      return true;
    };
    if (routes.changes?.since === last.serial) {
      for (const id of routes.changes.ids) {
        const slot = slotOf.get(id);
        if (slot !== undefined && !update(slot)) return undefined;
      }
    } else {
      for (let i = 0; i < previousEdges.length; i++) if (!update(i)) return undefined;
    }
    return edges ?? previousEdges;
  };

  const rebuild = (
    flows: readonly Link[],
    routes: RouteLookup,
    selection: ReadonlySet<string>,
    geometries: Readonly<Record<string, NodeGeometry>>,
  ): FlowEdgeType[] => {
    const next = new Map<string, number>();
    const edges: FlowEdgeType[] = [];
    let changed = false;
    for (const flow of flows) {
      const route = routes.get(flow.id);
      if (!route || route.length < 2) continue;
      const highlighted = selection.has(flow.from) || selection.has(flow.to);
      const slot = slotOf.get(flow.id);
      const old = slot === undefined ? undefined : previousEdges[slot];
      const fan = linkFan(flow, geometries);
      const edge: FlowEdgeType =
        old &&
        old.data &&
        old.data.label === flow.artifact &&
        old.data.highlighted === highlighted &&
        samePoints(old.data.route, route) &&
        sameFan(old.data.fan, fan)
          ? old
          : {
              id: flow.id,
              type: 'flow',
              source: flow.from,
              target: flow.to,
              sourceHandle: handleId('out', flow.key),
              targetHandle: handleId('in', flow.key),
              data: { route, fan, label: flow.artifact, highlighted },
              selectable: false,
              deletable: false,
              zIndex: highlighted ? 1 : 0,
            };
      next.set(flow.id, edges.length);
      if (previousEdges[edges.length] !== edge) changed = true;
      edges.push(edge);
    }
    slotOf = next;
    // Every edge as before (a rename, a new problem): the same array, so React Flow does not
    // re-index thousands of edges.
    return !changed && edges.length === previousEdges.length ? previousEdges : edges;
  };

  return (flows, routes, selection, geometries) => {
    const last = inputs;
    // The same links, routes and selection (a rename, a new problem): nothing to look at.
    // A fan changes only with a box's shape, which re-routes the box's links.
    if (last?.flows === flows && last.routes === routes && last.selection === selection)
      return previousEdges;
    inputs = { flows, routes, selection, geometries };
    const sameFlows =
      last?.flows === flows &&
      last.selection === selection &&
      last.geometries === geometries &&
      previousEdges.length === flows.length;
    previousEdges =
      (sameFlows && reroute(routes, last.routes)) || rebuild(flows, routes, selection, geometries);
    return previousEdges;
  };
}

const samePoint = (a: Point | undefined, b: Point | undefined) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y);

/** Whether two geometries put the node's box and every port in the same places. */
function sameShape(a: NodeGeometry | undefined, b: NodeGeometry | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.width !== b.width || a.height !== b.height) return false;
  if (a.ports.length !== b.ports.length) return false;
  for (let i = 0; i < a.ports.length; i++) {
    const port = a.ports[i]!;
    const other = b.ports[i]!;
    if (port.handleId !== other.handleId || port.x !== other.x || port.y !== other.y) return false;
  }
  return true;
}

/**
 * The geometries as of the last change to any node's size or ports: the same object while
 * every node keeps its shape, as through a rename that wraps onto as many lines. For what
 * reads only sizes and ports (the map's bounds, React Flow's nodes, the routes), which then
 * has nothing to look at again; a node's text is read from the geometries themselves.
 *
 * @example const shapes = useMemo(() => keepShapes(geometries), [keepShapes, geometries]);
 */
export function createShapeKeeper(): (
  geometries: Readonly<Record<string, NodeGeometry>>,
) => Readonly<Record<string, NodeGeometry>> {
  let kept: Readonly<Record<string, NodeGeometry>> | undefined;
  return (geometries) => {
    if (kept !== geometries && !(kept && sameShapes(kept, geometries))) kept = geometries;
    return kept;
  };
}

function sameShapes(
  a: Readonly<Record<string, NodeGeometry>>,
  b: Readonly<Record<string, NodeGeometry>>,
): boolean {
  let count = 0;
  for (const id in b) {
    if (!sameShape(a[id], b[id])) return false;
    count += 1;
  }
  for (const id in a) if (--count < 0 || !(id in b)) return false;
  return count === 0;
}

/**
 * The processes that moved or changed shape (size or ports) from `before` to now, or that
 * one of the two does not place. A rename keeps the positions object and every other
 * process's geometry object, so they are told apart by reference before any coordinate is
 * compared, and the same objects mean no process moved, without looking at one.
 */
function movedSince(
  before: {
    positions: Readonly<Record<string, Point>>;
    geometries: Readonly<Record<string, NodeGeometry>>;
  },
  positions: Readonly<Record<string, Point>>,
  geometries: Readonly<Record<string, NodeGeometry>>,
): Set<string> {
  const moved = new Set<string>();
  const compare = <T>(
    a: Readonly<Record<string, T>>,
    b: Readonly<Record<string, T>>,
    same: (x?: T, y?: T) => boolean,
  ) => {
    if (a === b) return;
    for (const id in b) if (!same(a[id], b[id])) moved.add(id);
    for (const id in a) if (!(id in b)) moved.add(id);
  };
  compare(before.geometries, geometries, sameShape);
  compare(before.positions, positions, samePoint);
  return moved;
}

function setAll(
  routes: Map<string, Point[]>,
  more: Readonly<Record<string, Point[]>>,
): Map<string, Point[]> {
  for (const id in more) routes.set(id, more[id]!);
  return routes;
}

/**
 * The route of every flow, as `edgeRoutes` draws them, recomputed only for the flows of
 * processes that moved or changed shape since the previous call (and for all after a new
 * layout): a rename re-routes the flows of one process, not thousands, and when nothing
 * moved the previous object itself comes back.
 */
export function createRouteBuilder(): (
  flows: readonly Flow[],
  positions: Readonly<Record<string, Point>>,
  geometries: Readonly<Record<string, NodeGeometry>>,
  layout: LayoutResult | undefined,
) => RouteLookup {
  let last:
    | {
        flows: readonly Flow[];
        positions: Readonly<Record<string, Point>>;
        geometries: Readonly<Record<string, NodeGeometry>>;
        layout: LayoutResult | undefined;
        routes: RouteLookup;
      }
    | undefined;
  return (flows, positions, geometries, layout) => {
    const before = last?.layout === layout ? last : undefined;
    const moved = before && movedSince(before, positions, geometries);
    const stayed = (flow: Flow) => !!moved && !moved.has(flow.from) && !moved.has(flow.to);
    if (!before || before.flows !== flows) {
      // Other flows (a chunk more of a big map mounted, an input added): keep the routes of
      // flows whose ends stayed, route the rest.
      const routes = new Map<string, Point[]>();
      const fresh: Flow[] = [];
      for (const flow of flows) {
        const route = before?.routes.get(flow.id);
        if (route && stayed(flow)) routes.set(flow.id, route);
        else fresh.push(flow);
      }
      if (fresh.length > 0) setAll(routes, edgeRoutes({ positions }, fresh, geometries, layout));
      last = { flows, positions, geometries, layout, routes: RouteLookup.of(routes) };
      return last.routes;
    }
    // The same flows: only those of processes that moved or changed shape are routed again.
    const changed = moved!.size === 0 ? [] : flows.filter((flow) => !stayed(flow));
    last = { ...before, positions, geometries };
    if (changed.length === 0) return before.routes;
    // The new routes over the old ones, not a copy of thousands of routes for each edit that
    // changes a node's size.
    const rerouted = edgeRoutes({ positions }, changed, geometries, layout);
    last.routes = before.routes.with(setAll(new Map(), rerouted));
    return last.routes;
  };
}
