import { useEffect, useRef, useState } from 'react';
import { isLayoutAborted, type LayoutRunner } from '../layout/runner';
import type { LayoutResult } from '../layout/types';
import { useEditor, useEditorStore } from '../store/context';

/** How the editor lays maps out: one runner (a worker) for its lifetime. */
export interface EditorLayout {
  runner: LayoutRunner;
  /**
   * The layout of the opening map, started before the editor first rendered, for the
   * layout request the store was created with: the first view appears sooner.
   */
  first?: { request: number; result: Promise<LayoutResult> };
}

/**
 * Runs ELK in a worker whenever the store asks for a layout (new map, opened file, the
 * Auto-layout button, a new direction), cancelling a layout still in flight, then applies
 * the result as one undo step and calls `onLaidOut` (to fit the view).
 * Returns whether a layout is running.
 */
export function useAutoLayout({ runner, first }: EditorLayout, onLaidOut: () => void): boolean {
  const store = useEditorStore();
  const layoutRequest = useEditor((s) => s.layoutRequest);
  const laidOut = useRef(onLaidOut);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    laidOut.current = onLaidOut;
  }, [onLaidOut]);

  useEffect(() => {
    if (layoutRequest === 0) return;
    const { map, actions } = store.getState();
    if (map.processes.length === 0) return;
    let stale = false;
    setBusy(true);
    const result = first?.request === layoutRequest ? first.result : runner.run(map);
    result.then(
      (layout) => {
        if (stale) return;
        store.getState().actions.applyLayout(layout);
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
  }, [layoutRequest, store, runner, first]);

  return busy;
}
