import { useEffect, useState } from 'react';

/** How many new nodes mount per frame: small enough to keep each frame short on a slow machine. */
export const MOUNT_CHUNK = 60;

/**
 * How many of `total` items to render now. Up to `chunk` more than were rendered before
 * appear at once; a bigger jump (opening a 300-process map) is spread over animation
 * frames, so mounting hundreds of nodes never blocks the page in one long task.
 */
export function useProgressiveCount(total: number, chunk = MOUNT_CHUNK): number {
  const [count, setCount] = useState(() => Math.min(total, chunk));
  const shown = Math.min(total, Math.max(count, Math.min(total, chunk)));

  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setCount((c) => Math.min(total, c + chunk)));
    return () => cancelAnimationFrame(frame);
  }, [count, total, chunk]);

  // After a shrink (a smaller map opened), grow from the new size, not from the old one.
  useEffect(() => {
    if (count > total) setCount(total);
  }, [count, total]);

  return shown;
}
