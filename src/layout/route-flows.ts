import type { Flow, Point } from '../model/types';
import { findPort, handleId } from './geometry';
import { routeAround, type RouteRequest, type RouterOptions } from './orthogonal-router';
import type { NodeGeometry, Rect } from './types';

/**
 * Routes flows around every placed box (routeAround), each from its producer's output port
 * to its consumer's input port; the flows out of one port make one net. A flow whose
 * process is not placed, or whose port the geometry lacks, gets no route. `options` are
 * chosen by the number of flows routed.
 */
export function routeFlowsAround(
  positions: Readonly<Record<string, Point>>,
  flows: readonly Flow[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  options: (routeCount: number) => RouterOptions,
): Record<string, Point[]> {
  const boxes: Rect[] = [];
  for (const id in positions) {
    const geometry = geometries[id];
    if (geometry) boxes.push({ ...positions[id]!, width: geometry.width, height: geometry.height });
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
  return routeAround(boxes, requests, options(requests.length));
}
