import { createNodeElk } from '../src/layout/elk-node';
import { layoutMap } from '../src/layout/layout';
import { ROUTER_DEFAULTS } from '../src/layout/orthogonal-router';
import { routeMetrics } from '../src/layout/route-metrics';
import { starterMap } from '../src/model/starter';
import type { Direction, ProcessMap } from '../src/model/types';
import { generateMap } from './generate-map';
import { routerSample, starterPlacements } from './router-sample';
import type { BenchRow } from './types';

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The maps whose readability the bench follows, each with the directions it is laid out in. */
export function readabilityMaps(): [string, ProcessMap, Direction[]][] {
  return [
    ['starter map', starterMap(), ['RIGHT', 'BANDS', 'DOWN']],
    ['generated map, 100 processes', generateMap(100, 1), ['RIGHT', 'BANDS']],
  ];
}

/**
 * How readable the automatic layout is, the same map side by side in each direction:
 * crossings of flows, bends and the aspect ratio (width ÷ height) of the starter map and
 * the generated 100-process map, counted on the routes layoutMap returns (route-metrics.ts):
 * one route per arrow, an arrow carrying every flow between two processes.
 * RIGHT is the layout the editor made before bands; BANDS is the default now. Then the
 * router's mean over the starter map's band placements in ten shuffled orders of its
 * processes (router-sample.ts): one placement's count moves by ±15 % with any small change.
 */
export async function run(): Promise<BenchRow[]> {
  const elk = createNodeElk();
  const rows: BenchRow[] = [];
  for (const [name, map, directions] of readabilityMaps()) {
    for (const direction of directions) {
      const start = performance.now();
      const result = await layoutMap(map, elk, { direction });
      const wall = performance.now() - start;
      const { crossings, crossingPoints, bends, aspect } = routeMetrics(
        Object.values(result.routes),
        result.bounds,
      );
      const target = name === 'starter map' && direction === 'BANDS' ? { max: 120 } : undefined;
      rows.push({
        name: `${name}, ${direction}: crossings`,
        value: crossings,
        unit: '',
        ...(target ? { target } : {}),
        note: `${Object.keys(result.routes).length} arrows (one per pair of processes); layout ${round(wall)} ms`,
      });
      rows.push({
        name: `  crossing points`,
        value: crossingPoints,
        unit: '',
        note: 'distinct places: routes on one track cross another once',
      });
      rows.push({ name: `  bends`, value: bends, unit: '' });
      rows.push({
        name: `  aspect ratio`,
        value: round(aspect, 2),
        unit: ':1',
        note: `${round(result.bounds.width)} × ${round(result.bounds.height)} px`,
      });
    }
  }
  const placements = await starterPlacements(10);
  const mean = routerSample(placements, ROUTER_DEFAULTS);
  rows.push({
    name: 'starter map, BANDS, 10 shuffled orders: mean crossings',
    value: round(mean.crossings, 1),
    unit: '',
    note: `routeFlowsAround with ROUTER_DEFAULTS on each placement; router ${round(mean.ms)} ms a placement`,
  });
  rows.push({ name: '  mean crossing points', value: round(mean.crossingPoints, 1), unit: '' });
  rows.push({ name: '  mean bends', value: round(mean.bends, 1), unit: '' });
  rows.push({
    name: '  mean track shared by routes of different ports',
    value: round(mean.shared),
    unit: 'px',
    note: 'summed over pairs of routes; routes there cannot be told apart',
  });
  return rows;
}
