import { describe, expect, it } from 'vitest';
import { bandPages } from '../../../src/export/band-pages';
import { fitToPage, type PageSize } from '../../../src/export/page';
import { mapGeometries } from '../../../src/layout/geometry';
import { deriveFlows } from '../../../src/model/flows';
import { starterMap } from '../../../src/model/starter';
import type { ProcessMap } from '../../../src/model/types';

const A4_LANDSCAPE: PageSize = { paper: 'A4', orientation: 'landscape' };

describe('bandPages', () => {
  const map = starterMap();
  const flows = deriveFlows(map.processes);
  const pages = bandPages(map, flows, A4_LANDSCAPE);

  it('gives every process to exactly one band page, titled with its band', () => {
    const ids = pages.flatMap((page) => page.map.processes.map((p) => p.id));
    expect(ids.sort()).toEqual(map.processes.map((p) => p.id).sort());
    expect(pages.map((p) => p.band)).toEqual(['management', 'core', 'support', 'suppliers']);
    expect(pages[1].map.title).toBe(`${map.title} — Core processes`);
  });

  it('sets the boxes of a page apart, none on top of another', () => {
    for (const { map: page } of pages) {
      const geometries = mapGeometries(page.processes);
      const boxes = page.processes.map((p) => ({ ...page.positions[p.id], ...geometries[p.id] }));
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(
            a.x + a.width <= b.x ||
              b.x + b.width <= a.x ||
              a.y + a.height <= b.y ||
              b.y + b.height <= a.y,
          ).toBe(true);
    }
  });

  it('sets the boxes in the order the map reads them: by column, in a column top to bottom', () => {
    // given a column of two boxes left of a box that stands higher
    const three: ProcessMap = {
      ...map,
      processes: ['first', 'second', 'third'].map((id) => ({
        id,
        name: id,
        kind: 'process' as const,
        category: 'core' as const,
        activities: [],
        inputs: [],
        outputs: [],
        references: [],
      })),
      positions: { first: { x: 0, y: 100 }, second: { x: 0, y: 400 }, third: { x: 400, y: 0 } },
    };
    // when
    const [page] = bandPages(three, [], A4_LANDSCAPE);
    // then the page's rows read first, second, third
    const at = page!.map.positions;
    const rowOrder = ['first', 'second', 'third'].sort(
      (a, b) => at[a]!.y - at[b]!.y || at[a]!.x - at[b]!.x,
    );
    expect(rowOrder).toEqual(['first', 'second', 'third']);
  });

  it('shapes the grid for the page: larger type than one long row', () => {
    // given the core band's boxes
    const core = pages.find((p) => p.band === 'core')!.map;
    const geometries = mapGeometries(core.processes);
    const xs = core.processes.map((p) => core.positions[p.id].x);
    const ys = core.processes.map((p) => core.positions[p.id].y + geometries[p.id].height);
    const grid = { width: Math.max(...xs) + 260, height: Math.max(...ys) };
    const row = {
      width: core.processes.length * 356,
      height: Math.max(...core.processes.map((p) => geometries[p.id].height)),
    };
    // then
    expect(new Set(xs).size).toBeLessThan(core.processes.length);
    expect(fitToPage(grid, A4_LANDSCAPE).scale).toBeGreaterThan(fitToPage(row, A4_LANDSCAPE).scale);
  });
});
