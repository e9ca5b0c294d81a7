import type { Flow, Point, Process } from '../model/types';
import { routesBounds } from './routes';
import type { NodeGeometry, Rect } from './types';

/** Room between two columns of boxes, for the flows that run between them. */
const COLUMN_GAP = 96;
/** Room between two boxes of a column. */
const ROW_GAP = 48;

/**
 * The horizontal distance from one column to the next in every band of a map: the widest
 * box and the gap, so that a column is at the same x in every band.
 */
export function columnPitch(
  processes: readonly Process[],
  geometries: Readonly<Record<string, NodeGeometry>>,
): number {
  let widest = 0;
  for (const p of processes) widest = Math.max(widest, geometries[p.id]?.width ?? 0);
  return widest + COLUMN_GAP;
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
 * band (on the generated map of 1,000 processes it took 10 s of the band layout's 12): each
 * box in the column of its place in the map's flow (`layers`), as the partitions place it;
 * in a column, the boxes in the order of the middle of the boxes they get flows from in
 * the columns before (model order for ties and for boxes that get none), stacked top to
 * bottom. Deterministic. Positions relative to column 0 at the band's top, where the
 * band's bounds start too, so that the columns line up from band to band; no routes.
 */
export function placeBandInColumns(
  processes: readonly Process[],
  flows: readonly Flow[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  layers: ReadonlyMap<string, number>,
  pitch: number,
): { positions: Record<string, Point>; routes: Record<string, Point[]>; bounds: Rect } {
  const columns = new Map<number, Process[]>();
  for (const p of processes) {
    const layer = layers.get(p.id) ?? 0;
    const column = columns.get(layer);
    if (column) column.push(p);
    else columns.set(layer, [p]);
  }
  const sources = new Map<string, string[]>();
  for (const flow of flows) {
    const list = sources.get(flow.to);
    if (list) list.push(flow.from);
    else sources.set(flow.to, [flow.from]);
  }
  const positions: Record<string, Point> = {};
  for (const layer of [...columns.keys()].sort((a, b) => a - b)) {
    const column = columns.get(layer)!.map((process, order) => {
      const ys: number[] = [];
      for (const from of sources.get(process.id) ?? []) {
        const at = positions[from];
        if (at) ys.push(at.y + geometries[from]!.height / 2);
      }
      const middle = ys.length > 0 ? ys.reduce((a, b) => a + b, 0) / ys.length : Infinity;
      return { process, order, middle };
    });
    column.sort((a, b) => a.middle - b.middle || a.order - b.order);
    let y = 0;
    for (const { process } of column) {
      positions[process.id] = { x: layer * pitch, y };
      y += geometries[process.id]!.height + ROW_GAP;
    }
  }
  const bounds = routesBounds(positions, geometries);
  return { positions, routes: {}, bounds: { ...bounds, x: 0, width: bounds.x + bounds.width } };
}
