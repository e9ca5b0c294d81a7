import { startTransition, useEffect, useState } from 'react';

/**
 * `on`, but an animation frame late each time it turns on (off at once): what waits for it
 * is drawn in a frame of its own, not in the frame that turned it on, and as a transition,
 * which React renders in slices between which the page stays responsive. Already on when
 * first asked, it is on at once.
 */
export function useAfterFrame(on: boolean): boolean {
  const [late, setLate] = useState(on);
  if (!on && late) setLate(false);
  useEffect(() => {
    if (!on) return;
    const frame = requestAnimationFrame(() => startTransition(() => setLate(true)));
    return () => cancelAnimationFrame(frame);
  }, [on]);
  return on && late;
}
