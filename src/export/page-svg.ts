import { mapGeometries } from '../layout/geometry';
import { ROUTER_DEFAULTS } from '../layout/orthogonal-router';
import { routeFlowsAround } from '../layout/route-flows';
import { routesBounds } from '../layout/routes';
import type { LayoutResult } from '../layout/types';
import { deriveFlows } from '../model/flows';
import { deriveLinks } from '../model/links';
import type { ProcessMap } from '../model/types';
import { bandPages } from './band-pages';
import { fitToPage, pageAdvice, type PageSize } from './page';
import { drawingSize, renderSvg, type SvgOptions } from './svg';

/** The picture does not fit the page asked for with readable text; the message says what to do. */
export class PageFitError extends Error {}

/** One picture of a map: the whole map (no suffix), or one band (`-core`). */
export interface PagedSvg {
  suffix: string;
  svg: string;
}

export interface PagedSvgOptions extends SvgOptions {
  /** A picture per band of the ISO map instead of one of the whole map. */
  perBand?: boolean;
}

const A4_LANDSCAPE: PageSize = { paper: 'A4', orientation: 'landscape' };

/** renderSvg on `page` when one is asked for and the drawing fits it readably. */
function onPage(
  map: ProcessMap,
  layout: LayoutResult | undefined,
  options: SvgOptions,
  what?: string,
): string {
  const { page, ...own } = options;
  if (!page) return renderSvg(map, layout, own);
  const size = drawingSize(map, layout, own);
  const fit = fitToPage(size, page);
  if (!fit.fits) throw new PageFitError(pageAdvice(fit, size, what, what === undefined));
  return renderSvg(map, layout, options);
}

/** The layout of a band's page: its boxes where bandPages set them, its flows routed round them. */
export function bandLayout(map: ProcessMap): LayoutResult {
  const geometries = mapGeometries(map.processes, map.layout.direction);
  const links = deriveLinks(deriveFlows(map.processes));
  const routes = routeFlowsAround(map.positions, links, geometries, () => ROUTER_DEFAULTS);
  return {
    direction: map.layout.direction,
    positions: map.positions,
    routes,
    bounds: routesBounds(map.positions, geometries, routes),
  };
}

/**
 * The SVGs of a map for print: one of the whole map, or with `perBand` one per band (its
 * boxes set anew for the page, see {@link bandPages}), each on `page` when one is given.
 * Throws {@link PageFitError} when a picture would put text under 6 pt on its page.
 * Shared by the editor's export and `procmap render`.
 *
 * @example pagedSvgs(map, layout, { page: { paper: 'A3', orientation: 'landscape' } })[0].svg
 */
export function pagedSvgs(
  map: ProcessMap,
  layout: LayoutResult | undefined,
  options: PagedSvgOptions = {},
): PagedSvg[] {
  const { perBand, ...svgOptions } = options;
  if (!perBand) return [{ suffix: '', svg: onPage(map, layout, svgOptions) }];
  const placed: ProcessMap = { ...map, positions: { ...layout?.positions, ...map.positions } };
  const flows = svgOptions.flows ?? deriveFlows(map.processes);
  // Each band's boxes are set anew for its page, and its flows routed around them anew.
  return bandPages(placed, flows, svgOptions.page ?? A4_LANDSCAPE).map((band) => ({
    suffix: `-${band.band}`,
    svg: onPage(
      band.map,
      bandLayout(band.map),
      // A band's page is not the map: it carries no map file to open again.
      {
        background: svgOptions.background,
        page: svgOptions.page,
        bands: false,
        embedSource: false,
      },
      `The ${band.band} band`,
    ),
  }));
}
