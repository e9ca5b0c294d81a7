import os from 'node:os';
import { parseArgs } from 'node:util';
import { GUARD_FACTOR, measureCoreFigure, readBaseline, recordBaseline } from './core-figure';
import type { BenchRow } from './types';

/**
 * `npm run bench [-- --only <section>[,<section>]] [--record]`: runs every section and prints
 * one table. A section is a module that exports `async function run(): Promise<BenchRow[]>`;
 * add it to this list. `--record` also writes the regression guard's figure to
 * bench/baseline.json.
 */
const sections: { name: string; load: () => Promise<{ run(): Promise<BenchRow[]> }> }[] = [
  { name: 'model', load: () => import('./core') },
  { name: 'guard', load: async () => ({ run: guardRows }) },
  { name: 'check', load: () => import('./check') },
  { name: 'layout', load: () => import('./layout') },
  { name: 'readability', load: () => import('./readability') },
  { name: 'large-map', load: () => import('./large-map') },
  { name: 'render', load: () => import('./render') },
  { name: 'browser', load: () => import('./browser') },
];

const { values, positionals } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    record: { type: 'boolean' },
  },
  allowPositionals: true,
});
const only = [...(values.only ?? []).flatMap((v) => v.split(',')), ...positionals];
const unknown = only.filter((name) => !sections.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown section ${unknown.join(', ')}; the sections are ${sections.map((s) => s.name).join(', ')}.`,
  );
  process.exit(2);
}

/** The regression guard's figure (tests/unit/bench), measured now and against the recorded one. */
async function guardRows(): Promise<BenchRow[]> {
  const measured = measureCoreFigure();
  const recorded = values.record ? recordBaseline(measured.figure) : readBaseline();
  const round = (v: number) => Math.round(v * 100) / 100;
  return [
    {
      name: 'flows + analysis, 10,000 processes ÷ reference work',
      value: round(measured.figure),
      unit: '×',
      ...(recorded ? { target: { max: round(recorded.figure * GUARD_FACTOR) } } : {}),
      note: `${round(measured.coreMs)} ms ÷ ${round(measured.referenceMs)} ms; ${
        recorded
          ? `${values.record ? 'recorded now' : `recorded ${recorded.figure} on ${recorded.recordedAt}`}; npm test fails past ${GUARD_FACTOR}× that`
          : 'nothing recorded: npm run bench -- --record'
      }`,
    },
  ];
}

/** A target a row states in its note (`target ≤ 1.2`, `target < 200 ms`), for rows without `target`. */
function targetOf(row: BenchRow): BenchRow['target'] {
  if (row.target) return row.target;
  const said = /target\s*(≤|<=|<|≥|>=|>)\s*([\d.,]+)/.exec(row.note ?? '');
  if (!said) return undefined;
  const value = Number(said[2]!.replace(/,/g, ''));
  return said[1]!.startsWith('≥') || said[1]!.startsWith('>') ? { min: value } : { max: value };
}

/** `≤ 16` and the share of the target used (`0.42 ok`, `1.30 MISSED`): below 1 is within. */
function targetCells(row: BenchRow): [string, string] {
  const target = targetOf(row);
  if (!target || Number.isNaN(row.value)) return [target ? describe(target) : '', ''];
  const share =
    target.max !== undefined ? row.value / target.max : target.min! / Math.max(row.value, 1e-9);
  return [describe(target), `${share.toFixed(2)} ${share <= 1 ? 'ok' : 'MISSED'}`];
}

function describe(target: NonNullable<BenchRow['target']>): string {
  return target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.min}`;
}

function printTable(rows: readonly (BenchRow & { section: string })[]): void {
  const header = ['section', 'measure', 'value', 'unit', 'target', 'used', 'note'];
  const cells = rows.map((r) => [
    r.section,
    r.name,
    Number.isNaN(r.value) ? '—' : String(r.value),
    r.unit,
    ...targetCells(r),
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

const started = performance.now();
const rows: (BenchRow & { section: string })[] = [];
let failed = false;
for (const section of sections) {
  if (only.length > 0 && !only.includes(section.name)) continue;
  const sectionStart = performance.now();
  try {
    const module = await section.load();
    for (const row of await module.run()) rows.push({ ...row, section: section.name });
  } catch (error) {
    failed = true;
    rows.push({
      section: section.name,
      name: 'failed',
      value: NaN,
      unit: '',
      note: error instanceof Error ? error.message.split('\n')[0] : String(error),
    });
  }
  console.error(`${section.name}: ${Math.round((performance.now() - sectionStart) / 1000)} s`);
}
printTable(rows);
// Shared machines make timings noisy: say how busy this one was.
const [load] = os.loadavg();
console.log(
  `\n${Math.round((performance.now() - started) / 1000)} s; load average ${load!.toFixed(1)} on ${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}`,
);
process.exitCode = failed ? 1 : 0;
