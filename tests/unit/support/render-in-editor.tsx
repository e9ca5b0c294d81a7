import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';
import { EditorUiProvider } from '../../../src/panels/ui-context';
import { EditorStoreProvider } from '../../../src/store/context';
import type { EditorStore } from '../../../src/store/editor-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = undefined;
});

/**
 * Renders `element` in a page of its own inside the editor's store and view state, as the
 * app does; unmounted after each test. Needs the jsdom environment.
 */
export function renderInEditor(store: EditorStore, element: ReactNode): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root!.render(
      <EditorStoreProvider store={store}>
        <EditorUiProvider>{element}</EditorUiProvider>
      </EditorStoreProvider>,
    ),
  );
  return host;
}

/** Types into a field the way React sees it: set the value, fire input. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
  act(() => {
    setter.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
