import { createNodeElk } from '../src/layout/elk-node';
import { layoutMap } from '../src/layout/layout';
import { routeMetrics } from '../src/layout/route-metrics';
import type { Direction } from '../src/model/types';
import { generateMap } from './generate-map';

/** What one layout in a process of its own measured: printed as one line of JSON. */
export interface ProcessLayout {
  wallMs: number;
  cpuMs: number;
  /** Peak resident memory of the whole process: ELK's heap and everything else. */
  peakRssMb: number;
  crossings: number;
}

/**
 * `tsx bench/layout-process.ts <processes> <RIGHT|DOWN|BANDS> <today|after>`: lays out
 * generateMap(processes, 1) once, in this fresh process after ELK's warm-up on a small map,
 * with every flow in ELK (`today`) or as a large map (`after`: boxes in columns, every arrow
 * routed after them), and prints a ProcessLayout.
 */
async function main(): Promise<void> {
  const [n, direction, path] = process.argv.slice(2);
  const elk = createNodeElk();
  await layoutMap(generateMap(30, 7), elk);
  const map = generateMap(Number(n), 1);
  const startCpu = process.cpuUsage();
  const start = performance.now();
  const result = await layoutMap(map, elk, {
    direction: direction as Direction,
    largeMapLayout: path !== 'today',
  });
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(startCpu);
  const measured: ProcessLayout = {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    crossings: routeMetrics(Object.values(result.routes), result.bounds).crossings,
  };
  console.log(JSON.stringify(measured));
}

await main();
