import { beforeAll, describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/export/csv';
import { renderSvg } from '../../../src/export/svg';
import { createNodeElk } from '../../../src/layout/elk-node';
import { layoutMap } from '../../../src/layout/layout';
import type { LayoutResult } from '../../../src/layout/types';
import type { ProcessMap } from '../../../src/model/types';
import { readMapFile } from '../../../src/store/files';
import sample from '../../fixtures/export/small-map.json';

const map = sample as ProcessMap;
let layout: LayoutResult;

beforeAll(async () => {
  layout = await layoutMap(map, createNodeElk());
});

describe('opening exported files', () => {
  it('opens an SVG that ProcMap exported as the map it shows', async () => {
    // given
    const file = new File([renderSvg(map, layout)], 'isms.svg', { type: 'image/svg+xml' });
    // when
    const result = await readMapFile(file);
    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.title).toBe(map.title);
    expect(result.map.processes).toEqual(map.processes);
    expect(Object.keys(result.map.positions)).toHaveLength(map.processes.length);
  });

  it('refuses an SVG drawn by another program and says why', async () => {
    // given
    const file = new File(['<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'], 'logo.svg');
    // when
    const result = await readMapFile(file);
    // then
    expect(result).toEqual({
      ok: false,
      message:
        'logo.svg is a picture without a ProcMap map inside. Only SVGs exported by ProcMap can be opened.',
    });
  });

  it('opens a CSV process table, titled after the file', async () => {
    // given
    const file = new File([exportCsv(map)], 'ISMS processes.csv', { type: 'text/csv' });
    // when
    const result = await readMapFile(file);
    // then
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.title).toBe('ISMS processes');
    expect(result.map.processes).toEqual(map.processes);
  });

  it('names the file, row and column of a bad CSV', async () => {
    // given
    const file = new File(['name,kind\nAudit,robot\n'], 'table.csv');
    // when
    const result = await readMapFile(file);
    // then
    expect(result).toEqual({
      ok: false,
      message:
        'table.csv: The CSV file cannot be imported: row 2, column "kind": "robot" is neither process nor external.',
    });
  });
});
