import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** How many new nodes the first frame mounts. */
export const MOUNT_CHUNK = 40;
/**
 * Render and commit time a frame of mounting aims at, in ms. React Flow renders the new
 * nodes once more after that, and the browser styles and draws them.
 */
export const MOUNT_BUDGET_MS = 30;
/**
 * The smallest chunk: each frame of mounting also costs work for everything mounted so far,
 * so chunks much smaller would make a big map take many seconds to appear.
 */
export const MIN_CHUNK = 20;
const MAX_CHUNK = 400;

export interface ProgressiveOptions {
  /** A new value starts over from one chunk (a new layout moved every node). */
  restart?: unknown;
  /** The clock the chunk size adapts by; `performance.now` unless a test gives its own. */
  now?: () => number;
}

/**
 * How many of `total` items to render now. A big jump (opening a 1000-process map) is
 * spread over animation frames, so mounting hundreds of nodes never blocks the page in one
 * long task: the first frame takes {@link MOUNT_CHUNK} items, and each later chunk is sized
 * from how long the last one took to render and commit, to fit {@link MOUNT_BUDGET_MS}.
 */
export function useProgressiveCount(total: number, options: ProgressiveOptions = {}): number {
  const { restart, now = () => performance.now() } = options;
  const [count, setCount] = useState(() => Math.min(total, MOUNT_CHUNK));
  const [round, setRound] = useState(restart);
  const chunk = useRef(MOUNT_CHUNK);
  const started = useRef<number | undefined>(undefined);
  const clock = useRef(now);

  if (round !== restart) {
    // Adjusting state while rendering: React renders again at once, with one chunk shown.
    setRound(restart);
    setCount(Math.min(total, chunk.current));
  }
  const shown = Math.min(total, Math.max(count, Math.min(total, MOUNT_CHUNK)));

  useLayoutEffect(() => {
    clock.current = now;
    if (started.current === undefined) return;
    const took = Math.max(1, clock.current() - started.current);
    started.current = undefined;
    const next = Math.round((chunk.current * MOUNT_BUDGET_MS) / took);
    chunk.current = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, next));
  });

  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => {
      started.current = clock.current();
      setCount((c) => Math.min(total, c + chunk.current));
    });
    return () => cancelAnimationFrame(frame);
  }, [count, total]);

  // After a shrink (a smaller map opened), grow from the new size, not from the old one.
  useEffect(() => {
    if (count > total) setCount(total);
  }, [count, total]);

  return shown;
}
