// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useBands } from '../../../src/canvas/use-bands';
import type { BandRect } from '../../../src/layout/bands';
import { mapGeometries } from '../../../src/layout/geometry';
import { deriveFlows } from '../../../src/model/flows';
import type { ProcessMap } from '../../../src/model/types';
import banded from '../../fixtures/export/banded-map.json';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const map = banded as ProcessMap;

function Probe({
  map,
  shown,
  seen,
}: {
  map: ProcessMap;
  shown: boolean;
  seen: (readonly BandRect[])[];
}) {
  const processes = map.processes;
  seen.push(
    useBands(shown, processes, deriveFlows(processes), map.positions, mapGeometries(processes)),
  );
  return null;
}

describe('useBands', () => {
  it('keeps the same bands through a rename, and gives new ones when a box moves', () => {
    // given
    const root = createRoot(document.createElement('div'));
    const seen: (readonly BandRect[])[] = [];
    act(() => root.render(<Probe map={map} shown seen={seen} />));
    // when a process is renamed (same size: the bands stay)
    const renamed: ProcessMap = {
      ...map,
      processes: map.processes.map((p) => (p.id === 'review' ? { ...p, name: 'Board review' } : p)),
    };
    act(() => root.render(<Probe map={renamed} shown seen={seen} />));
    // and a box is moved down
    const moved: ProcessMap = {
      ...renamed,
      positions: { ...renamed.positions, people: { x: 660, y: 900 } },
    };
    act(() => root.render(<Probe map={moved} shown seen={seen} />));
    // then
    expect(seen[0]).toHaveLength(5);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).not.toBe(seen[1]);
    expect(seen[2].find((b) => b.id === 'support')!.height).toBeGreaterThan(
      seen[1].find((b) => b.id === 'support')!.height,
    );
    act(() => root.unmount());
  });

  it('gives no bands when they are not shown', () => {
    const root = createRoot(document.createElement('div'));
    const seen: (readonly BandRect[])[] = [];
    act(() => root.render(<Probe map={map} shown={false} seen={seen} />));
    expect(seen[0]).toEqual([]);
    act(() => root.unmount());
  });
});
