import { beforeAll, describe, expect, it } from 'vitest';
import { arimoFontFiles, renderPng } from '../../../src/cli/png';
import { fittingScale, MAX_PNG_PIXELS } from '../../../src/export/png-size';
import { renderSvg } from '../../../src/export/svg';
import { createNodeElk } from '../../../src/layout/elk-node';
import { layoutMap } from '../../../src/layout/layout';
import type { LayoutResult } from '../../../src/layout/types';
import type { ProcessMap } from '../../../src/model/types';
import sample from '../../fixtures/export/small-map.json';
import { decodePng, inkedPixels } from '../export/decode-png';

const map = sample as ProcessMap;
let layout: LayoutResult;
let svg: string;

beforeAll(async () => {
  layout = await layoutMap(map, createNodeElk());
  svg = renderSvg(map, layout, { titleBlock: false });
});

/** Top-left corner of a process in the picture at scale 1 (the SVG shifts the map by its margin). */
function nodeOrigin(id: string): { x: number; y: number } {
  const [dx, dy] = /<g transform="translate\(([-\d.]+) ([-\d.]+)\)">/
    .exec(svg)!
    .slice(1)
    .map(Number);
  return { x: layout.positions[id].x + dx, y: layout.positions[id].y + dy };
}

describe('renderPng', () => {
  it('draws the process names: ink in a title area, none in the empty header beside it', () => {
    // when
    const image = decodePng(renderPng(svg).png);
    // then
    const at = nodeOrigin('risk-assessment');
    // "Risk assessment" in 14 px bold from x + 12, baseline near y + 37.
    const title = inkedPixels(image, Math.round(at.x) + 12, Math.round(at.y) + 25, 110, 16);
    const blank = inkedPixels(image, Math.round(at.x) + 160, Math.round(at.y) + 25, 80, 16);
    expect(title).toBeGreaterThan(150);
    expect(blank).toBe(0);
  });

  it('scales the picture', () => {
    // when
    const one = renderPng(svg);
    const two = renderPng(svg, { scale: 2 });
    // then
    expect(two.width).toBe(one.width * 2);
    expect(two.height).toBe(one.height * 2);
    expect(two.scaleUsed).toBe(2);
    expect(two.note).toBeUndefined();
  });

  it('fails loudly when the font file is missing instead of drawing no text', () => {
    expect(() => renderPng(svg, { fontFiles: ['/nowhere/Arimo_400Regular.ttf'] })).toThrow(
      /font file \/nowhere\/Arimo_400Regular\.ttf is missing/,
    );
    expect(() => renderPng(svg, { fontFiles: [] })).toThrow(/no font file/);
  });

  it('refuses a file that is not a font', () => {
    expect(() => renderPng(svg, { fontFiles: ['package.json'] })).toThrow(
      /not a TrueType or OpenType font/,
    );
  });

  it('finds the Arimo font files in node_modules', () => {
    expect(arimoFontFiles().map((f) => f.split('/').pop())).toEqual([
      'Arimo_400Regular.ttf',
      'Arimo_700Bold.ttf',
    ]);
  });

  it('draws a picture too large for a canvas smaller and says so', () => {
    // given
    const wide =
      '<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="10"><rect width="20000" height="10"/></svg>';
    // when
    const result = renderPng(wide, { scale: 2 });
    // then
    expect(result.scaleUsed).toBe(0.81);
    expect(result.width).toBe(16200);
    expect(result.note).toMatch(/^Drawn at 0\.81× instead of 2×/);
  });
});

describe('fittingScale', () => {
  it('keeps the scale asked for when the picture fits', () => {
    expect(fittingScale(4000, 1500, 3)).toBe(3);
  });

  it('lowers the scale until the area fits a browser canvas', () => {
    // when
    const scale = fittingScale(16000, 16000, 2);
    // then
    expect(16000 * 16000 * scale * scale).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    expect(scale).toBe(1.02);
  });
});
