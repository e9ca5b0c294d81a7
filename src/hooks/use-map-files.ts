import { useCallback, useMemo } from 'react';
import { blankMap, starterMap } from '../model/starter';
import { useEditorStore } from '../store/context';
import { downloadMapFile, readMapFile } from '../store/files';

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
      actions.replaceMap(result.map, file.name);
      const errors = result.problems.filter((p) => p.severity === 'error').length;
      if (errors > 0 && !store.getState().notice) {
        actions.showNotice({
          kind: 'info',
          title: `Opened ${file.name}`,
          message: `It has ${errors} error${errors === 1 ? '' : 's'}: see Problems.`,
        });
      }
    },
    [store],
  );
  const newMap = useCallback(
    (kind: 'blank' | 'starter') => {
      const map = kind === 'blank' ? blankMap() : starterMap();
      store
        .getState()
        .actions.replaceMap(map, kind === 'blank' ? 'untitled.procmap.json' : 'isms.procmap.json', {
          keepPositions: false,
        });
    },
    [store],
  );
  const save = useCallback(() => {
    const { map, fileName } = store.getState();
    downloadMapFile(map, fileName);
  }, [store]);
  return useMemo(() => ({ newMap, openFile, save }), [newMap, openFile, save]);
}
