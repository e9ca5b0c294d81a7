// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorStoreProvider, useCanRedo, useCanUndo, useEditor } from '../../../src/store/context';
import { useDerived } from '../../../src/store/derived';
import { harness } from './harness';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe() {
  const title = useEditor((s) => s.map.title);
  const flows = useDerived().flows.length;
  return <p>{`${title}|${flows} flows|undo ${useCanUndo()}|redo ${useCanRedo()}`}</p>;
}

let unmount: (() => void) | undefined;
afterEach(() => {
  act(() => unmount?.());
  unmount = undefined;
});

function render(element: React.ReactNode): HTMLElement {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(element));
  unmount = () => root.unmount();
  return container;
}

describe('editor context', () => {
  it('hands the store down to the hooks, which follow its changes', () => {
    // given a component under the provider
    const editor = harness();
    const view = render(
      <EditorStoreProvider store={editor.store}>
        <Probe />
      </EditorStoreProvider>,
    );
    expect(view.textContent).toBe('Test map|2 flows|undo false|redo false');
    // when the map is edited twice and once undone
    act(() => {
      editor.actions.setMapMeta({ title: 'ISMS' });
      editor.actions.connectArtifact('plan', 'Risk criteria', 'treat');
      editor.actions.undo();
    });
    // then it shows the map, its derived flows and the history
    expect(view.textContent).toBe('ISMS|2 flows|undo true|redo true');
  });

  it('says what is wrong when a hook is used outside the provider', () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    // React also logs the error it rethrows; the assertion is on the throw.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => act(() => root.render(<Probe />))).toThrow(
      'useEditorStore must be used inside <EditorStoreProvider>.',
    );
    quiet.mockRestore();
  });
});
