import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toElkGraph } from '../src/layout/elk-graph';
import { mapGeometries } from '../src/layout/geometry';
import { deriveFlows } from '../src/model/flows';
import { serializeMap } from '../src/model/serialize';
import { generateMap } from './generate-map';
import type { BenchRow } from './types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A fresh Node process that only loads elkjs and lays out a graph file: the floor. */
const RAW_ELK = `
import { readFileSync } from 'node:fs';
import ELK from '${pathToFileURL(join(root, 'node_modules', 'elkjs', 'lib', 'elk.bundled.js')).href}';
const graph = JSON.parse(readFileSync(process.argv[2], 'utf8'));
await new ELK().layout(graph);
`;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** One whole process stops here: a layout that slow is a finding, not a number to wait for. */
const TIMEOUT_MS = 300_000;

/** Wall time of a whole `node …` process, in ms; a failed run is an error, not a number. */
function timeProcess(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: TIMEOUT_MS,
  });
  const elapsed = performance.now() - start;
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    throw new Error(`node ${args.join(' ')} took over ${TIMEOUT_MS / 1000} s`);
  }
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return elapsed;
}

/**
 * `procmap render` as a whole process (start, parse, layout with elkjs in-process, SVG or
 * PNG written) against a whole process that only runs raw elkjs on the same ELK graph,
 * at 300 and 1000 processes. Target: SVG render ≤ 1.3× the raw layout at 1000.
 */
export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-bench-render-'));
  const rows: BenchRow[] = [];
  try {
    const rawScript = join(dir, 'raw-elk.mjs');
    writeFileSync(rawScript, RAW_ELK);
    const procmap = join(root, 'bin', 'procmap.mjs');
    // Builds the CLI bundle when it is stale, outside the timings.
    const small = join(dir, 'small.procmap.json');
    writeFileSync(small, serializeMap(generateMap(20, 3), 'json'));
    timeProcess([procmap, 'render', small, '-o', join(dir, 'small.svg'), '--force']);

    for (const [n, runs] of [
      [300, 3],
      [1000, 1],
    ] as const) {
      const map = generateMap(n, 1);
      const mapFile = join(dir, `map-${n}.procmap.json`);
      const graphFile = join(dir, `graph-${n}.json`);
      writeFileSync(mapFile, serializeMap(map, 'json'));
      const flows = deriveFlows(map.processes);
      writeFileSync(
        graphFile,
        JSON.stringify(toElkGraph(map, flows, mapGeometries(map.processes), 'RIGHT')),
      );

      const raw: number[] = [];
      const svg: number[] = [];
      const png: number[] = [];
      const svgOut = join(dir, `map-${n}.svg`);
      const pngOut = join(dir, `map-${n}.png`);
      try {
        // Alternate the three so that load from other processes hits them alike.
        for (let i = 0; i < runs; i += 1) {
          raw.push(timeProcess([rawScript, graphFile]));
          svg.push(timeProcess([procmap, 'render', mapFile, '-o', svgOut, '--force']));
          png.push(timeProcess([procmap, 'render', mapFile, '-o', pngOut, '--force']));
        }
      } catch (error) {
        // A crash or a timeout at one size is a result too: say it and go on.
        const lines = (error instanceof Error ? error.message : String(error)).split('\n');
        const reason = lines.find((line) => /^\w*Error: |took over/.test(line)) ?? lines[0]!;
        rows.push({
          name: `${n.toLocaleString('en')} processes`,
          value: NaN,
          unit: 'ms',
          note: reason.slice(0, 200),
        });
        continue;
      }
      const size = `${n.toLocaleString('en')} processes, ${flows.length.toLocaleString('en')} flows`;
      const note = `median of ${runs}, whole process`;
      const mb = (file: string) => `${round(statSync(file).size / 1e6, 1)} MB`;
      rows.push({ name: `raw elkjs layout, ${size}`, value: round(median(raw)), unit: 'ms', note });
      rows.push({
        name: `  procmap render → SVG`,
        value: round(median(svg)),
        unit: 'ms',
        note: `${note}, ${mb(svgOut)}`,
      });
      rows.push({
        name: `  procmap render → PNG`,
        value: round(median(png)),
        unit: 'ms',
        note: `${note}, ${mb(pngOut)}`,
      });
      rows.push({
        name: `  SVG render ÷ raw elkjs`,
        value: round(median(svg) / median(raw), 2),
        unit: '×',
        note: 'whole processes; ELK dominates both',
        ...(n === 1000 ? { target: { max: 1.3 } } : {}),
      });
    }

    // The export's own cost, without ELK: a map whose positions were saved by the editor.
    const placed = generateMap(1000, 1);
    placed.processes.forEach((p, i) => {
      placed.positions[p.id] = { x: (i % 40) * 340, y: Math.floor(i / 40) * 320 };
    });
    const placedFile = join(dir, 'placed-1000.procmap.json');
    writeFileSync(placedFile, serializeMap(placed, 'json'));
    for (const ending of ['svg', 'png'] as const) {
      const out = join(dir, `placed-1000.${ending}`);
      const times = [0, 1, 2].map(() =>
        timeProcess([procmap, 'render', placedFile, '-o', out, '--force']),
      );
      rows.push({
        name: `procmap render → ${ending.toUpperCase()}, 1,000 processes with saved positions`,
        value: round(median(times)),
        unit: 'ms',
        note: `median of 3, whole process, no layout, ${round(statSync(out).size / 1e6, 1)} MB`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
