import { BAND_LABELS, bandsByProcess, type BandId } from '../layout/bands';
import { mapGeometries } from '../layout/geometry';
import type { Flow, Point, Process, ProcessMap } from '../model/types';
import { fitToPage, type PageSize } from './page';

/** The bands in the order their pages are printed: top to bottom, then the sides. */
const PAGE_ORDER: readonly BandId[] = ['management', 'core', 'support', 'suppliers', 'receivers'];

/** Room between the boxes of a band's page, across and down: enough for flows to pass. */
const GAP_X = 96;
const GAP_Y = 64;
/** Room kept under the boxes for the legend and the title block, in map px. */
const FOOTER_HEIGHT = 220;

/** One band of a map on a page of its own. */
export interface BandPage {
  band: BandId;
  /** The band's processes, arranged for the page, titled with the band. */
  map: ProcessMap;
}

/** Top-left corners of boxes set in rows of `columns`, in the order given. */
function grid(
  processes: readonly Process[],
  heights: readonly number[],
  columns: number,
  width: number,
) {
  const positions: Record<string, Point> = {};
  let y = 0;
  for (let row = 0; row * columns < processes.length; row++) {
    const start = row * columns;
    const rowHeight = Math.max(...heights.slice(start, start + columns));
    processes.slice(start, start + columns).forEach((p, i) => {
      positions[p.id] = { x: i * (width + GAP_X), y };
    });
    y += rowHeight + GAP_Y;
  }
  const used = Math.min(columns, processes.length);
  return { positions, width: used * width + (used - 1) * GAP_X, height: y - GAP_Y };
}

/**
 * The band's boxes in the order the whole map reads them (by where they stand in it: left
 * to right, and in a column top to bottom, as the band layout sets its columns), set in
 * rows of the grid whose shape fills `page` at the largest scale.
 */
function arrange(processes: Process[], map: ProcessMap, page: PageSize): Record<string, Point> {
  const at = (p: Process) => map.positions[p.id] ?? { x: 0, y: 0 };
  const ordered = [...processes].sort((a, b) => at(a).x - at(b).x || at(a).y - at(b).y);
  const geometries = mapGeometries(ordered);
  const heights = ordered.map((p) => geometries[p.id].height);
  const width = Math.max(...ordered.map((p) => geometries[p.id].width));
  let best = grid(ordered, heights, ordered.length, width);
  let bestScale = 0;
  for (let columns = 1; columns <= ordered.length; columns++) {
    const candidate = grid(ordered, heights, columns, width);
    const { scale } = fitToPage(
      { width: candidate.width, height: candidate.height + FOOTER_HEIGHT },
      page,
    );
    if (scale > bestScale) [best, bestScale] = [candidate, scale];
  }
  return best.positions;
}

/**
 * The map split by band, for a map too large to print readably on one page: a map per
 * band that has processes, titled with the band, its boxes set in a grid shaped for
 * `page`. Flows between the band's processes are drawn; those to other bands are left out
 * (its boxes still show those inputs and outputs as ports).
 *
 * @example bandPages(map, deriveFlows(map.processes), a4Landscape).map((p) => p.map.title) // ['ISMS — Management processes', …]
 */
export function bandPages(map: ProcessMap, flows: readonly Flow[], page: PageSize): BandPage[] {
  const bands = bandsByProcess(map.processes, flows);
  return PAGE_ORDER.flatMap((band) => {
    const processes = map.processes.filter((p) => bands.get(p.id) === band);
    if (processes.length === 0) return [];
    const title = `${map.title.trim() || 'Process map'} — ${BAND_LABELS[band]}`;
    return [{ band, map: { ...map, title, processes, positions: arrange(processes, map, page) } }];
  });
}
