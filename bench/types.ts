/** One line of the `npm run bench` table. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
  /** What the issue asks of this figure: at most `max` or at least `min`, in `unit`. */
  target?: { max?: number; min?: number };
}

export interface Timing {
  /** Median wall time, ms. */
  median: number;
  /** Fastest run, ms: on a shared machine the closest to the quiet-machine time. */
  fastest: number;
  /** Median CPU time of the process (all its threads, the garbage collector's too), ms. */
  cpu: number;
  runs: number;
}

/** Times `work` over `runs` runs after `warmUp` untimed ones (so the JIT has settled). */
export function time(work: () => unknown, runs = 7, warmUp = 3): Timing {
  for (let i = 0; i < warmUp; i += 1) work();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    work();
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { median: median(times), fastest: Math.min(...times), cpu: median(cpu), runs };
}

/** A median row, with the fastest run and the run count in the note. */
export function timingRow(name: string, timing: Timing, note?: string): BenchRow {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const detail = `median of ${timing.runs}, fastest ${round(timing.fastest)} ms, CPU ${round(timing.cpu)} ms`;
  return {
    name,
    value: round(timing.median),
    unit: 'ms',
    note: note ? `${detail}; ${note}` : detail,
  };
}
