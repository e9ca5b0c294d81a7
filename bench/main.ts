import os from 'node:os';
import type { BenchRow } from './types';

/**
 * `npm run bench`: runs every section and prints one table. A section is a module that
 * exports `async function run(): Promise<BenchRow[]>`; add it to this list.
 */
const sections: { name: string; load: () => Promise<{ run(): Promise<BenchRow[]> }> }[] = [
  { name: 'model', load: () => import('./core') },
  { name: 'render', load: () => import('./render') },
];

function printTable(rows: readonly (BenchRow & { section: string })[]): void {
  const header = ['section', 'measure', 'value', 'unit', 'note'];
  const cells = rows.map((r) => [r.section, r.name, String(r.value), r.unit, r.note ?? '']);
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

const only = process.argv.slice(2);
const rows: (BenchRow & { section: string })[] = [];
let failed = false;
for (const section of sections) {
  if (only.length > 0 && !only.includes(section.name)) continue;
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
      note: error instanceof Error ? error.message : String(error),
    });
  }
}
printTable(rows);
// Shared machines make timings noisy: say how busy this one was.
const [load] = os.loadavg();
console.log(
  `\nload average ${load!.toFixed(1)} on ${os.availableParallelism()} cores, Node ${process.version}`,
);
process.exitCode = failed ? 1 : 0;
