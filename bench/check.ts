import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeMap } from '../src/model/serialize';
import { generateMap } from './generate-map';
import type { BenchRow } from './types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const round = (value: number) => Math.round(value * 10) / 10;

/** Wall time of one `procmap check` process; exit 2 (unreadable file) or a crash is an error. */
function timeCheck(file: string, extra: string[] = []): { ms: number; status: number } {
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [join(root, 'bin', 'procmap.mjs'), 'check', file, ...extra],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(
      `procmap check failed (${result.status}): ${result.stderr.trim().split('\n')[0]}`,
    );
  return { ms, status: result.status };
}

/**
 * `procmap check` of a 10,000-process map as a whole process: Node starting, the bundle
 * loading, the file read and parsed, flows and analysis, the problems printed.
 * Target: under 1 s.
 */
export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-bench-check-'));
  try {
    const file = join(dir, 'map-10000.procmap.json');
    writeFileSync(file, serializeMap(generateMap(10000, 1), 'json'));
    // The first run (re)builds the CLI bundle when src/ is newer: not part of the figure.
    timeCheck(file);
    const rows: BenchRow[] = [];
    for (const [label, extra] of [
      ['', []],
      [' --json', ['--json']],
    ] as const) {
      const runs = [0, 1, 2].map(() => timeCheck(file, [...extra]));
      const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
      rows.push({
        name: `procmap check${label}, 10,000 processes`,
        value: round(sorted[1]!),
        unit: 'ms',
        target: { max: 1000 },
        note: `median of 3, whole process (exit ${runs[0]!.status}), fastest ${round(sorted[0]!)} ms`,
      });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
