import { spawnSync } from 'node:child_process';
import { JSDOM } from 'jsdom';
import { ensureRsvgConvert } from '../../../scripts/ensure-chromium.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/export/svg';
import { readEmbeddedMap, readEmbeddedMaps } from '../../../src/export/svg-source';
import { createNodeElk } from '../../../src/layout/elk-node';
import { layoutMap } from '../../../src/layout/layout';
import { labelPoint } from '../../../src/layout/routes';
import type { LayoutResult } from '../../../src/layout/types';
import { deriveFlows } from '../../../src/model/flows';
import { deriveLinks } from '../../../src/model/links';
import { parseMap } from '../../../src/model/parse';
import { starterMap } from '../../../src/model/starter';
import type { ProcessMap } from '../../../src/model/types';
import sample from '../../fixtures/export/small-map.json';
import { decodePng, inkedPixels } from './decode-png';

const small = sample as ProcessMap;
const starter = starterMap();
let smallLayout: LayoutResult;
let starterLayout: LayoutResult;

beforeAll(async () => {
  const elk = createNodeElk();
  smallLayout = await layoutMap(small, elk);
  starterLayout = await layoutMap(starter, elk);
});

function parseSvg(svg: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not XML: ${error.textContent}`);
  return doc;
}

/** The wrapped lines of a process's name, joined again. */
function titleOf(doc: Document, id: string): string {
  const group = doc.getElementById(`process-${id}`)!;
  const title = [...group.getElementsByTagName('text')].find(
    (t) => t.getAttribute('font-weight') === 'bold' && t.getAttribute('font-size') === '14',
  )!;
  return [...title.getElementsByTagName('tspan')].map((t) => t.textContent).join(' ');
}

describe('renderSvg', () => {
  it('writes well-formed XML holding every process name as text', () => {
    // when
    const doc = parseSvg(renderSvg(starter, starterLayout));
    // then
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    for (const p of starter.processes) expect(titleOf(doc, p.id)).toBe(p.name);
  });

  it('has no foreign objects, scripts, event attributes or external references', () => {
    // when
    const svg = renderSvg(small, smallLayout);
    const doc = parseSvg(svg);
    // then
    const all = [...doc.getElementsByTagName('*')];
    expect(all.map((e) => e.localName)).not.toContain('foreignObject');
    expect(all.map((e) => e.localName)).not.toContain('script');
    for (const element of all) {
      for (const attribute of element.attributes) {
        expect(attribute.name).not.toMatch(/^on|href$/i);
        expect(attribute.value).not.toMatch(/url\(|javascript:/i);
      }
    }
    expect(svg).not.toContain('class=');
    expect(svg).not.toContain('<style');
  });

  it('keeps a name holding markup as text', () => {
    // when
    const doc = parseSvg(renderSvg(small, smallLayout));
    // then
    expect(titleOf(doc, 'incident-management')).toBe(
      'Incident <script>alert(1)</script> & response',
    );
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
  });

  it('drops control characters a name cannot carry in XML', () => {
    // given
    const map: ProcessMap = {
      ...small,
      processes: [{ ...small.processes[1], name: 'Bell\u0007 and\u0000 null\uD800' }],
    };
    // when
    const doc = parseSvg(renderSvg(map, undefined));
    // then
    expect(titleOf(doc, 'context')).toBe('Bell and null');
  });

  it('gives the same bytes for the same map and layout', () => {
    expect(renderSvg(starter, starterLayout)).toBe(
      renderSvg(structuredClone(starter), structuredClone(starterLayout)),
    );
  });

  it('draws one arrow (a line and its heads) per pair of processes, and each process with its ports', () => {
    // when
    const doc = parseSvg(renderSvg(small, smallLayout));
    // then
    const links = deriveLinks(deriveFlows(small.processes));
    expect(links.length).toBeLessThan(deriveFlows(small.processes).length);
    expect(doc.getElementById('flows')!.getElementsByTagName('path')).toHaveLength(
      2 * links.length,
    );
    const ports = small.processes.reduce((sum, p) => sum + p.inputs.length + p.outputs.length, 0);
    expect(doc.getElementById('processes')!.getElementsByTagName('circle')).toHaveLength(ports);
  });

  it('writes the artifact on the flows that have room for it, as text', () => {
    // when
    const doc = parseSvg(renderSvg(starter, starterLayout));
    // then
    const labels = [...doc.getElementById('flow-labels')!.getElementsByTagName('text')].map(
      (t) => t.textContent,
    );
    // an arrow's label lists the artifacts it carries
    const arrows = new Set(deriveLinks(deriveFlows(starter.processes)).map((l) => l.artifact));
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) expect(arrows.has(label!)).toBe(true);
  });

  it('carries a title block with the document-control fields', () => {
    // when
    const doc = parseSvg(renderSvg(small, smallLayout));
    // then
    const block = doc.getElementById('title-block')!.textContent;
    for (const text of [
      'ISMS process map',
      'Example Ltd',
      '1.2',
      '2026-11-28',
      'CISO',
      'Approved by',
      'Management board',
      'Internal',
    ]) {
      expect(block).toContain(text);
    }
  });

  it('places processes that neither the map nor the layout placed, instead of dropping them', () => {
    // given
    const map: ProcessMap = { ...small, positions: { context: { x: 0, y: 0 } } };
    // when
    const doc = parseSvg(renderSvg(map, undefined));
    // then
    expect(doc.getElementById('processes')!.children).toHaveLength(small.processes.length);
  });

  it('embeds the map so that it opens again with the positions drawn', () => {
    // when
    const svg = renderSvg(small, smallLayout);
    const json = readEmbeddedMap(svg);
    // then
    const reopened = parseMap(json!);
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.map.processes).toEqual(small.processes);
    expect(Object.keys(reopened.map.positions)).toEqual(small.processes.map((p) => p.id));
    expect(reopened.map.positions['risk-assessment']).toEqual({
      x: Math.round(smallLayout.positions['risk-assessment'].x),
      y: Math.round(smallLayout.positions['risk-assessment'].y),
    });
  });

  it('embeds a map whose text closes the metadata element, and reads it back unchanged', () => {
    // given
    const name = ']]></procmap:map></metadata><script>alert(1)</script> \u0085 & é';
    const map: ProcessMap = { ...small, title: name };
    // when
    const svg = renderSvg(map, smallLayout);
    // then
    parseSvg(svg);
    const reopened = parseMap(readEmbeddedMap(svg)!);
    expect(reopened.ok && reopened.map.title).toBe(name);
  });

  it('leaves the background out when asked for a transparent one', () => {
    // when
    const svg = renderSvg(small, smallLayout, {
      background: 'transparent',
      titleBlock: false,
      embedSource: false,
    });
    // then
    expect(svg).not.toContain('fill="#ffffff"/><g');
    expect(svg).not.toContain('title-block');
    expect(readEmbeddedMap(svg)).toBeUndefined();
  });

  it('renders through rsvg-convert to a picture with ink along a known flow', () => {
    // given
    const svg = renderSvg(small, smallLayout);
    // when (librsvg installed first where it is missing, as in CI)
    const result = spawnSync(ensureRsvgConvert(), ['--format', 'png'], {
      input: svg,
      maxBuffer: 64 * 1024 * 1024,
    });
    // then
    expect(result.status, String(result.stderr)).toBe(0);
    const image = decodePng(new Uint8Array(result.stdout));
    const doc = parseSvg(svg);
    expect(image.width).toBe(Number(doc.documentElement.getAttribute('width')));
    const [dx, dy] = /translate\(([-\d.]+) ([-\d.]+)\)/
      .exec(doc.querySelector('svg > g')!.getAttribute('transform')!)!
      .slice(1)
      .map(Number);
    const route = smallLayout.routes['risk-assessment->risk-treatment']!;
    const middle = labelPoint(route);
    expect(
      inkedPixels(image, Math.round(middle.x + dx) - 2, Math.round(middle.y + dy) - 2, 5, 5),
    ).toBeGreaterThan(0);
    const title = smallLayout.positions['risk-assessment'];
    expect(
      inkedPixels(image, Math.round(title.x + dx) + 12, Math.round(title.y + dy) + 24, 120, 16),
    ).toBeGreaterThan(40);
  });
});

describe('readEmbeddedMap', () => {
  it('finds nothing in an SVG from another program', () => {
    expect(
      readEmbeddedMap('<svg xmlns="http://www.w3.org/2000/svg"><metadata>{}</metadata></svg>'),
    ).toBeUndefined();
  });

  it('reads the real map, not a decoy map inside a comment', () => {
    // given an exported SVG with a second map hidden in a comment before the real one
    const real = renderSvg(small, smallLayout);
    const decoy =
      '<!-- <metadata><procmap:map xmlns:procmap="urn:procmap:map" format="json">{"title":"Decoy","processes":[]}</procmap:map></metadata> -->';
    const svg = real.replace(/<svg\b/, `${decoy}\n<svg`);
    // when it is read
    const reopened = parseMap(readEmbeddedMap(svg)!);
    // then the map drawn in the picture comes back
    expect(reopened.ok && reopened.map.title).toBe(small.title);
  });

  it('reads no map from an SVG that carries two, where either could be the one drawn', () => {
    const real = renderSvg(small, smallLayout);
    const second =
      '<metadata><procmap:map xmlns:procmap="urn:procmap:map" format="json">{"title":"Other"}</procmap:map></metadata>';
    const svg = real.replace('</svg>', `${second}</svg>`);
    expect(readEmbeddedMaps(svg)).toHaveLength(2);
    expect(readEmbeddedMap(svg)).toBeUndefined();
  });

  it('reads the map when an editor changed the prefix and wrapped it in CDATA', () => {
    // given
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:pm="urn:procmap:map">\n  <metadata>\n    <pm:map format="json"><![CDATA[{"a":"<b>"}]]></pm:map>\n  </metadata>\n</svg>';
    // then
    expect(readEmbeddedMap(svg)).toBe('{"a":"<b>"}');
  });
});
