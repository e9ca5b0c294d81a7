import type { ElkNode } from 'elkjs/lib/elk-api';
import { toElkGraph } from '../src/layout/elk-graph';
import { createNodeElk } from '../src/layout/elk-node';
import { mapGeometries } from '../src/layout/geometry';
import { layoutMap } from '../src/layout/layout';
import { deriveFlows } from '../src/model/flows';
import { generateMap } from './generate-map';
import type { BenchRow } from './types';

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * ELK layout through src/layout (flows, node geometry, ELK graph, reading routes back)
 * against raw elkjs on the very same ELK graph, at 100 / 300 / 1000 processes.
 * Target: src/layout within 1.2× raw elkjs.
 */
export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const elk = createNodeElk();
  // ELK's first call pays its own warm-up (DESIGN.md: ~0.6 s); keep it out of both sides.
  await layoutMap(generateMap(50, 7), elk);

  const cold = generateMap(1000, 2);
  const geometryStart = performance.now();
  mapGeometries(cold.processes);
  rows.push({
    name: 'node geometry, 1,000 processes (cold)',
    value: round(performance.now() - geometryStart),
    unit: 'ms',
    note: 'text measured and wrapped for every label; cached afterwards',
  });

  for (const [n, runs] of [
    [100, 5],
    [300, 3],
    [1000, 3],
  ] as const) {
    const map = generateMap(n, 1);
    const flows = deriveFlows(map.processes);
    const graph = toElkGraph(map, flows, mapGeometries(map.processes), map.layout.direction);
    const ours: number[] = [];
    const raw: number[] = [];
    // Alternate the two so that load from other processes hits both alike.
    for (let i = 0; i < runs; i += 1) {
      ours.push(await timeMs(() => layoutMap(map, elk)));
      const copy = structuredClone(graph) as ElkNode;
      raw.push(await timeMs(() => elk.layout(copy)));
    }
    const size = `${n.toLocaleString('en')} processes, ${flows.length.toLocaleString('en')} flows`;
    const note = `median of ${runs}`;
    rows.push({ name: `layoutMap (src/layout), ${size}`, value: round(median(ours)), unit: 'ms', note });
    rows.push({ name: `  raw elkjs, same ELK graph`, value: round(median(raw)), unit: 'ms', note });
    rows.push({
      name: `  src/layout ÷ raw elkjs`,
      value: round(median(ours) / median(raw), 2),
      unit: '×',
      note: 'target ≤ 1.2',
    });
  }
  return rows;
}
