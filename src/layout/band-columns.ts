import { groupBy } from '../model/lists';
import type { Flow, Point, Process } from '../model/types';
import { routesBounds } from './routes';
import type { NodeGeometry, Rect } from './types';

/** Room between two columns of boxes, for the flows that run between them. */
const COLUMN_GAP = 96;
/** Room between two boxes of a column. */
const ROW_GAP = 48;

/** Which way the columns follow each other: left to right, or (DOWN) top to bottom as rows. */
export type ColumnAxis = 'RIGHT' | 'DOWN';

/**
 * The distance from one column to the next in every band of a map: the widest box (the
 * tallest, DOWN) and the gap, so that a column is at the same x in every band.
 */
export function columnPitch(
  processes: readonly Process[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  axis: ColumnAxis = 'RIGHT',
): number {
  let largest = 0;
  for (const p of processes) {
    const geometry = geometries[p.id];
    if (geometry) largest = Math.max(largest, axis === 'DOWN' ? geometry.height : geometry.width);
  }
  return largest + COLUMN_GAP;
}

/**
 * The column of every process: its place in the map's flow (`layers`), except that a
 * process no flow leads to from before it in the map's order (it only starts chains, or is
 * fed by loops from further on) moves right to just before the first process it feeds.
 * Otherwise every such process would stand in the first column, which on the generated
 * 300-process map held a quarter of the boxes.
 */
export function columnLayers(
  processes: readonly Process[],
  flows: readonly Flow[],
  layers: ReadonlyMap<string, number>,
): Map<string, number> {
  const order = new Map<string, number>();
  processes.forEach((p, i) => {
    if (!order.has(p.id)) order.set(p.id, i);
  });
  const fed = new Set<string>();
  const firstFed = new Map<string, number>();
  for (const flow of flows) {
    const from = order.get(flow.from);
    const to = order.get(flow.to);
    if (from === undefined || to === undefined || from >= to) continue;
    fed.add(flow.to);
    const layer = layers.get(flow.to) ?? 0;
    firstFed.set(flow.from, Math.min(firstFed.get(flow.from) ?? Infinity, layer));
  }
  const columns = new Map<string, number>();
  for (const p of processes) {
    const layer = layers.get(p.id) ?? 0;
    const next = firstFed.get(p.id);
    columns.set(p.id, fed.has(p.id) || next === undefined ? layer : Math.max(layer, next - 1));
  }
  return columns;
}

/**
 * One band's boxes placed without ELK, for maps too big for ELK's partitioned layout of a
 * band (on the generated map of 1,000 processes it took 10 s of the band layout's 12), and
 * the boxes of a large map laid out RIGHT or DOWN (large-map.ts), as one band: each
 * box in the column of its place in the map's flow (`layers`), as the partitions place it;
 * in a column, the boxes in the order of the middle of the boxes they get flows from in
 * the columns before (model order for ties and for boxes that get none), stacked top to
 * bottom. Deterministic. Positions relative to column 0 at the band's top, where the
 * band's bounds start too, so that the columns line up from band to band; no routes. `DOWN`
 * turns it all a quarter: the columns are rows one pitch below the other, each filled left
 * to right.
 */
export function placeBandInColumns(
  processes: readonly Process[],
  flows: readonly Flow[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  layers: ReadonlyMap<string, number>,
  pitch: number,
  axis: ColumnAxis = 'RIGHT',
): { positions: Record<string, Point>; routes: Record<string, Point[]>; bounds: Rect } {
  const down = axis === 'DOWN';
  // The middle of a box, and its size, across the columns.
  const middleOf = (at: Point, geometry: NodeGeometry) =>
    down ? at.x + geometry.width / 2 : at.y + geometry.height / 2;
  const sizeOf = (geometry: NodeGeometry) => (down ? geometry.width : geometry.height);
  const columns = groupBy(processes, (p) => layers.get(p.id) ?? 0);
  const sources = groupBy(
    flows,
    (flow) => flow.to,
    (flow) => flow.from,
  );
  const positions: Record<string, Point> = {};
  for (const layer of [...columns.keys()].sort((a, b) => a - b)) {
    const column = columns.get(layer)!.map((process, order) => {
      const middles: number[] = [];
      for (const from of sources.get(process.id) ?? []) {
        const at = positions[from];
        if (at) middles.push(middleOf(at, geometries[from]!));
      }
      const middle =
        middles.length > 0 ? middles.reduce((a, b) => a + b, 0) / middles.length : Infinity;
      return { process, order, middle };
    });
    column.sort((a, b) => a.middle - b.middle || a.order - b.order);
    let along = 0;
    for (const { process } of column) {
      positions[process.id] = down
        ? { x: along, y: layer * pitch }
        : { x: layer * pitch, y: along };
      along += sizeOf(geometries[process.id]!) + ROW_GAP;
    }
  }
  const bounds = routesBounds(positions, geometries);
  return { positions, routes: {}, bounds: { ...bounds, x: 0, width: bounds.x + bounds.width } };
}
