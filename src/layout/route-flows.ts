import type { Flow, Point, Process } from '../model/types';
import { findPort, handleId } from './geometry';
import { routeAround, type RouteRequest, type RouterOptions } from './orthogonal-router';
import type { NodeGeometry, Rect } from './types';

/**
 * Routes every flow between placed boxes around them (routeAround), from the producer's
 * output port to the consumer's input port; the flows out of one port make one net. Other
 * `obstacles` (a band's title) are kept clear as boxes are. A flow whose box or port is
 * missing is left out.
 */
export function routeFlows(
  processes: readonly Process[],
  flows: readonly Flow[],
  positions: Readonly<Record<string, Point>>,
  geometries: Readonly<Record<string, NodeGeometry>>,
  options: RouterOptions,
  obstacles: readonly Rect[] = [],
): Record<string, Point[]> {
  const boxes: Rect[] = [...obstacles];
  for (const p of processes) {
    const at = positions[p.id];
    const geometry = geometries[p.id];
    if (at && geometry) boxes.push({ ...at, width: geometry.width, height: geometry.height });
  }
  const requests: RouteRequest[] = [];
  for (const flow of flows) {
    const fromAt = positions[flow.from];
    const toAt = positions[flow.to];
    if (!fromAt || !toAt || !geometries[flow.from] || !geometries[flow.to]) continue;
    const out = findPort(geometries[flow.from]!, handleId('out', flow.key));
    const into = findPort(geometries[flow.to]!, handleId('in', flow.key));
    if (!out || !into) continue;
    requests.push({
      id: flow.id,
      source: { x: fromAt.x + out.x, y: fromAt.y + out.y },
      sourceFacing: out.facing,
      target: { x: toAt.x + into.x, y: toAt.y + into.y },
      targetFacing: into.facing,
      net: `${flow.from}/${out.handleId}`,
    });
  }
  return routeAround(boxes, requests, options);
}
