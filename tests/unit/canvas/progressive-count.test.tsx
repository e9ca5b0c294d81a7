// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import {
  MAX_GROWTH,
  MIN_CHUNK,
  MOUNT_BUDGET_MS,
  MOUNT_CHUNK,
  useProgressiveCount,
} from '../../../src/canvas/use-progressive-count';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A clock that moves `step` ms each time it is read: every chunk seems to take `step` ms. */
function steppingClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

function Probe({
  total,
  seen,
  now,
  restart,
  budget,
}: {
  total: number;
  seen: number[];
  now: () => number;
  restart?: number;
  budget?: number;
}) {
  seen.push(useProgressiveCount(total, { now, restart, budget }));
  return null;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function frames(n: number) {
  for (let i = 0; i < n; i++) await act(nextFrame);
}

/** The counts shown while 1000 items mount for `n` frames, each frame taking `step` ms. */
async function mountedCounts(step: number, n: number, budget?: number): Promise<number[]> {
  const seen: number[] = [];
  const root = createRoot(document.createElement('div'));
  act(() =>
    root.render(<Probe total={1000} seen={seen} now={steppingClock(step)} budget={budget} />),
  );
  await frames(n);
  act(() => root.unmount());
  return [...new Set(seen)];
}

/** The counts after a first chunk, a second of the same size, then chunks of these sizes. */
function afterChunks(...later: number[]): number[] {
  const counts = [MOUNT_CHUNK, 2 * MOUNT_CHUNK];
  for (const chunk of later) counts.push(counts[counts.length - 1]! + chunk);
  return counts;
}

describe('progressive mounting', () => {
  it('shows a small map at once', () => {
    const seen: number[] = [];
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe total={24} seen={seen} now={steppingClock(1)} />));
    expect(seen[seen.length - 1]).toBe(24);
    act(() => root.unmount());
  });

  it('spreads a big map over frames, a chunk each, until all of it shows', async () => {
    // given a map of 2.5 chunks, and chunks that take just the frame budget
    const total = Math.round(MOUNT_CHUNK * 2.5);
    const seen: number[] = [];
    const root = createRoot(document.createElement('div'));
    act(() =>
      root.render(<Probe total={total} seen={seen} now={steppingClock(MOUNT_BUDGET_MS)} />),
    );
    // then the first frame shows one chunk
    expect(seen[seen.length - 1]).toBe(MOUNT_CHUNK);
    // when frames pass
    await frames(4);
    // then it grew chunk by chunk to the whole map
    expect([...new Set(seen)]).toEqual([MOUNT_CHUNK, 2 * MOUNT_CHUNK, total]);
    act(() => root.unmount());
  });

  it('mounts fewer items a frame when a chunk took longer than the budget', async () => {
    // given chunks that take twice the budget
    const counts = await mountedCounts(2 * MOUNT_BUDGET_MS, 3);
    // then every chunk is half the one before, down to the smallest chunk
    const third = Math.max(MIN_CHUNK, MOUNT_CHUNK / 2);
    const fourth = Math.max(MIN_CHUNK, third / 2);
    expect(third).toBeLessThan(MOUNT_CHUNK);
    expect(counts.slice(0, 4)).toEqual(afterChunks(third, fourth));
  });

  it('grows a chunk by at most half when frames are quick', async () => {
    // given frames that take a quarter of the budget
    const counts = await mountedCounts(MOUNT_BUDGET_MS / 4, 3);
    // then each chunk is at most 1.5 times the one before, not 4 times
    const third = Math.round(MOUNT_CHUNK * MAX_GROWTH);
    expect(counts.slice(0, 4)).toEqual(afterChunks(third, Math.round(third * MAX_GROWTH)));
  });

  it('sizes chunks to the budget it is given', async () => {
    // given chunks that take the default budget, for a list given half of it
    const counts = await mountedCounts(MOUNT_BUDGET_MS, 2, MOUNT_BUDGET_MS / 2);
    // then the chunk after the first measured frame is half the first
    expect(counts.slice(0, 3)).toEqual(afterChunks(MOUNT_CHUNK / 2));
  });

  it('starts over from one chunk when asked to restart, then grows back', async () => {
    // given a map of 100 items, all shown
    const seen: number[] = [];
    const now = steppingClock(MOUNT_BUDGET_MS);
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe total={100} seen={seen} now={now} restart={1} />));
    await frames(4);
    expect(seen[seen.length - 1]).toBe(100);
    // when a new layout restarts the mounting
    seen.length = 0;
    act(() => root.render(<Probe total={100} seen={seen} now={now} restart={2} />));
    // then one chunk shows, and the rest follows frame by frame
    expect(seen[seen.length - 1]).toBe(MOUNT_CHUNK);
    await frames(4);
    expect(seen[seen.length - 1]).toBe(100);
    act(() => root.unmount());
  });
});
