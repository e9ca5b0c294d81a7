import { describe, expect, it } from 'vitest';
import { generateMap } from '../../../bench/generate-map';
import { columnLayers, columnPitch, placeBandInColumns } from '../../../src/layout/band-columns';
import { flowLayers } from '../../../src/layout/band-layout';
import { mapGeometries } from '../../../src/layout/geometry';
import { layoutMap } from '../../../src/layout/layout';
import { createNodeElk } from '../../../src/layout/elk-node';
import { deriveFlows } from '../../../src/model/flows';
import { mapOf, proc } from '../../fixtures/layout/small-maps';

describe('placing a band in columns', () => {
  it('moves a process that only starts a chain to just before the first process it feeds', () => {
    // given: a → b → c → d, and s feeds only d
    const map = mapOf([
      proc({ id: 's', outputs: ['S'] }),
      proc({ id: 'a', outputs: ['A'] }),
      proc({ id: 'b', inputs: ['A'], outputs: ['B'] }),
      proc({ id: 'c', inputs: ['B'], outputs: ['C'] }),
      proc({ id: 'd', inputs: ['C', 'S'] }),
    ]);
    const flows = deriveFlows(map.processes);
    // when
    const columns = columnLayers(map.processes, flows, flowLayers(map.processes, flows));
    // then
    expect(Object.fromEntries(columns)).toEqual({ s: 2, a: 0, b: 1, c: 2, d: 3 });
  });

  it('stacks the boxes of a column apart, each column one pitch right of the last', () => {
    // given
    const map = mapOf([
      proc({ id: 'a', outputs: ['A'] }),
      proc({ id: 'b', outputs: ['B'] }),
      proc({ id: 'c', inputs: ['A', 'B'] }),
    ]);
    const flows = deriveFlows(map.processes);
    const geometries = mapGeometries(map.processes);
    const pitch = columnPitch(map.processes, geometries);
    // when
    const { positions, bounds } = placeBandInColumns(
      map.processes,
      flows,
      geometries,
      flowLayers(map.processes, flows),
      pitch,
    );
    // then
    expect(positions.a).toEqual({ x: 0, y: 0 });
    expect(positions.b!.x).toBe(0);
    expect(positions.b!.y).toBeGreaterThanOrEqual(geometries.a!.height);
    expect(positions.c!.x).toBe(pitch);
    expect(pitch).toBeGreaterThan(Math.max(...Object.values(geometries).map((g) => g.width)));
    expect(bounds.x).toBe(0);
  });

  it('turns the columns into rows one pitch below the other, DOWN', () => {
    // given
    const map = mapOf([
      proc({ id: 'a', outputs: ['A'] }),
      proc({ id: 'b', outputs: ['B'] }),
      proc({ id: 'c', inputs: ['A', 'B'] }),
    ]);
    const flows = deriveFlows(map.processes);
    const geometries = mapGeometries(map.processes, 'DOWN');
    const pitch = columnPitch(map.processes, geometries, 'DOWN');
    // when
    const { positions } = placeBandInColumns(
      map.processes,
      flows,
      geometries,
      flowLayers(map.processes, flows),
      pitch,
      'DOWN',
    );
    // then: a and b side by side in the first row, c one pitch below
    expect(positions.a).toEqual({ x: 0, y: 0 });
    expect(positions.b!.y).toBe(0);
    expect(positions.b!.x).toBeGreaterThanOrEqual(geometries.a!.width);
    expect(positions.c!.y).toBe(pitch);
    expect(pitch).toBeGreaterThan(Math.max(...Object.values(geometries).map((g) => g.height)));
  });

  it('lines the columns up from band to band on a large map', async () => {
    // given
    const map = generateMap(120, 1);
    // when
    const { positions } = await layoutMap(map, createNodeElk(), { direction: 'BANDS' });
    // then: the boxes of processes (externals stand beside the bands) share few column x's
    const xs = new Set(
      map.processes.filter((p) => p.kind !== 'external').map((p) => positions[p.id]!.x),
    );
    const pitch = columnPitch(map.processes, mapGeometries(map.processes));
    const first = Math.min(...xs);
    for (const x of xs) expect((x - first) % pitch).toBe(0);
  });
});
