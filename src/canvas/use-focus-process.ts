import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { nodeGeometry } from '../layout/geometry';
import { useEditorStore } from '../store/context';

/** Zoom a focused process is shown at, at least: its labels are readable there. */
const FOCUS_ZOOM = 1;

/**
 * Selects a process and centres the canvas on it (from the problems list, the outline or a
 * search), zooming in only as far as needed to read it.
 */
export function useFocusProcess(): (id: string) => void {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useCallback(
    (id: string) => {
      const { map, actions } = store.getState();
      const process = map.processes.find((p) => p.id === id);
      if (!process) return;
      actions.select([id]);
      const at = map.positions[id];
      if (!at) return;
      const { width, height } = nodeGeometry(process);
      void flow.setCenter(at.x + width / 2, at.y + height / 2, {
        zoom: Math.max(flow.getZoom(), FOCUS_ZOOM),
        duration: 250,
      });
    },
    [store, flow],
  );
}
