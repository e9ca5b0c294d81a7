import { useEffect, useRef } from 'react';
import type { EditorStore } from '../store/editor-store';

export interface ShortcutHandlers {
  fit(): void;
  search(): void;
  addProcess(): void;
  save(): void;
}

/** True when a key press belongs to a text field, a select or an editable element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset'].includes(
      target.type,
    );
  }
  return false;
}

/**
 * The editor's keyboard: Delete/Backspace delete the selection, Ctrl/Cmd+Z undo,
 * Shift+Ctrl/Cmd+Z and Ctrl+Y redo, F or Shift+1 fit, Ctrl/Cmd+F or '/' search,
 * Ctrl/Cmd+D duplicate, N a new process, Ctrl/Cmd+S save, Escape clear the selection.
 * Nothing fires while the user types in a field (the field keeps its own undo).
 */
export function useShortcuts(store: EditorStore, handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  }, [handlers]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
      const { actions, selection } = store.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (mod && !event.altKey) {
        if (key === 'z' && event.shiftKey) run(actions.redo);
        else if (key === 'z') run(actions.undo);
        else if (key === 'y') run(actions.redo);
        else if (key === 'f') run(latest.current.search);
        else if (key === 'd' && selection.length > 0)
          run(() => actions.duplicateProcesses(selection));
        else if (key === 's') run(latest.current.save);
        return;
      }
      if (event.altKey) return;
      if ((key === 'delete' || key === 'backspace') && selection.length > 0)
        run(() => actions.deleteProcesses(selection));
      else if (key === 'escape' && selection.length > 0) run(() => actions.select([]));
      else if (key === 'f' || (event.shiftKey && (event.code === 'Digit1' || key === '!')))
        run(latest.current.fit);
      else if (key === '/') run(latest.current.search);
      else if (key === 'n' && !event.shiftKey) run(latest.current.addProcess);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
