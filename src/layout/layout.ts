import type { ElkNode } from 'elkjs/lib/elk-api';
import { deriveFlows } from '../model/flows';
import { deriveLinks } from '../model/links';
import { tooManyArtifacts } from '../model/limits';
import type { Direction, Flow, Point, ProcessMap } from '../model/types';
import { layoutBands, ROUTED_MAX_FLOWS } from './band-layout';
import { toElkGraph } from './elk-graph';
import { mapGeometries } from './geometry';
import { isLargeMap, layoutLargeMap } from './large-map';
import { routesBounds } from './routes';
import type { LayoutResult, NodeGeometry } from './types';

/** What layoutMap needs of ELK: elkjs's `layout()`, in-process or in a worker. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export interface LayoutOptions {
  /** Defaults to the map's own `layout.direction`. */
  direction?: Direction;
  /** The map's flows, when the caller has them already. */
  flows?: readonly Flow[];
  /** The map's node geometries by process id, when the caller has them already. */
  geometries?: Readonly<Record<string, NodeGeometry>>;
  /**
   * False lays a map of any size out as small maps are (by ELK, every flow in its graph,
   * bands placed by ELK): the layout before large-map.ts, kept for the bench to compare with.
   */
  largeMapLayout?: boolean;
}

/** Reads positions and absolute routes out of ELK's answer. */
export function readElkResult(laidOut: ElkNode, direction: Direction): LayoutResult {
  const originX = laidOut.x ?? 0;
  const originY = laidOut.y ?? 0;
  const positions: Record<string, Point> = {};
  const sizes: Record<string, { width: number; height: number }> = {};
  for (const child of laidOut.children ?? []) {
    positions[child.id] = { x: originX + (child.x ?? 0), y: originY + (child.y ?? 0) };
    sizes[child.id] = { width: child.width ?? 0, height: child.height ?? 0 };
  }
  const routes: Record<string, Point[]> = {};
  for (const edge of laidOut.edges ?? []) {
    // Edges of a flat graph live in the root; their sections are relative to it.
    const points: Point[] = [];
    for (const section of edge.sections ?? []) {
      for (const p of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
        const point = { x: originX + p.x, y: originY + p.y };
        const last = points[points.length - 1];
        if (!last || last.x !== point.x || last.y !== point.y) points.push(point);
      }
    }
    if (points.length > 0) routes[edge.id] = points;
  }
  return { direction, positions, routes, bounds: routesBounds(positions, sizes, routes) };
}

/**
 * Lays a map out with ELK's layered algorithm, a large map in columns without it
 * (large-map.ts), BANDS in bands (band-layout.ts): positions for every process and the
 * orthogonal route of every link (one arrow per pair of processes, see deriveLinks), by link
 * id, from the port of its first artifact to the same artifact's input port. Pure apart
 * from the ELK call, so the same map gives the same result in the browser's worker and in
 * the CLI.
 *
 * @example
 * const result = await layoutMap(map, createNodeElk());
 * result.positions['risk-assessment'] // { x, y } of the node's top-left corner
 */
export async function layoutMap(
  map: ProcessMap,
  elk: ElkLike,
  options: LayoutOptions = {},
): Promise<LayoutResult> {
  // ELK's time explodes with the ports of one node: refuse at once instead of for minutes.
  const tooBig = tooManyArtifacts(map.processes);
  if (tooBig) throw new Error(tooBig);
  const direction = options.direction ?? map.layout.direction;
  const flows = options.flows ?? deriveFlows(map.processes);
  const geometries = options.geometries ?? mapGeometries(map.processes, direction);
  // One arrow per pair of processes: its route, by link id, carries all their flows.
  const links = deriveLinks(flows);
  const large = isLargeMap(links.length, options.largeMapLayout);
  if (direction === 'BANDS') {
    return layoutBands(map.processes, links, geometries, elk, ROUTED_MAX_FLOWS, large);
  }
  if (large) return layoutLargeMap(map.processes, links, geometries, direction);
  return readElkResult(await elk.layout(toElkGraph(map, links, geometries, direction)), direction);
}
