import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Direction, Flow, ProcessMap } from '../model/types';
import { handleId } from './geometry';
import type { NodeGeometry, PortFacing } from './types';

/**
 * Up to this many flows a map gets ELK's finest layout: nodes placed by network simplex
 * (compact, straight edges) and sorted by model order (the map's own order wins ties, so
 * small edits move little). Both costs grow steeply with long edges; measured on 2 cores,
 * CPU time of generated maps: network simplex 0.5 s against 0.3 s for Brandes–Köpf on the
 * starter map (74 flows), 47 s against 6 s at 475 flows; model-order sorting was 88 % of a
 * 300-process layout (1,359 flows: 72 s, 10 s without it). Past the limit: Brandes–Köpf
 * and no model-order sorting, still deterministic.
 */
export const DETAILED_LAYOUT_MAX_FLOWS = 100;

/**
 * Past this many flows crossing minimisation tries one ordering instead of ELK's default
 * seven: at 1,000 generated processes (4,279 flows) it was 78 % of the layout, which took
 * 33 s of CPU instead of 108 s. A map that large is read by searching, not by crossings.
 */
export const QUICK_LAYOUT_MIN_FLOWS = 500;

const ELK_SIDE: Record<PortFacing, string> = {
  left: 'WEST',
  right: 'EAST',
  up: 'NORTH',
  down: 'SOUTH',
};

/** The id of a process's port in the ELK graph: the process id, then its handle id. */
export function elkPortId(processId: string, handle: string): string {
  return `${processId}/${handle}`;
}

/** Options of the whole graph, in full keys (ELK ignores short keys it cannot resolve). */
export function rootLayoutOptions(direction: Direction, flowCount: number): LayoutOptions {
  const detailed = flowCount <= DETAILED_LAYOUT_MAX_FLOWS;
  return {
    'elk.algorithm': 'layered',
    // The band layout lays each band out left to right (band-layout.ts).
    'elk.direction': direction === 'DOWN' ? 'DOWN' : 'RIGHT',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    // Loops (PDCA) point back against the map's order, not forward: cheap at any size.
    'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    'elk.layered.considerModelOrder.strategy': detailed ? 'NODES_AND_EDGES' : 'NONE',
    'elk.layered.nodePlacement.strategy': detailed ? 'NETWORK_SIMPLEX' : 'BRANDES_KOEPF',
    'elk.layered.thoroughness': flowCount > QUICK_LAYOUT_MIN_FLOWS ? '1' : '7',
    // Every process as far left as its longest chain of inputs allows: on the starter map
    // 185 crossings instead of 214 with network-simplex layering, but on the generated
    // 100-process map 8,611 instead of 7,602 (bench: readability).
    'elk.layered.layering.strategy': detailed ? 'LONGEST_PATH' : 'NETWORK_SIMPLEX',
    'elk.spacing.nodeNode': '48',
    'elk.layered.spacing.nodeNodeBetweenLayers': '72',
    'elk.spacing.edgeNode': '24',
    'elk.layered.spacing.edgeNodeBetweenLayers': '24',
    'elk.spacing.edgeEdge': '12',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
    'elk.spacing.componentComponent': '72',
  };
}

/**
 * The ELK graph of a map: one node per process with its geometry's size, one port per
 * artifact at the geometry's exact port position (on the side it faces), and one edge
 * per flow from the producer's output port to the consumer's input port. Processes are in
 * model order; a repeated id is laid out once (the analysis reports it), and a flow whose
 * ports the geometries lack is left out.
 */
export function toElkGraph(
  map: Pick<ProcessMap, 'processes'>,
  flows: readonly Flow[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  direction: Direction,
): ElkNode {
  const children: ElkNode[] = [];
  const placed = new Set<string>();
  const portIds = new Set<string>();
  for (const process of map.processes) {
    const geometry = geometries[process.id];
    if (!geometry || placed.has(process.id)) continue;
    placed.add(process.id);
    const ports: ElkPort[] = geometry.ports.map((port, index) => ({
      id: elkPortId(process.id, port.handleId),
      x: port.x,
      y: port.y,
      width: 0,
      height: 0,
      layoutOptions: {
        'elk.port.side': ELK_SIDE[port.facing],
        'elk.port.index': String(index),
      },
    }));
    for (const port of ports) portIds.add(port.id);
    children.push({
      id: process.id,
      width: geometry.width,
      height: geometry.height,
      ports,
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
    });
  }
  const edges: ElkExtendedEdge[] = [];
  for (const flow of flows) {
    const source = elkPortId(flow.from, handleId('out', flow.key));
    const target = elkPortId(flow.to, handleId('in', flow.key));
    // ELK throws on an edge to a port it does not know; a stale flow is simply not drawn.
    if (!portIds.has(source) || !portIds.has(target)) continue;
    edges.push({ id: flow.id, sources: [source], targets: [target] });
  }
  return {
    id: 'root',
    layoutOptions: rootLayoutOptions(direction, edges.length),
    children,
    edges,
  };
}
