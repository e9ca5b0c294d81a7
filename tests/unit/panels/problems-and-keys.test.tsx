// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  isTypingTarget,
  useShortcuts,
  type ShortcutHandlers,
} from '../../../src/hooks/use-shortcuts';
import { mapOf, proc } from '../support/maps';
import { renderInEditor } from '../support/render-in-editor';
import { ProblemsPanel } from '../../../src/panels/ProblemsPanel';
import { createEditorStore, type EditorStore } from '../../../src/store/editor-store';

describe('problems panel', () => {
  it('replaces a misspelt input by the suggestion when Fix is clicked', () => {
    // given an input that is one letter off an existing output
    const store = createEditorStore({
      map: mapOf(proc('a', [], ['Risk register']), proc('b', ['Risk registr'])),
    });
    const host = renderInEditor(store, <ProblemsPanel onFocusProcess={() => {}} />);
    expect(host.textContent).toContain('Fix: use “Risk register”');

    // when the user clicks Fix
    const fix = [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Fix'))!;
    act(() => fix.click());

    // then the input is the output's name and the flow exists
    expect(store.getState().map.processes[1].inputs).toEqual(['Risk register']);
  });

  it('focuses the process a problem is about when its message is clicked', () => {
    const store = createEditorStore({ map: mapOf(proc('a', ['Nowhere'])) });
    const focus = vi.fn();
    const host = renderInEditor(store, <ProblemsPanel onFocusProcess={focus} />);
    act(() => host.querySelector<HTMLButtonElement>('.pm-problem__message')!.click());
    expect(focus).toHaveBeenCalledWith('a');
  });
});

function Keys({ store, handlers }: { store: EditorStore; handlers: ShortcutHandlers }) {
  useShortcuts(store, handlers);
  return <input aria-label="some field" />;
}

function key(init: KeyboardEventInit, target: EventTarget = document.body): void {
  act(() => {
    target.dispatchEvent(
      new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }),
    );
  });
}

describe('keyboard shortcuts', () => {
  const handlers = () => ({ fit: vi.fn(), search: vi.fn(), addProcess: vi.fn(), save: vi.fn() });

  it('deletes the selection with Delete and brings it back with Ctrl+Z, then Ctrl+Y redoes', () => {
    // given a selected process
    const store = createEditorStore({ map: mapOf(proc('a'), proc('b')) });
    renderInEditor(store, <Keys store={store} handlers={handlers()} />);
    act(() => store.getState().actions.select(['a']));

    // when Delete, then Ctrl+Z, then Ctrl+Y
    key({ key: 'Delete' });
    expect(store.getState().map.processes.map((p) => p.id)).toEqual(['b']);
    key({ key: 'z', ctrlKey: true });
    expect(store.getState().map.processes.map((p) => p.id)).toEqual(['a', 'b']);
    key({ key: 'y', ctrlKey: true });

    // then the process is gone again
    expect(store.getState().map.processes.map((p) => p.id)).toEqual(['b']);
  });

  it('fits on F and Shift+1, searches on / and Ctrl+F, adds on N, duplicates on Ctrl+D', () => {
    const store = createEditorStore({ map: mapOf(proc('a')) });
    const h = handlers();
    renderInEditor(store, <Keys store={store} handlers={h} />);
    key({ key: 'f' });
    key({ key: '!', code: 'Digit1', shiftKey: true });
    key({ key: '/' });
    key({ key: 'f', ctrlKey: true });
    key({ key: 'n' });
    act(() => store.getState().actions.select(['a']));
    key({ key: 'd', ctrlKey: true });
    expect([
      h.fit.mock.calls.length,
      h.search.mock.calls.length,
      h.addProcess.mock.calls.length,
    ]).toEqual([2, 2, 1]);
    expect(store.getState().map.processes).toHaveLength(2);
  });

  it('does nothing while the user types in a field', () => {
    const store = createEditorStore({ map: mapOf(proc('a')) });
    const h = handlers();
    const host = renderInEditor(store, <Keys store={store} handlers={h} />);
    act(() => store.getState().actions.select(['a']));
    const input = host.querySelector('input')!;
    key({ key: 'Backspace' }, input);
    key({ key: 'n' }, input);
    expect(store.getState().map.processes).toHaveLength(1);
    expect(h.addProcess).not.toHaveBeenCalled();
    expect(isTypingTarget(input)).toBe(true);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});
