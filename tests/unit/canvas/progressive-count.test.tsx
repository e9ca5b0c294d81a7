// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { MOUNT_CHUNK, useProgressiveCount } from '../../../src/canvas/use-progressive-count';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe({ total, seen }: { total: number; seen: number[] }) {
  seen.push(useProgressiveCount(total));
  return null;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('progressive mounting', () => {
  it('shows a small map at once', () => {
    const seen: number[] = [];
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe total={24} seen={seen} />));
    expect(seen[seen.length - 1]).toBe(24);
    act(() => root.unmount());
  });

  it('spreads a big map over frames, one chunk each, until all of it shows', async () => {
    // given a map of 2.5 chunks
    const total = Math.round(MOUNT_CHUNK * 2.5);
    const seen: number[] = [];
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe total={total} seen={seen} />));
    // then the first frame shows one chunk
    expect(seen[seen.length - 1]).toBe(MOUNT_CHUNK);
    // when frames pass
    for (let i = 0; i < 4; i++) await act(nextFrame);
    // then it grew chunk by chunk to the whole map
    expect([...new Set(seen)]).toEqual([MOUNT_CHUNK, 2 * MOUNT_CHUNK, total]);
    act(() => root.unmount());
  });
});
