import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveModel } from '../src/model/derive';
import type { ProcessMap } from '../src/model/types';
import { generateMap } from './generate-map';

/** The committed figure the regression guard compares with (`npm run bench -- --record`). */
export const BASELINE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'baseline.json');
/** How much worse than the recorded figure the guard lets the core get. */
export const GUARD_FACTOR = 10;

export interface CoreFigure {
  /**
   * Flows + analysis of a generated 10,000-process map, in units of a reference workload
   * timed alongside it on the same machine (see {@link measureCoreFigure}).
   */
  figure: number;
  /** Median time of flows + analysis, ms (this machine only). */
  coreMs: number;
  /** Median time of the reference workload, ms (this machine only). */
  referenceMs: number;
}

/**
 * Plain string, Map and sort work over the map's artifact names, done without ProcMap's
 * code: what this machine, this JIT and the load of the moment make of such work. Dividing
 * by it turns a time into a figure that means the same on a fast and a slow machine.
 */
function referenceWork(map: ProcessMap): number {
  const names = map.processes.flatMap((p) => [...p.inputs, ...p.outputs]);
  const counts = new Map<string, number>();
  for (const name of names) {
    const key = name.trim().toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const sorted = [...counts.keys()].sort();
  return sorted.length + names.filter((n) => counts.has(n.toLowerCase())).length;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * Measures flows + analysis (`deriveModel`) of `generateMap(10000)` against the reference
 * workload: both alternate `runs` times after warm-up runs, so that other load on the
 * machine hits both alike; the figure is the ratio of their medians.
 *
 * @example const { figure } = measureCoreFigure(); // about the same on any machine
 */
export function measureCoreFigure(runs = 7): CoreFigure {
  const map = generateMap(10000, 1);
  for (let i = 0; i < 3; i += 1) {
    referenceWork(map);
    deriveModel(map);
  }
  const core: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    reference.push(timed(() => referenceWork(map)));
    core.push(timed(() => deriveModel(map)));
  }
  const coreMs = median(core);
  const referenceMs = median(reference);
  return { figure: coreMs / referenceMs, coreMs, referenceMs };
}

export interface Baseline {
  figure: number;
  recordedAt: string;
  machine: string;
}

/** The recorded figure, or undefined before the first `--record`. */
export function readBaseline(file = BASELINE_FILE): Baseline | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Baseline;
}

/** Writes `figure` as the new recorded figure. */
export function recordBaseline(figure: number, file = BASELINE_FILE): Baseline {
  const cpus = os.cpus();
  const baseline: Baseline = {
    figure: Math.round(figure * 1000) / 1000,
    recordedAt: new Date().toISOString().slice(0, 10),
    machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`,
  };
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}

/**
 * The guard's verdict: how many times the recorded figure the measured one is, and whether
 * that stays within {@link GUARD_FACTOR}.
 *
 * @example guardVerdict(12, 1).ok === false
 */
export function guardVerdict(measured: number, recorded: number): { ok: boolean; times: number } {
  const times = measured / recorded;
  return { ok: times <= GUARD_FACTOR, times };
}
