// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGeometryWarmup } from '../../../src/canvas/use-geometry-warmup';
import { nodeGeometry } from '../../../src/layout/geometry';
import type { Process } from '../../../src/model/types';
import { bareProcess } from '../support/maps';

vi.mock('../../../src/layout/geometry', async (original) => {
  const actual = await original<typeof import('../../../src/layout/geometry')>();
  return { ...actual, nodeGeometry: vi.fn(actual.nodeGeometry) };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe({ processes }: { processes: readonly Process[] | undefined }) {
  useGeometryWarmup(processes);
  return null;
}

/** Idle callbacks run when the test says, each with room for `perSlice` nodes. */
function fakeIdle(perSlice: number) {
  const queue = new Map<number, IdleRequestCallback>();
  let id = 0;
  globalThis.requestIdleCallback = (callback) => (queue.set(++id, callback), id);
  globalThis.cancelIdleCallback = (handle) => void queue.delete(handle);
  return {
    runSlice() {
      const [[handle, callback]] = [...queue];
      queue.delete(handle!);
      let left = perSlice;
      callback!({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 10 : 0) });
    },
    pending: () => queue.size,
  };
}

describe('geometry warm-up while a map waits for its layout', () => {
  const processes = Array.from({ length: 25 }, (_, i) => bareProcess(`p${i}`, [], [`Out ${i}`]));
  beforeEach(() => {
    vi.mocked(nodeGeometry).mockClear();
  });
  afterEach(() => {
    delete (globalThis as Partial<typeof globalThis>).requestIdleCallback;
    delete (globalThis as Partial<typeof globalThis>).cancelIdleCallback;
  });

  it('measures every node in idle slices, a few at a time', () => {
    // given idle time for 10 nodes a slice
    const idle = fakeIdle(10);
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe processes={processes} />));
    // when the first slice runs, then 10 nodes are measured and more work is asked for
    idle.runSlice();
    expect(nodeGeometry).toHaveBeenCalledTimes(10);
    expect(idle.pending()).toBe(1);
    // when the rest run, then every node was measured once and nothing more is asked
    idle.runSlice();
    idle.runSlice();
    expect(vi.mocked(nodeGeometry).mock.calls.map(([p]) => p.id)).toEqual(
      processes.map((p) => p.id),
    );
    expect(idle.pending()).toBe(0);
    act(() => root.unmount());
  });

  it('stops when the layout arrives', () => {
    const idle = fakeIdle(10);
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe processes={processes} />));
    idle.runSlice();
    // when the map no longer waits
    act(() => root.render(<Probe processes={undefined} />));
    // then no more idle work is pending
    expect(idle.pending()).toBe(0);
    expect(nodeGeometry).toHaveBeenCalledTimes(10);
    act(() => root.unmount());
  });
});
