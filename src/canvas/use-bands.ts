import { useMemo, useRef } from 'react';
import { bandRects, type BandRect } from '../layout/bands';
import type { NodeGeometry } from '../layout/types';
import type { Flow, Point, Process } from '../model/types';

const NO_BANDS: readonly BandRect[] = [];

function sameBands(a: readonly BandRect[], b: readonly BandRect[]): boolean {
  return (
    a.length === b.length &&
    a.every((band, i) => {
      const other = b[i];
      return (
        band.id === other.id &&
        band.x === other.x &&
        band.y === other.y &&
        band.width === other.width &&
        band.height === other.height
      );
    })
  );
}

/**
 * The bands the canvas draws behind the boxes ({@link bandRects}), when `shown`; the same
 * array while they stay the same, so that an edit that moves no band (a rename) leaves
 * React Flow's tree alone, as it does for a map without bands.
 */
export function useBands(
  shown: boolean,
  processes: readonly Process[],
  flows: readonly Flow[],
  positions: Readonly<Record<string, Point>>,
  geometries: Readonly<Record<string, NodeGeometry>>,
): readonly BandRect[] {
  const last = useRef(NO_BANDS);
  return useMemo(() => {
    const next = shown ? bandRects(processes, flows, positions, geometries) : NO_BANDS;
    if (!sameBands(next, last.current)) last.current = next;
    return last.current;
  }, [shown, processes, flows, positions, geometries]);
}
