import { describe, expect, it } from 'vitest';
import {
  BAND_PADDING,
  BAND_TITLE_HEIGHT,
  bandOf,
  bandRects,
  bandsByProcess,
} from '../../../src/layout/bands';
import { mapGeometries } from '../../../src/layout/geometry';
import { deriveFlows } from '../../../src/model/flows';
import type { Process } from '../../../src/model/types';

function process(id: string, overrides: Partial<Process> = {}): Process {
  return {
    id,
    name: id,
    kind: 'process',
    activities: [],
    inputs: [],
    outputs: [],
    references: [],
    ...overrides,
  };
}

describe('bandOf', () => {
  it('puts each process in the band of its category, and one without a category in core', () => {
    expect(bandOf(process('a', { category: 'management' }), false)).toBe('management');
    expect(bandOf(process('b', { category: 'support' }), true)).toBe('support');
    expect(bandOf(process('c'), false)).toBe('core');
  });

  it('puts an external that supplies on the left and one that only receives on the right', () => {
    const external = process('customer', { kind: 'external', category: 'core' });
    expect(bandOf(external, true)).toBe('suppliers');
    expect(bandOf(external, false)).toBe('receivers');
  });
});

describe('bandsByProcess', () => {
  it('tells suppliers from receivers by the flows that leave them', () => {
    // given
    const processes = [
      process('customer', { kind: 'external', outputs: ['Requirements'], inputs: ['Service'] }),
      process('delivery', { inputs: ['Requirements'], outputs: ['Service', 'Report'] }),
      process('regulator', { kind: 'external', inputs: ['Report'] }),
    ];
    // when
    const bands = bandsByProcess(processes, deriveFlows(processes));
    // then
    expect(Object.fromEntries(bands)).toEqual({
      customer: 'suppliers',
      delivery: 'core',
      regulator: 'receivers',
    });
  });
});

describe('bandRects', () => {
  it('frames each band around its boxes, process bands sharing one width', () => {
    // given
    const processes = [
      process('plan', { category: 'management' }),
      process('do', { category: 'core' }),
      process('do-more', { category: 'core' }),
      process('help', { category: 'support' }),
    ];
    const geometries = mapGeometries(processes);
    const positions = {
      plan: { x: 100, y: 0 },
      do: { x: 0, y: 300 },
      'do-more': { x: 600, y: 320 },
      help: { x: 200, y: 700 },
    };
    // when
    const rects = bandRects(processes, [], positions, geometries);
    // then
    expect(rects.map((r) => r.id)).toEqual(['management', 'core', 'support']);
    const [management, core, support] = rects;
    const right = 600 + geometries['do-more'].width + BAND_PADDING;
    for (const rect of rects) {
      expect(rect.x).toBe(-BAND_PADDING);
      expect(rect.x + rect.width).toBe(right);
    }
    expect(management.y).toBe(-BAND_PADDING - BAND_TITLE_HEIGHT);
    expect(core.y).toBe(300 - BAND_PADDING - BAND_TITLE_HEIGHT);
    expect(core.y + core.height).toBe(320 + geometries['do-more'].height + BAND_PADDING);
    expect(support.label).toBe('Support processes');
  });

  it('leaves out empty bands and makes the external columns as tall as the process bands', () => {
    // given
    const processes = [
      process('customer', { kind: 'external', outputs: ['Order'] }),
      process('sell', { inputs: ['Order'] }),
    ];
    const geometries = mapGeometries(processes);
    const positions = { customer: { x: -400, y: 100 }, sell: { x: 0, y: 0 } };
    // when
    const rects = bandRects(processes, deriveFlows(processes), positions, geometries);
    // then
    expect(rects.map((r) => r.id)).toEqual(['core', 'suppliers']);
    const [core, suppliers] = rects;
    expect(suppliers.y).toBe(core.y);
    expect(suppliers.y + suppliers.height).toBe(
      Math.max(core.y + core.height, 100 + geometries.customer.height + BAND_PADDING),
    );
    expect(suppliers.x).toBe(-400 - BAND_PADDING);
  });

  it('draws no band for a process that has no position yet', () => {
    const processes = [process('a', { category: 'management' })];
    expect(bandRects(processes, [], {}, mapGeometries(processes))).toEqual([]);
  });
});
