import { useCallback, useEffect, useRef, useState } from 'react';
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

/** Whether a layout is running, and how to stop it. */
export interface AutoLayoutState {
  running: boolean;
  /** Stops the running layout: the map keeps the positions it has. */
  cancel(): void;
}

/**
 * Runs ELK in a worker whenever the store asks for a layout (new map, opened file, the
 * Auto-layout button, a new direction), cancelling a layout still in flight, then applies
 * the result as one undo step and calls `onLaidOut` (to fit the view).
 */
export function useAutoLayout(
  { runner, first }: EditorLayout,
  onLaidOut: () => void,
): AutoLayoutState {
  const store = useEditorStore();
  const layoutRequest = useEditor((s) => s.layoutRequest);
  const hasProcesses = useEditor((s) => s.map.processes.length > 0);
  const laidOut = useRef(onLaidOut);
  // The last request whose layout was applied or failed: busy from the render that asks.
  const [settled, setSettled] = useState(0);

  useEffect(() => {
    laidOut.current = onLaidOut;
  }, [onLaidOut]);

  useEffect(() => {
    if (layoutRequest === 0 || !hasProcesses) return;
    let stale = false;
    // Its own task: building ELK's graph of a big map is work the opening task need not wait for.
    const start = setTimeout(() => {
      // The document the layout is for: one opened or undone meanwhile must not receive it.
      const opening = first?.request === layoutRequest;
      const document = opening ? 0 : store.getState().document;
      const result = opening ? first.result : runner.run(store.getState().map);
      result.then(
        (layout) => {
          if (stale) return;
          store.getState().actions.applyLayout(layout, document);
          setSettled(layoutRequest);
          laidOut.current();
        },
        (error: unknown) => {
          if (stale || isLayoutAborted(error)) return;
          setSettled(layoutRequest);
          store.getState().actions.showNotice({
            kind: 'error',
            title: 'Auto-layout failed',
            message: `The map is unchanged. ${error instanceof Error ? error.message : String(error)}`,
          });
        },
      );
    }, 0);
    return () => {
      stale = true;
      clearTimeout(start);
    };
  }, [layoutRequest, hasProcesses, store, runner, first]);

  const cancel = useCallback(() => {
    runner.cancel();
    setSettled(layoutRequest);
    // Boxes a layout was about to place now show where they stand: bring them into view.
    laidOut.current();
    store.getState().actions.showNotice({
      kind: 'info',
      title: 'Layout cancelled',
      message: 'The map keeps the positions it had. Auto-layout lays it out again.',
    });
  }, [runner, store, layoutRequest]);

  return { running: layoutRequest !== 0 && hasProcesses && settled !== layoutRequest, cancel };
}
