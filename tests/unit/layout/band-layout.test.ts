import { describe, expect, it } from 'vitest';
import { flowLayers, layoutBands } from '../../../src/layout/band-layout';
import { bandRects } from '../../../src/layout/bands';
import { createNodeElk } from '../../../src/layout/elk-node';
import { fitToPage } from '../../../src/layout/paper';
import { mapGeometries } from '../../../src/layout/geometry';
import { layoutMap } from '../../../src/layout/layout';
import { deriveFlows } from '../../../src/model/flows';
import { starterMap } from '../../../src/model/starter';
import type { ProcessMap } from '../../../src/model/types';
import { chainMap, loopMap, mapOf, proc } from '../../fixtures/layout/small-maps';
import { expectReadableLayout, rectsOverlap } from './route-checks';

const elk = createNodeElk();

async function bandsOf(map: ProcessMap) {
  const result = await layoutMap(map, elk, { direction: 'BANDS' });
  const rects = bandRects(
    map.processes,
    deriveFlows(map.processes),
    result.positions,
    mapGeometries(map.processes),
  );
  return { result, rects: new Map(rects.map((r) => [r.id, r])) };
}

describe('the band layout', () => {
  it('stacks management, core and support bands top to bottom, none overlapping another', async () => {
    // given
    const map = starterMap();
    // when
    const { result, rects } = await bandsOf(map);
    // then
    expect(result.direction).toBe('BANDS');
    const management = rects.get('management')!;
    const core = rects.get('core')!;
    const support = rects.get('support')!;
    expect(management.y + management.height).toBeLessThanOrEqual(core.y);
    expect(core.y + core.height).toBeLessThanOrEqual(support.y);
    const all = [...rects.values()];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        expect(rectsOverlap(all[i]!, all[j]!), `${all[i]!.id} / ${all[j]!.id}`).toBe(false);
      }
    }
  });

  it('puts externals that supply in a column left of the bands, those that only receive right of them', async () => {
    // given: a regulator that supplies, a customer that only receives
    const map = mapOf([
      proc({ id: 'regulator', kind: 'external', outputs: ['Law'] }),
      proc({ id: 'plan', category: 'management', inputs: ['Law'], outputs: ['Plan'] }),
      proc({ id: 'deliver', category: 'core', inputs: ['Plan'], outputs: ['Service'] }),
      proc({ id: 'customer', kind: 'external', inputs: ['Service'] }),
    ]);
    // when
    const { rects } = await bandsOf(map);
    // then
    const suppliers = rects.get('suppliers')!;
    const receivers = rects.get('receivers')!;
    for (const band of ['management', 'core'] as const) {
      const rect = rects.get(band)!;
      expect(suppliers.x + suppliers.width).toBeLessThanOrEqual(rect.x);
      expect(rect.x + rect.width).toBeLessThanOrEqual(receivers.x);
    }
  });

  it('routes every flow of the starter map orthogonally from port to port, never through a box', async () => {
    const map = starterMap();
    expectReadableLayout(map, await layoutMap(map, elk, { direction: 'BANDS' }));
  });

  it('routes a map with loops between bands and a shared artifact readably', async () => {
    const map = loopMap('BANDS');
    expectReadableLayout(map, await layoutMap(map, elk));
  });

  it('reads each band left to right', async () => {
    const { positions } = await layoutMap(chainMap('BANDS'), elk);
    expect(positions.a!.x).toBeLessThan(positions.b!.x);
    expect(positions.b!.x).toBeLessThan(positions.c!.x);
  });

  it('folds a band too long for an A3 page into columns read top to bottom, then left to right', async () => {
    // given a chain of sixteen management processes: one row would be some 5,700 px wide
    const ids = Array.from({ length: 16 }, (_, i) => `step-${i}`);
    const map = mapOf(
      ids.map((id, i) =>
        proc({
          id,
          category: 'management',
          inputs: i > 0 ? [`${ids[i - 1]} result`] : [],
          outputs: [`${id} result`],
        }),
      ),
      'BANDS',
    );
    // when
    const result = await layoutMap(map, elk);
    // then it prints readably on A3 landscape with room for legend and title block …
    const fit = fitToPage(
      { width: result.bounds.width, height: result.bounds.height + 150 },
      { paper: 'A3', orientation: 'landscape' },
    );
    expect(fit.smallestTextPt).toBeGreaterThanOrEqual(6);
    // … and each step is below the one before it in its column, or in a column to the right
    for (let i = 1; i < ids.length; i++) {
      const before = result.positions[ids[i - 1]!]!;
      const at = result.positions[ids[i]!]!;
      expect(at.x > before.x || (at.x === before.x && at.y > before.y), ids[i]).toBe(true);
    }
    expectReadableLayout(map, result);
  });

  it('shapes a band too large for any page like a page, not as one long row', async () => {
    // given 120 core processes: on no page readably, however they are set
    const map = mapOf(
      Array.from({ length: 120 }, (_, i) => proc({ id: `p-${i}`, category: 'core' })),
      'BANDS',
    );
    // when
    const { bounds } = await layoutMap(map, elk);
    // then the band is about as wide for its height as a landscape page
    expect(bounds.width / bounds.height).toBeGreaterThan(1);
    expect(bounds.width / bounds.height).toBeLessThan(2.5);
  });

  it('gives the same result for the same map, also from a fresh ELK', async () => {
    const first = await layoutMap(starterMap(), elk, { direction: 'BANDS' });
    const fresh = await layoutMap(starterMap(), createNodeElk(), { direction: 'BANDS' });
    expect(fresh).toEqual(first);
  });
});

describe('layoutBands on a map too big for the router', () => {
  it('keeps the bands and gives every flow a route from port to port', async () => {
    // given: the router's limit set below the map's flows
    const map = loopMap('BANDS');
    const flows = deriveFlows(map.processes);
    const geometries = mapGeometries(map.processes);
    // when
    const result = await layoutBands(map.processes, flows, geometries, elk, 0);
    // then
    expect(Object.keys(result.routes).sort()).toEqual(flows.map((f) => f.id).sort());
    for (const flow of flows) {
      const route = result.routes[flow.id]!;
      const from = result.positions[flow.from]!;
      const out = geometries[flow.from]!.ports.find((p) => p.handleId === `out:${flow.key}`)!;
      expect(route[0]).toEqual({ x: from.x + out.x, y: from.y + out.y });
    }
    const rects = bandRects(map.processes, flows, result.positions, geometries);
    const management = rects.find((r) => r.id === 'management')!;
    const core = rects.find((r) => r.id === 'core')!;
    expect(management.y + management.height).toBeLessThanOrEqual(core.y);
  });
});

describe('flowLayers', () => {
  it('places each process after the longest chain of forward flows that leads to it', () => {
    // given: a → b → c, a → c, and c → a closing a loop back to the start
    const processes = [
      proc({ id: 'a', inputs: ['z'], outputs: ['x', 'w'] }),
      proc({ id: 'b', inputs: ['x'], outputs: ['y'] }),
      proc({ id: 'c', inputs: ['y', 'w'], outputs: ['z'] }),
    ];
    // when
    const layers = flowLayers(processes, deriveFlows(processes));
    // then
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 2 });
  });
});
