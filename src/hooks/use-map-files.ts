import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { fitMap } from '../canvas/map-extent';
import { blankMap, starterMap } from '../model/starter';
import { useEditorStore } from '../store/context';
import { downloadMapFile, readMapFile } from '../store/files';
import type { ProcessMap } from '../model/types';

export interface MapFiles {
  /** Replaces the map by a blank one or the starter ISMS map (one undo step). */
  newMap(kind: 'blank' | 'starter'): void;
  /** Reads a JSON or YAML map; on failure shows what and where, and the map stays as it was. */
  openFile(file: File): Promise<void>;
  /** Downloads the map as `.procmap.json`. */
  save(): void;
}

/** New, Open and Save for the toolbar, the canvas's file drop and the shortcuts. */
export function useMapFiles(): MapFiles {
  const store = useEditorStore();
  const flow = useReactFlow();

  /**
   * Replaces the map and shows it: a map that needs a layout is fitted when the layout
   * is done; one that has its positions is fitted now, an empty one shown at zoom 1.
   */
  const replace = useCallback(
    (map: ProcessMap, fileName: string, options?: { keepPositions?: boolean }) => {
      const before = store.getState().layoutRequest;
      store.getState().actions.replaceMap(map, fileName, options);
      if (store.getState().layoutRequest !== before) return;
      // React Flow takes the new nodes in its own effect; move the view after it has them.
      requestAnimationFrame(() => {
        if (store.getState().map.processes.length === 0)
          void flow.setViewport({ x: 80, y: 80, zoom: 1 });
        else fitMap(flow, store.getState());
      });
    },
    [store, flow],
  );

  const openFile = useCallback(
    async (file: File) => {
      const result = await readMapFile(file);
      const { actions } = store.getState();
      if (!result.ok) {
        actions.showNotice({
          kind: 'error',
          title: `Could not open ${file.name}`,
          message: result.message,
        });
        return;
      }
      // Reading a big file and showing it are two tasks: the page stays responsive between.
      await new Promise((resolve) => setTimeout(resolve, 0));
      replace(result.map, file.name);
      const errors = result.problems.filter((p) => p.severity === 'error').length;
      if (errors > 0 && !store.getState().notice) {
        actions.showNotice({
          kind: 'info',
          title: `Opened ${file.name}`,
          message: `It has ${errors} error${errors === 1 ? '' : 's'}: see Problems.`,
        });
      }
    },
    [store, replace],
  );
  const newMap = useCallback(
    (kind: 'blank' | 'starter') => {
      const map = kind === 'blank' ? blankMap() : starterMap();
      replace(map, kind === 'blank' ? 'untitled.procmap.json' : 'isms.procmap.json', {
        keepPositions: false,
      });
    },
    [replace],
  );
  const save = useCallback(() => {
    const { map, fileName, actions } = store.getState();
    actions.markSaved(downloadMapFile(map, fileName));
  }, [store]);
  return useMemo(() => ({ newMap, openFile, save }), [newMap, openFile, save]);
}
