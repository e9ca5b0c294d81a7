import type { Flow, Point, Process } from '../model/types';
import { measureText } from '../text';
import { THEME } from './theme';
import type { NodeGeometry, Rect } from './types';

/**
 * The areas of the conventional ISO process map: management processes in a band on top,
 * core (operational) processes in the middle, support processes below, and interested
 * parties (externals) in a column on the left, where they supply requirements, or on the
 * right, where they only receive results.
 */
export type BandId = 'management' | 'core' | 'support' | 'suppliers' | 'receivers';

export interface BandRect extends Rect {
  id: BandId;
  /** The band's title, drawn in its top-left corner. */
  label: string;
}

export const BAND_LABELS: Readonly<Record<BandId, string>> = {
  management: 'Management processes',
  core: 'Core processes',
  support: 'Support processes',
  suppliers: 'Interested parties: requirements',
  receivers: 'Interested parties: results',
};

/** The three process bands, top to bottom. */
export const PROCESS_BANDS = ['management', 'core', 'support'] as const;

/** Space between a band's border and the boxes inside it (below the title strip). */
export const BAND_PADDING = 24;
/** Height of the strip on top of a band that holds its title. */
export const BAND_TITLE_HEIGHT = 28;
/** Space between two neighbouring bands or columns. */
export const BAND_GAP = 16;

/**
 * The band a process belongs in. A process without a category goes in the core band; an
 * external goes in the left column unless it only receives (it feeds nothing in the map).
 */
export function bandOf(process: Process, suppliesSomething: boolean): BandId {
  if (process.kind === 'external') return suppliesSomething ? 'suppliers' : 'receivers';
  return process.category ?? 'core';
}

/** The band of every process, by id: externals by whether any flow leaves them. */
export function bandsByProcess(
  processes: readonly Process[],
  flows: readonly Flow[],
): Map<string, BandId> {
  const producers = new Set<string>();
  for (const flow of flows) producers.add(flow.from);
  const bands = new Map<string, BandId>();
  for (const process of processes) {
    if (!bands.has(process.id)) bands.set(process.id, bandOf(process, producers.has(process.id)));
  }
  return bands;
}

interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function grow(extent: Extent | undefined, at: Point, geometry: NodeGeometry): Extent {
  const right = at.x + geometry.width;
  const bottom = at.y + geometry.height;
  if (!extent) return { minX: at.x, minY: at.y, maxX: right, maxY: bottom };
  return {
    minX: Math.min(extent.minX, at.x),
    minY: Math.min(extent.minY, at.y),
    maxX: Math.max(extent.maxX, right),
    maxY: Math.max(extent.maxY, bottom),
  };
}

/**
 * The rectangles of the bands around the boxes where they stand now, so the bands follow a
 * box the user drags. The process bands share one width (from the leftmost to the rightmost
 * process box); each is as tall as its boxes plus its title strip and padding. The external
 * columns are as tall as the process bands together (or their own boxes, when taller).
 * A band with no box in it is left out.
 */
export function bandRects(
  processes: readonly Process[],
  flows: readonly Flow[],
  positions: Readonly<Record<string, Point>>,
  geometries: Readonly<Record<string, NodeGeometry>>,
): BandRect[] {
  const bands = bandsByProcess(processes, flows);
  const extents = new Map<BandId, Extent>();
  for (const process of processes) {
    const at = positions[process.id];
    const geometry = geometries[process.id];
    const band = bands.get(process.id);
    if (!at || !geometry || !band) continue;
    extents.set(band, grow(extents.get(band), at, geometry));
  }
  const processExtents = PROCESS_BANDS.flatMap((id) => extents.get(id) ?? []);
  const left = Math.min(...processExtents.map((e) => e.minX)) - BAND_PADDING;
  const right = Math.max(...processExtents.map((e) => e.maxX)) + BAND_PADDING;
  const rects: BandRect[] = [];
  for (const id of PROCESS_BANDS) {
    const extent = extents.get(id);
    if (!extent) continue;
    const top = extent.minY - BAND_PADDING - BAND_TITLE_HEIGHT;
    rects.push({
      id,
      label: BAND_LABELS[id],
      x: left,
      y: top,
      width: right - left,
      height: extent.maxY + BAND_PADDING - top,
    });
  }
  const processTop = rects.length > 0 ? Math.min(...rects.map((r) => r.y)) : Infinity;
  const processBottom =
    rects.length > 0 ? Math.max(...rects.map((r) => r.y + r.height)) : -Infinity;
  for (const id of ['suppliers', 'receivers'] as const) {
    const extent = extents.get(id);
    if (!extent) continue;
    const top = Math.min(processTop, extent.minY - BAND_PADDING - BAND_TITLE_HEIGHT);
    const bottom = Math.max(processBottom, extent.maxY + BAND_PADDING);
    const x = extent.minX - BAND_PADDING;
    rects.push({
      id,
      label: BAND_LABELS[id],
      x,
      y: top,
      width: extent.maxX + BAND_PADDING - x,
      height: bottom - top,
    });
  }
  return rects;
}

/** The font of a band's title, on the canvas and in the SVG. */
export const BAND_TITLE_FONT = { size: THEME.band.fontSize, bold: true };

/**
 * Where each band's title is written: its line of text in the strip on top of the band.
 * The SVG writes it there on its band's tint over the flows, and keeps arrow labels off it.
 */
export function bandTitleRects(bands: readonly BandRect[]): Rect[] {
  return bands.map((band) => ({
    x: band.x + THEME.band.titleInset,
    y: band.y,
    width: measureText(band.label, BAND_TITLE_FONT),
    height: BAND_TITLE_HEIGHT,
  }));
}
