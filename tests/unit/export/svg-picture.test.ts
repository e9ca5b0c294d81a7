import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { BAND_LABELS, BAND_PADDING, BAND_TITLE_HEIGHT } from '../../../src/layout/bands';
import { mapGeometries } from '../../../src/layout/geometry';
import { renderSvg } from '../../../src/export/svg';
import { createNodeElk } from '../../../src/layout/elk-node';
import { layoutMap } from '../../../src/layout/layout';
import { starterMap } from '../../../src/model/starter';
import type { ProcessMap } from '../../../src/model/types';
import banded from '../../fixtures/export/banded-map.json';

const map = banded as ProcessMap;

function parseSvg(svg: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not XML: ${error.textContent}`);
  return doc;
}

/** The first rectangle in an element. */
function rectOf(element: Element) {
  return boxOf(element.getElementsByTagName('rect')[0]!);
}

function boxOf(rect: Element) {
  return {
    x: Number(rect.getAttribute('x')),
    y: Number(rect.getAttribute('y')),
    width: Number(rect.getAttribute('width')),
    height: Number(rect.getAttribute('height')),
  };
}

describe('renderSvg with bands', () => {
  it('draws a titled band for each part of the ISO map when the direction is BANDS', () => {
    // when
    const doc = parseSvg(renderSvg(map));
    // then
    for (const id of ['management', 'core', 'support', 'suppliers', 'receivers'] as const) {
      const band = doc.getElementById(`band-${id}`);
      expect(band, id).not.toBeNull();
      expect(doc.getElementById(`band-title-${id}`)!.textContent).toBe(BAND_LABELS[id]);
    }
  });

  it('draws the bands under the flows and the boxes', () => {
    // when
    const svg = renderSvg(map);
    // then
    expect(svg.indexOf('id="bands"')).toBeGreaterThan(0);
    expect(svg.indexOf('id="bands"')).toBeLessThan(svg.indexOf('id="flows"'));
    expect(svg.indexOf('id="flows"')).toBeLessThan(svg.indexOf('id="processes"'));
  });

  it('writes the band titles over the flows, each on its band tint, and no arrow label on them', async () => {
    // given the starter map laid out in bands, whose flows run along the top strip
    const starter = starterMap();
    const layout = await layoutMap(starter, createNodeElk());
    // when
    const svg = renderSvg({ ...starter, positions: layout.positions }, layout);
    // then
    expect(svg.indexOf('id="flows"')).toBeLessThan(svg.indexOf('id="band-titles"'));
    expect(svg.indexOf('id="band-titles"')).toBeLessThan(svg.indexOf('id="flow-labels"'));
    const doc = parseSvg(svg);
    const titles = [...doc.getElementById('band-titles')!.getElementsByTagName('rect')].map(boxOf);
    expect(titles).toHaveLength(4);
    const labels = [...doc.getElementById('flow-labels')!.getElementsByTagName('rect')].map(boxOf);
    const overlaps = (a: (typeof titles)[number], b: (typeof titles)[number]) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const title of titles) expect(labels.filter((l) => overlaps(l, title))).toEqual([]);
  });

  it('frames each band around the boxes where they stand', () => {
    // given
    const geometries = mapGeometries(map.processes);
    const core = ['risk', 'operations', 'incidents'];
    // when
    const band = rectOf(parseSvg(renderSvg(map)).getElementById('band-core')!);
    // then: the band's rectangle is in the same coordinates as the boxes (one shared shift)
    const top = Math.min(...core.map((id) => map.positions[id].y));
    const bottom = Math.max(...core.map((id) => map.positions[id].y + geometries[id].height));
    expect(band.height).toBeCloseTo(bottom - top + 2 * BAND_PADDING + BAND_TITLE_HEIGHT, 5);
  });

  it('follows a box moved down: its band grows with it', () => {
    // given
    const before = rectOf(parseSvg(renderSvg(map)).getElementById('band-support')!);
    const moved: ProcessMap = {
      ...map,
      positions: { ...map.positions, people: { x: 660, y: 760 } },
    };
    // when
    const after = rectOf(parseSvg(renderSvg(moved)).getElementById('band-support')!);
    // then
    expect(after.height - before.height).toBe(200);
  });

  it('draws no bands in the other directions', () => {
    // given
    const right: ProcessMap = { ...map, layout: { direction: 'RIGHT' } };
    // when
    const svg = renderSvg(right);
    // then
    expect(svg).not.toContain('id="bands"');
  });

  it('makes room for the bands: the picture holds the band above the top box', () => {
    // given
    const right: ProcessMap = { ...map, layout: { direction: 'RIGHT' } };
    const height = (svg: string) => Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
    // when
    const withBands = height(renderSvg(map));
    const without = height(renderSvg(right));
    // then
    expect(withBands - without).toBeGreaterThanOrEqual(BAND_PADDING + BAND_TITLE_HEIGHT);
  });
});

describe('renderSvg legend', () => {
  it('shows the kinds of box the map has and the arrow of a flow', () => {
    // when
    const legend = parseSvg(renderSvg(map)).getElementById('legend')!;
    // then
    expect(legend.textContent).toContain('Management process');
    expect(legend.textContent).toContain('Core process');
    expect(legend.textContent).toContain('Support process');
    expect(legend.textContent).toContain('Interested party (external)');
    expect(legend.textContent).toContain('Flow');
    expect(legend.textContent).not.toContain('without a category');
    // the external's swatch is dashed like its box
    const dashed = [...legend.getElementsByTagName('rect')].filter((r) =>
      r.hasAttribute('stroke-dasharray'),
    );
    expect(dashed).toHaveLength(1);
    expect(legend.getElementsByTagName('path').length).toBeGreaterThanOrEqual(2);
  });

  it('sits beside the title block, under the map', () => {
    // when
    const doc = parseSvg(renderSvg(map));
    // then
    const translate = (id: string) =>
      /translate\(([-\d.]+) ([-\d.]+)\)/
        .exec(doc.getElementById(id)!.getAttribute('transform')!)!
        .slice(1)
        .map(Number);
    const [legendX, legendY] = translate('legend');
    const [blockX, blockY] = translate('title-block');
    expect(legendY).toBe(blockY);
    expect(legendX).toBeLessThan(blockX);
  });

  it('is left out when asked', () => {
    expect(renderSvg(map, undefined, { legend: false })).not.toContain('id="legend"');
  });
});
