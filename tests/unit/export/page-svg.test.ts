import { describe, expect, it } from 'vitest';
import { bandPages } from '../../../src/export/band-pages';
import { bandLayout, pagedSvgs } from '../../../src/export/page-svg';
import { drawingSize, renderSvg } from '../../../src/export/svg';
import { createNodeElk } from '../../../src/layout/elk-node';
import { layoutMap } from '../../../src/layout/layout';
import { fitToPage, MIN_TEXT_PT, PT_PER_MM, type PageSize } from '../../../src/layout/paper';
import { deriveFlows } from '../../../src/model/flows';
import { starterMap } from '../../../src/model/starter';
import { expectReadableLayout } from '../layout/route-checks';
import { svgSize } from '../../../src/export/png-size';

const A3_LANDSCAPE: PageSize = { paper: 'A3', orientation: 'landscape' };

/** Every text's size on the printed page, in pt: its font-size through the page's viewBox. */
function printedTextSizes(svg: string): number[] {
  const [, widthMm, viewBoxWidth] = svg.match(
    /<svg [^>]*width="([\d.]+)mm"[^>]*viewBox="\S+ \S+ ([\d.]+) /,
  )!;
  const ptPerUnit = (Number(widthMm) * PT_PER_MM) / Number(viewBoxWidth);
  return [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]) * ptPerUnit);
}
const A4_LANDSCAPE: PageSize = { paper: 'A4', orientation: 'landscape' };

describe('the starter map on a page', () => {
  it('prints on A3 landscape with every text at 6 pt or more', async () => {
    // given the starter map laid out in bands, as the editor opens it
    const map = starterMap();
    const layout = await layoutMap(map, createNodeElk());
    // when
    const fit = fitToPage(drawingSize(map, layout), A3_LANDSCAPE);
    const [page] = pagedSvgs(map, layout, { page: A3_LANDSCAPE });
    // then
    expect(fit.smallestTextPt).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(page!.svg).toMatch(/<svg [^>]*width="420mm" height="297mm"/);
    // names, tags, ports, arrow labels, band titles, legend and title block alike
    const sizes = printedTextSizes(page!.svg);
    expect(sizes.length).toBeGreaterThan(200);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_TEXT_PT);
    expect(page!.svg).toContain('id="title-block"');
    expect(page!.svg).toContain('id="legend"');
  });

  it('measures the drawing without the margin a picture at its own size has', async () => {
    const map = starterMap();
    const layout = await layoutMap(map, createNodeElk());
    const own = svgSize(renderSvg(map, layout));
    const printed = drawingSize(map, layout);
    expect(own.width - printed.width).toBe(48);
    expect(own.height - printed.height).toBe(48);
  });
});

describe('a page per band', () => {
  it('routes the flows of a band set anew for its page around its boxes, never through one', async () => {
    // given the starter map's core band set for A4 landscape
    const map = starterMap();
    const layout = await layoutMap(map, createNodeElk());
    const placed = { ...map, positions: layout.positions };
    const core = bandPages(placed, deriveFlows(map.processes), A4_LANDSCAPE).find(
      (page) => page.band === 'core',
    )!;
    // when
    const result = bandLayout(core.map);
    // then every flow of the band runs orthogonally from port to port, round every box
    expect(Object.keys(result.routes).length).toBeGreaterThan(10);
    expectReadableLayout(core.map, result);
  });
});
