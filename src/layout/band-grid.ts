import { groupBy } from '../model/lists';
import type { Flow, Point, Process } from '../model/types';
import { routesBounds } from './routes';
import type { NodeGeometry, Rect } from './types';

/** Space between two columns of boxes in a band: room for the flows that run between them. */
export const GRID_COLUMN_GAP = 140;
/** Space between two boxes stacked in a column: room for a flow to pass between them. */
export const GRID_ROW_GAP = 56;

/** One band's boxes placed, relative to its top-left box corner. */
export interface PlacedBand {
  positions: Record<string, Point>;
  /** Routes of the flows inside the band, when the placement made them (ELK does). */
  routes: Record<string, Point[]>;
  bounds: Rect;
}

/**
 * Cuts a sequence of boxes (their `heights`, in reading order) into at most `columns`
 * columns, each a run of the sequence stacked top to bottom with `gap` between boxes, so
 * that the tallest column is as short as it can be; of the cuts that make it so, those that
 * keep the boxes of one flow layer (`layers`, one per box, not decreasing) together.
 * Returns the column of every box.
 *
 * @example stackColumns([100, 100, 300], [0, 1, 2], 2, 40) // [0, 0, 1]: 240 and 300 tall
 */
export function stackColumns(
  heights: readonly number[],
  layers: readonly number[],
  columns: number,
  gap: number,
): number[] {
  const count = heights.length;
  if (count === 0) return [];
  const k = Math.max(1, Math.min(columns, count));
  const prefix = [0];
  for (const h of heights) prefix.push(prefix[prefix.length - 1]! + h);
  // The stack of boxes i..j-1 in one column.
  const tall = (i: number, j: number) => prefix[j]! - prefix[i]! + (j - i - 1) * gap;
  // A cut before box i that parts two boxes of one layer.
  const splits = (i: number) => (i > 0 && i < count && layers[i - 1] === layers[i] ? 1 : 0);
  type Best = { tallest: number; splits: number; cut: number };
  const better = (a: Best, b: Best) =>
    a.tallest < b.tallest || (a.tallest === b.tallest && a.splits <= b.splits);
  // best[c][j]: boxes 0..j-1 in c columns.
  const best: Best[][] = [
    heights.map((_, j) => ({ tallest: j === 0 ? 0 : Infinity, splits: 0, cut: 0 })),
  ];
  best[0]!.push({ tallest: Infinity, splits: 0, cut: 0 });
  for (let c = 1; c <= k; c++) {
    const row: Best[] = [{ tallest: 0, splits: 0, cut: 0 }];
    for (let j = 1; j <= count; j++) {
      let choice: Best = { tallest: Infinity, splits: Infinity, cut: 0 };
      for (let i = c - 1; i < j; i++) {
        const before = best[c - 1]![i]!;
        const candidate = {
          tallest: Math.max(before.tallest, tall(i, j)),
          splits: before.splits + splits(i),
          cut: i,
        };
        if (better(candidate, choice)) choice = candidate;
      }
      row.push(choice);
    }
    best.push(row);
  }
  const column = new Array<number>(count);
  for (let c = k, j = count; c >= 1; c--) {
    const i = best[c]![j]!.cut;
    for (let box = i; box < j; box++) column[box] = c - 1;
    j = i;
  }
  return column;
}

/**
 * The boxes of one band in a grid of at most `columns` columns, read like a page of text
 * set in columns: in the order of their flow `layers`, and in a layer after the boxes they
 * are connected to that come before (then in the map's order), cut into columns by
 * {@link stackColumns}. A flow from a box to one in a later layer so runs right or down.
 */
export function gridBand(
  processes: readonly Process[],
  flows: readonly Flow[],
  geometries: Readonly<Record<string, NodeGeometry>>,
  layers: ReadonlyMap<string, number>,
  columns: number,
): PlacedBand {
  const layer = (p: Process) => layers.get(p.id) ?? 0;
  const neighbours = groupBy(
    flows.flatMap((flow) => [[flow.from, flow.to] as const, [flow.to, flow.from] as const]),
    ([a]) => a,
    ([, b]) => b,
  );
  const modelOrder = new Map(processes.map((p, i) => [p.id, i]));
  const byLayer = groupBy(processes, layer);
  const sequence: Process[] = [];
  const index = new Map<string, number>();
  for (const key of [...byLayer.keys()].sort((a, b) => a - b)) {
    const wanted = new Map<string, number>();
    for (const p of byLayer.get(key)!) {
      const at = (neighbours.get(p.id) ?? []).flatMap((id) => index.get(id) ?? []);
      wanted.set(p.id, at.length > 0 ? at.reduce((a, b) => a + b, 0) / at.length : Infinity);
    }
    const sorted = [...byLayer.get(key)!].sort(
      (a, b) =>
        wanted.get(a.id)! - wanted.get(b.id)! || modelOrder.get(a.id)! - modelOrder.get(b.id)!,
    );
    for (const p of sorted) {
      index.set(p.id, sequence.length);
      sequence.push(p);
    }
  }
  const columnOf = stackColumns(
    sequence.map((p) => geometries[p.id]!.height),
    sequence.map(layer),
    columns,
    GRID_ROW_GAP,
  );
  const positions: Record<string, Point> = {};
  let x = 0;
  let y = 0;
  let width = 0;
  sequence.forEach((p, i) => {
    if (i > 0 && columnOf[i] !== columnOf[i - 1]) {
      x += width + GRID_COLUMN_GAP;
      y = 0;
      width = 0;
    }
    positions[p.id] = { x, y };
    y += geometries[p.id]!.height + GRID_ROW_GAP;
    width = Math.max(width, geometries[p.id]!.width);
  });
  return { positions, routes: {}, bounds: routesBounds(positions, geometries) };
}
