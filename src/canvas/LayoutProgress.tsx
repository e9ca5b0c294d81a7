import { useEffect, useState } from 'react';

/** Seconds since the component mounted, ticking once a second. */
function useElapsedSeconds(): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = performance.now();
    const timer = setInterval(
      () => setSeconds(Math.floor((performance.now() - started) / 1000)),
      1000,
    );
    return () => clearInterval(timer);
  }, []);
  return seconds;
}

/**
 * What the canvas shows while ELK lays the map out: how many processes, how long it has
 * been running, a bar that moves, and Cancel. ELK reports no progress of its own, so the
 * bar says "busy" rather than guessing a share done.
 */
export function LayoutProgress({
  processes,
  onCancel,
}: {
  processes: number;
  onCancel: () => void;
}) {
  const seconds = useElapsedSeconds();
  const count = `${processes.toLocaleString('en')} ${processes === 1 ? 'process' : 'processes'}`;
  return (
    <div className="pm-canvas__busy" role="status">
      <span>
        Laying out {count}…{seconds > 0 && <span className="pm-canvas__elapsed"> {seconds} s</span>}
      </span>
      <span className="pm-canvas__progress" aria-hidden="true" />
      <button type="button" className="pm-canvas__cancel" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
