import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editor-store';

const EditorStoreContext = createContext<EditorStore | null>(null);

/** Hands one editor's store down to the canvas and panels. */
export function EditorStoreProvider(props: { store: EditorStore; children: ReactNode }) {
  return (
    <EditorStoreContext.Provider value={props.store}>{props.children}</EditorStoreContext.Provider>
  );
}

/** The store itself, for imperative access (`getState()` in event handlers). Throws outside a provider. */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStore must be used inside <EditorStoreProvider>.');
  return store;
}

/**
 * Reads a slice of the editor state; re-renders when that slice changes (by `Object.is`).
 *
 * @example const selection = useEditor((s) => s.selection);
 */
export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

export function useCanUndo(): boolean {
  return useStore(useEditorStore().temporal, (t) => t.pastStates.length > 0);
}

export function useCanRedo(): boolean {
  return useStore(useEditorStore().temporal, (t) => t.futureStates.length > 0);
}
