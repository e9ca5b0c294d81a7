import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeElk } from '../src/layout/elk-node';
import { layoutMap } from '../src/layout/layout';
import { routeMetrics } from '../src/layout/route-metrics';
import { deriveFlows } from '../src/model/flows';
import type { Direction } from '../src/model/types';
import { generateMap } from './generate-map';
import type { ProcessLayout } from './layout-process';
import { readabilityMaps } from './readability';
import type { BenchRow } from './types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A layout that slow is a finding, not a number to wait for. */
const TIMEOUT_MS = 300_000;

type Path = 'today' | 'after';

/** One layout in a fresh Node process (bench/layout-process.ts), so its peak memory is its own. */
function layoutInProcess(n: number, direction: Direction, path: Path): ProcessLayout {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench', 'layout-process.ts'), String(n), direction, path],
    { cwd: root, encoding: 'utf8', timeout: TIMEOUT_MS },
  );
  if (result.status !== 0) {
    const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    throw new Error(
      timedOut
        ? `${n} processes ${direction} (${path}) took over ${TIMEOUT_MS / 1000} s`
        : `${n} processes ${direction} (${path}) failed: ${result.stderr.trim().split('\n')[0]}`,
    );
  }
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as ProcessLayout;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Per map size: the wall-time target, and how many runs each path gets (taking turns). */
const SIZES = [
  { n: 300, maxMs: 1500, runs: 3 },
  { n: 1000, maxMs: 5000, runs: 1 },
] as const;

/**
 * Big maps laid out the way they were (every flow in ELK: `today`) and as large maps
 * (`after`: boxes in columns without ELK, every arrow routed after, large-map.ts), side by
 * side in one run: each layout in a fresh process (after ELK's warm-up on a 30-process map), the two
 * paths taking turns at going first; wall and CPU time, peak memory, crossings. Then the
 * crossings of the starter and the generated 100-process map on both paths, which must
 * not differ: those maps are under the limit.
 */
export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const direction of ['RIGHT', 'BANDS'] as const) {
    for (const { n, maxMs, runs } of SIZES) {
      const flows = deriveFlows(generateMap(n, 1).processes).length;
      const measured: Record<Path, ProcessLayout[]> = { today: [], after: [] };
      for (let i = 0; i < runs; i += 1) {
        const order: Path[] = i % 2 === 0 ? ['after', 'today'] : ['today', 'after'];
        for (const path of order) measured[path].push(layoutInProcess(n, direction, path));
      }
      const wall = (path: Path) => median(measured[path].map((m) => m.wallMs));
      const cpu = (path: Path) => median(measured[path].map((m) => m.cpuMs));
      const rss = (path: Path) => Math.max(...measured[path].map((m) => m.peakRssMb));
      const crossings = (path: Path) => measured[path][0]!.crossings;
      const size = `${n.toLocaleString('en')} processes, ${flows.toLocaleString('en')} flows`;
      const how = runs > 1 ? `median of ${runs}` : 'one run';
      rows.push({
        name: `${direction}, ${size}: every flow in ELK (before)`,
        value: round(wall('today')),
        unit: 'ms',
        note: `${how}, CPU ${round(cpu('today'))} ms, peak RSS ${round(rss('today'))} MB, ${crossings('today')} crossings`,
      });
      rows.push({
        name: `  large-map layout (after)`,
        value: round(wall('after')),
        unit: 'ms',
        target: { max: maxMs },
        note: `${how}, CPU ${round(cpu('after'))} ms, ${crossings('after')} crossings`,
      });
      rows.push({
        name: `  after ÷ before, wall time`,
        value: round(wall('after') / wall('today'), 3),
        unit: '×',
        ...(n === 1000 ? { target: { max: 0.2 } } : {}),
        note: `CPU: ${round(cpu('after') / cpu('today'), 2)}×`,
      });
      rows.push({
        name: `  peak RSS of the layout process`,
        value: round(rss('after')),
        unit: 'MB',
        target: { max: 1024 },
        note: `the whole process: ELK's heap and all else; before: ${round(rss('today'))} MB`,
      });
    }
  }
  rows.push(...(await unchangedCrossings()));
  return rows;
}

/** The starter and the generated 100-process map, both paths: the same crossings. */
async function unchangedCrossings(): Promise<BenchRow[]> {
  const elk = createNodeElk();
  const rows: BenchRow[] = [];
  for (const [name, map, directions] of readabilityMaps()) {
    for (const direction of directions) {
      const count = async (largeMapLayout: boolean) => {
        const result = await layoutMap(map, elk, { direction, largeMapLayout });
        return routeMetrics(Object.values(result.routes), result.bounds).crossings;
      };
      const before = await count(false);
      rows.push({
        name: `crossings, ${name}, ${direction}`,
        value: await count(true),
        unit: '',
        target: { max: before },
        note: `before: ${before}`,
      });
    }
  }
  return rows;
}
