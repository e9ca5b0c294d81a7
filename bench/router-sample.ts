import { createNodeElk } from '../src/layout/elk-node';
import { mapGeometries } from '../src/layout/geometry';
import { layoutMap } from '../src/layout/layout';
import type { RouterOptions } from '../src/layout/orthogonal-router';
import { routeFlowsAround } from '../src/layout/route-flows';
import { routeMetrics } from '../src/layout/route-metrics';
import type { NodeGeometry } from '../src/layout/types';
import { deriveFlows } from '../src/model/flows';
import { deriveLinks, type Link } from '../src/model/links';
import { starterMap } from '../src/model/starter';
import type { Point, Process } from '../src/model/types';
import { seededRandom } from './generate-map';

/** One placement of the starter map's boxes, with the arrows to route between them. */
export interface Placement {
  positions: Record<string, Point>;
  links: Link[];
  geometries: Record<string, NodeGeometry>;
}

/** The processes in an order shuffled by `seed` (Fisher–Yates). */
function shuffled(processes: readonly Process[], seed: number): Process[] {
  const random = seededRandom(seed);
  const out = [...processes];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The band layout's placements of the starter map with its processes in `count` seeded
 * shuffles of the model's order: the boxes and the order of the arrows differ, the map does
 * not. One placement's crossings move by ±15 % with any small change of the router, so the
 * router is judged by its mean over these.
 */
export async function starterPlacements(count = 10): Promise<Placement[]> {
  const placements: Placement[] = [];
  for (let seed = 1; seed <= count; seed++) {
    placements.push(await bandPlacement(shuffled(starterMap().processes, seed)));
  }
  return placements;
}

/** Where the band layout puts these processes, and their arrows. */
export async function bandPlacement(processes: Process[]): Promise<Placement> {
  const map = { ...starterMap(), processes };
  const result = await layoutMap(map, createNodeElk(), { direction: 'BANDS' });
  return {
    positions: result.positions,
    links: deriveLinks(deriveFlows(processes)),
    geometries: mapGeometries(processes, 'BANDS'),
  };
}

/** Mean crossings (pairs of routes), crossing points, bends and router time, in ms. */
export interface RouterSample {
  crossings: number;
  crossingPoints: number;
  bends: number;
  /** Px of track that routes out of different ports run on together (sharedLength). */
  shared: number;
  ms: number;
}

/**
 * Px of track that two routes out of different ports run on together, summed over every
 * such pair: there a reader cannot tell them apart, and the crossing counter does not see
 * a route that joins another's track from one side and leaves it to the other.
 */
export function sharedLength(routes: readonly (readonly Point[])[]): number {
  const segments: { vertical: boolean; at: number; from: number; to: number; port: string }[] = [];
  for (const points of routes) {
    const port = `${points[0]!.x},${points[0]!.y}`;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      const vertical = a.x === b.x;
      const [from, to] = vertical ? [a.y, b.y] : [a.x, b.x];
      const at = vertical ? a.x : a.y;
      segments.push({ vertical, at, from: Math.min(from, to), to: Math.max(from, to), port });
    }
  }
  let shared = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const s = segments[i]!;
      const t = segments[j]!;
      if (s.vertical !== t.vertical || s.at !== t.at || s.port === t.port) continue;
      shared += Math.max(0, Math.min(s.to, t.to) - Math.max(s.from, t.from));
    }
  }
  return shared;
}

/** Routes every placement's arrows with `options` and averages what route-metrics counts. */
export function routerSample(
  placements: readonly Placement[],
  options: RouterOptions,
): RouterSample {
  const sum: RouterSample = { crossings: 0, crossingPoints: 0, bends: 0, shared: 0, ms: 0 };
  for (const { positions, links, geometries } of placements) {
    const start = performance.now();
    const routes = routeFlowsAround(positions, links, geometries, () => options);
    sum.ms += performance.now() - start;
    const metrics = routeMetrics(Object.values(routes), { x: 0, y: 0, width: 0, height: 0 });
    sum.crossings += metrics.crossings;
    sum.crossingPoints += metrics.crossingPoints;
    sum.bends += metrics.bends;
    sum.shared += sharedLength(Object.values(routes));
  }
  const n = placements.length;
  return {
    crossings: sum.crossings / n,
    crossingPoints: sum.crossingPoints / n,
    bends: sum.bends / n,
    shared: sum.shared / n,
    ms: sum.ms / n,
  };
}
