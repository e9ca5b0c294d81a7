import type { ElkNode } from 'elkjs/lib/elk-api';
import { toElkGraph } from '../src/layout/elk-graph';
import { createNodeElk } from '../src/layout/elk-node';
import { mapGeometries } from '../src/layout/geometry';
import { layoutMap, type ElkLike } from '../src/layout/layout';
import { deriveFlows } from '../src/model/flows';
import { generateMap } from './generate-map';
import type { BenchRow } from './types';

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Past this, a bigger map's layout would take minutes: reported, not waited for. */
const RAW_BUDGET_MS = 60_000;

interface Run {
  wall: number;
  /** CPU time of this process: ELK runs in-process, and other load on the machine barely moves it. */
  cpu: number;
}

async function timeRun(work: () => Promise<unknown>): Promise<Run> {
  const start = performance.now();
  const startCpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(startCpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

function median(runs: readonly Run[], of: keyof Run): number {
  const sorted = runs.map((r) => r[of]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * An ELK that answers at once with every node placed and every edge routed with two bends:
 * what src/layout does around ELK, timed without ELK.
 */
const instantElk: ElkLike = {
  layout(graph: ElkNode) {
    const children = (graph.children ?? []).map((child, i) => ({
      ...child,
      x: i * 400,
      y: i * 10,
    }));
    const edges = (graph.edges ?? []).map((edge, i) => ({
      ...edge,
      sections: [
        {
          id: `${edge.id}_s0`,
          startPoint: { x: i, y: 0 },
          bendPoints: [
            { x: i + 20, y: 0 },
            { x: i + 20, y: 40 },
          ],
          endPoint: { x: i + 40, y: 40 },
        },
      ],
    }));
    return Promise.resolve({ ...graph, children, edges });
  },
};

/**
 * Layout through src/layout (flows, node geometry, ELK graph, reading positions and routes
 * back) against raw elkjs on the very same ELK graph, at 100 / 300 / 1000 processes of
 * generateMap. Target: src/layout within 1.2× raw elkjs.
 */
export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const elk = createNodeElk();
  // ELK's first call pays its own warm-up (DESIGN.md: ~0.6 s); keep it out of both sides.
  await layoutMap(generateMap(30, 7), elk);

  const cold = generateMap(1000, 2);
  const geometryStart = performance.now();
  mapGeometries(cold.processes);
  rows.push({
    name: 'node geometry, 1,000 processes, cold',
    value: round(performance.now() - geometryStart),
    unit: 'ms',
    note: 'every label measured and wrapped once; cached afterwards',
  });

  let lastRaw = 0;
  // [processes, timed runs of each side, an untimed layout first]: ELK's code keeps getting
  // faster over its first layouts of a graph, so whichever side ran first would pay for it.
  for (const [n, runs, warm] of [
    [100, 4, true],
    [300, 2, true],
    [1000, 1, false],
  ] as const) {
    const map = generateMap(n, 1);
    const flows = deriveFlows(map.processes);
    const graph = toElkGraph(map, flows, mapGeometries(map.processes), map.layout.direction);
    const size = `${n.toLocaleString('en')} processes, ${flows.length.toLocaleString('en')} flows`;
    const around: Run[] = [];
    // Every flow in ELK's graph, as raw elkjs gets it: the large-map section compares the two.
    const whole = { largeMapLayout: false };
    for (let i = 0; i < 5; i += 1) {
      around.push(await timeRun(() => layoutMap(map, instantElk, whole)));
    }
    const overhead = median(around, 'cpu');
    rows.push({
      name: `src/layout around ELK, ${size}`,
      value: round(median(around, 'wall')),
      unit: 'ms',
      note: 'flows, cached geometry, ELK graph, reading positions and routes; median of 5',
    });
    if (lastRaw > RAW_BUDGET_MS) {
      rows.push({
        name: '  raw elkjs, same ELK graph',
        value: NaN,
        unit: 'ms',
        note: `not run: ${round(lastRaw / 1000)} s at the previous size`,
      });
      continue;
    }
    if (warm) await elk.layout(structuredClone(graph));
    const ours: Run[] = [];
    const raw: Run[] = [];
    const runOurs = async () => ours.push(await timeRun(() => layoutMap(map, elk, whole)));
    const runRaw = async () => {
      const copy = structuredClone(graph);
      raw.push(await timeRun(() => elk.layout(copy)));
    };
    // Alternate the two, each first in turn (ours, raw; raw, ours; …), so that neither
    // the load of other processes nor ELK's own warming up favours one side.
    for (let i = 0; i < runs; i += 1) {
      if (i % 2 === 0) {
        await runOurs();
        await runRaw();
      } else {
        await runRaw();
        await runOurs();
      }
    }
    lastRaw = median(raw, 'wall');
    const note = (r: Run[]) =>
      `${runs > 1 ? `median of ${runs}` : 'one run'}, CPU ${round(median(r, 'cpu'))} ms`;
    const total = (r: Run[]) => r.reduce((sum, run) => sum + run.cpu, 0);
    rows.push({
      name: '  layoutMap (src/layout)',
      value: round(median(ours, 'wall')),
      unit: 'ms',
      note: note(ours),
    });
    rows.push({
      name: '  raw elkjs, same ELK graph',
      value: round(lastRaw),
      unit: 'ms',
      note: note(raw),
    });
    const rawCpu = median(raw, 'cpu');
    const first = warm ? 'after an untimed layout' : 'ours first, no warm-up';
    rows.push({
      name: '  src/layout ÷ raw elkjs, CPU time',
      value: round(total(ours) / total(raw), 2),
      unit: '×',
      note: `target ≤ 1.2; CPU of ${runs === 1 ? 'one run' : `all ${runs} runs`} each, ${first}; raw + the part around ELK: ${round((rawCpu + overhead) / rawCpu, 3)}×`,
    });
  }
  return rows;
}
