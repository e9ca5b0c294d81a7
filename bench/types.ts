/** One line of the `npm run bench` table. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

/** The median of timed runs of `work`, in milliseconds, after `warmUp` untimed runs. */
export function medianMs(work: () => unknown, runs = 7, warmUp = 3): number {
  for (let i = 0; i < warmUp; i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
