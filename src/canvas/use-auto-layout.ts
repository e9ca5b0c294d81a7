import { useEffect, useRef, useState } from 'react';
import { createWorkerLayoutRunner } from '../layout/elk-worker';
import { isLayoutAborted, type LayoutRunner } from '../layout/runner';
import { useEditor, useEditorStore } from '../store/context';

/**
 * Runs ELK in a worker whenever the store asks for a layout (new map, opened file, the
 * Auto-layout button, a new direction), cancelling a layout still in flight, then applies
 * the result as one undo step and calls `onLaidOut` (to fit the view).
 * Returns whether a layout is running.
 */
export function useAutoLayout(onLaidOut: () => void): boolean {
  const store = useEditorStore();
  const layoutRequest = useEditor((s) => s.layoutRequest);
  const runner = useRef<LayoutRunner | null>(null);
  const laidOut = useRef(onLaidOut);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    laidOut.current = onLaidOut;
  }, [onLaidOut]);

  useEffect(() => {
    const created = createWorkerLayoutRunner();
    runner.current = created;
    return () => {
      created.dispose();
      if (runner.current === created) runner.current = null;
    };
  }, []);

  useEffect(() => {
    const current = runner.current;
    if (layoutRequest === 0 || !current) return;
    const { map, actions } = store.getState();
    if (map.processes.length === 0) return;
    let stale = false;
    setBusy(true);
    current.run(map).then(
      (result) => {
        if (stale) return;
        store.getState().actions.applyLayout(result);
        setBusy(false);
        laidOut.current();
      },
      (error: unknown) => {
        if (stale || isLayoutAborted(error)) return;
        setBusy(false);
        actions.showNotice({
          kind: 'error',
          title: 'Auto-layout failed',
          message: `The map is unchanged. ${error instanceof Error ? error.message : String(error)}`,
        });
      },
    );
    return () => {
      stale = true;
    };
  }, [layoutRequest, store]);

  return busy;
}
