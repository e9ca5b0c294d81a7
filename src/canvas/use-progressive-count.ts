import { useEffect, useRef, useState } from 'react';

/** How many new nodes the first frame mounts: a small map (the starter map) shows at once. */
export const MOUNT_CHUNK = 30;
/**
 * How long a frame of mounting may take, in ms, from one animation frame to the next: our
 * render and commit, React Flow's own render of the new nodes, style, layout and paint.
 */
export const MOUNT_BUDGET_MS = 40;
/**
 * The smallest chunk: each frame of mounting also costs work for everything mounted so far,
 * so chunks much smaller would make a big map take many seconds to appear.
 */
export const MIN_CHUNK = 10;
const MAX_CHUNK = 400;
/** How much a chunk may grow from one frame to the next. */
export const MAX_GROWTH = 1.5;

export interface ProgressiveOptions {
  /** A new value starts over from one chunk (a new layout moved every node). */
  restart?: unknown;
  /** How long a frame of mounting may take, in ms; {@link MOUNT_BUDGET_MS} unless given. */
  budget?: number;
  /** The clock the chunk size adapts by; `performance.now` unless a test gives its own. */
  now?: () => number;
}

/**
 * How many of `total` items to render now. A big jump (opening a 1000-process map) is
 * spread over animation frames, so mounting hundreds of nodes never blocks the page in one
 * long task: the first frame takes {@link MOUNT_CHUNK} items, and each later chunk is sized
 * from how long the frame of the last one took, to fit the budget.
 */
export function useProgressiveCount(total: number, options: ProgressiveOptions = {}): number {
  const { restart, budget = MOUNT_BUDGET_MS, now = () => performance.now() } = options;
  const [count, setCount] = useState(() => Math.min(total, MOUNT_CHUNK));
  const [round, setRound] = useState(restart);
  const chunk = useRef(MOUNT_CHUNK);
  const lastFrame = useRef<number | undefined>(undefined);
  const clock = useRef(now);

  if (round !== restart) {
    // Adjusting state while rendering: React renders again at once, with one chunk shown.
    setRound(restart);
    setCount(Math.min(total, chunk.current));
  }
  const shown = Math.min(total, Math.max(count, Math.min(total, MOUNT_CHUNK)));

  useEffect(() => {
    clock.current = now;
  });

  useEffect(() => {
    if (count >= total) {
      lastFrame.current = undefined;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const at = clock.current();
      if (lastFrame.current !== undefined) {
        // The frame since the last chunk was asked for: the whole cost of mounting it.
        const took = Math.max(1, at - lastFrame.current);
        // Shrinks at once, grows by at most half a chunk: a quick frame (little work, or an
        // idle gap) must not double the next chunk into a long task.
        const next = Math.min(
          Math.round((chunk.current * budget) / took),
          Math.round(chunk.current * MAX_GROWTH),
        );
        chunk.current = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, next));
      }
      lastFrame.current = at;
      setCount((c) => Math.min(total, c + chunk.current));
    });
    return () => cancelAnimationFrame(frame);
  }, [count, total, budget]);

  // After a shrink (a smaller map opened), grow from the new size, not from the old one.
  useEffect(() => {
    if (count > total) setCount(total);
  }, [count, total]);

  return shown;
}
