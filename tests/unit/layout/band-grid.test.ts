import { describe, expect, it } from 'vitest';
import { GRID_COLUMN_GAP, gridBand, stackColumns } from '../../../src/layout/band-grid';
import { flowLayers } from '../../../src/layout/band-layout';
import { mapGeometries } from '../../../src/layout/geometry';
import { deriveFlows } from '../../../src/model/flows';
import { proc } from '../../fixtures/layout/small-maps';

describe('stackColumns', () => {
  it('cuts boxes into columns in their order, the tallest column as short as it can be', () => {
    // given five boxes, one of them tall
    const heights = [100, 100, 300, 100, 100];
    // when they go into three columns
    const columns = stackColumns(heights, [0, 1, 2, 3, 4], 3, 40);
    // then the tall one stands alone and the others pair up around it
    expect(columns).toEqual([0, 0, 1, 2, 2]);
  });

  it('keeps the boxes of one flow layer together when parting them saves no height', () => {
    // given two layers of two equal boxes, in two columns
    const columns = stackColumns([100, 100, 100, 100], [0, 0, 1, 1], 2, 40);
    // then each layer is a column
    expect(columns).toEqual([0, 0, 1, 1]);
  });

  it('gives each box a column of its own when there are columns enough', () => {
    expect(stackColumns([100, 200, 100], [0, 1, 2], 8, 40)).toEqual([0, 1, 2]);
  });

  it('stacks everything in one column when only one is allowed', () => {
    expect(stackColumns([100, 200, 100], [0, 1, 2], 1, 40)).toEqual([0, 0, 0]);
  });
});

describe('gridBand', () => {
  const chain = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i, ids) =>
    proc({
      id,
      category: 'management',
      inputs: i > 0 ? [`${ids[i - 1]} out`] : [],
      outputs: [`${id} out`],
    }),
  );
  const flows = deriveFlows(chain);
  const geometries = mapGeometries(chain);
  const layers = flowLayers(chain, flows);

  it('sets a chain in a row, one box a column, when it may be as wide', () => {
    // when
    const { positions } = gridBand(chain, flows, geometries, layers, 6);
    // then
    const xs = chain.map((p) => positions[p.id]!.x);
    expect(new Set(chain.map((p) => positions[p.id]!.y))).toEqual(new Set([0]));
    xs.slice(1).forEach((x, i) => expect(x).toBe(xs[i]! + geometries.a!.width + GRID_COLUMN_GAP));
  });

  it('folds a chain into fewer columns read top to bottom, then left to right', () => {
    // when only three columns are allowed
    const { positions, bounds } = gridBand(chain, flows, geometries, layers, 3);
    // then every box is below the one before it in its column, or in a column further right
    for (let i = 1; i < chain.length; i++) {
      const before = positions[chain[i - 1]!.id]!;
      const at = positions[chain[i]!.id]!;
      expect(at.x > before.x || (at.x === before.x && at.y > before.y), chain[i]!.id).toBe(true);
    }
    expect(new Set(chain.map((p) => positions[p.id]!.x)).size).toBe(3);
    expect(bounds.width).toBe(3 * geometries.a!.width + 2 * GRID_COLUMN_GAP);
  });
});
