// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../../src/panels/Inspector';
import { createEditorStore, type EditorStore } from '../../../src/store/editor-store';
import { mapOf, proc } from '../support/maps';
import { renderInEditor, typeInto as type } from '../support/render-in-editor';

function renderInspector(store: EditorStore): HTMLElement {
  return renderInEditor(store, <Inspector />);
}

function press(field: HTMLElement, key: string): void {
  act(() => {
    field.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

function blur(field: HTMLElement): void {
  act(() => field.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
}

function field(host: HTMLElement, label: string): HTMLInputElement {
  const found = host.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`no field ${label}`);
  return found;
}

function button(host: HTMLElement, text: string): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

describe('process inspector', () => {
  it('commits a typed name once, on Enter, as one undo step', () => {
    // given a selected process
    const store = createEditorStore({ map: mapOf(proc('a')) });
    store.getState().actions.select(['a']);
    const host = renderInspector(store);
    const name = host.querySelector<HTMLInputElement>('[data-testid="field-name"]')!;

    // when the user types a new name letter by letter and presses Enter
    for (const text of ['R', 'Ri', 'Risk']) type(name, text);
    expect(store.getState().map.processes[0].name).toBe('A');
    press(name, 'Enter');

    // then the name changed once, and one undo restores it
    expect(store.getState().map.processes[0].name).toBe('Risk');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    act(() => store.getState().actions.undo());
    expect(store.getState().map.processes[0].name).toBe('A');
  });

  it('drops the draft on Escape', () => {
    const store = createEditorStore({ map: mapOf(proc('a')) });
    store.getState().actions.select(['a']);
    const host = renderInspector(store);
    const name = host.querySelector<HTMLInputElement>('[data-testid="field-name"]')!;
    type(name, 'Something else');
    press(name, 'Escape');
    expect(store.getState().map.processes[0].name).toBe('A');
    expect(name.value).toBe('A');
  });

  it('adds an input from the add field on blur, which draws a flow', () => {
    // given a producer of "Risk register" and a consumer selected
    const store = createEditorStore({ map: mapOf(proc('a', [], ['Risk register']), proc('b')) });
    store.getState().actions.select(['b']);
    const host = renderInspector(store);

    // when the user types the input and leaves the field
    const add = field(host, 'Add an input…');
    type(add, 'Risk register');
    blur(add);

    // then b takes it as input and the add field is empty again
    expect(store.getState().map.processes[1].inputs).toEqual(['Risk register']);
    expect(add.value).toBe('');
  });

  it('offers the outputs that exist as suggestions for inputs', () => {
    const store = createEditorStore({
      map: mapOf(proc('a', [], ['Risk register', 'Audit report']), proc('b')),
    });
    store.getState().actions.select(['b']);
    const host = renderInspector(store);
    const list = field(host, 'Add an input…').getAttribute('list')!;
    const options = [...host.querySelectorAll(`datalist[id="${list}"] option`)].map((o) =>
      o.getAttribute('value'),
    );
    expect(options).toEqual(['Risk register', 'Audit report']);
  });

  it('offers the owners of the map, and follows when an owner changes', () => {
    // given two processes with owners, the second selected
    const store = createEditorStore({
      map: mapOf({ ...proc('a'), owner: 'Risk manager' }, { ...proc('b'), owner: 'CISO' }),
    });
    store.getState().actions.select(['b']);
    const host = renderInspector(store);
    const owners = () => {
      const label = [...host.querySelectorAll('label')].find(
        (l) => l.querySelector('.pm-field__label')?.textContent === 'Owner',
      );
      const list = label!.querySelector('input')!.getAttribute('list');
      return [...host.querySelectorAll(`datalist[id="${list}"] option`)].map((o) =>
        o.getAttribute('value'),
      );
    };
    expect(owners()).toEqual(['Risk manager', 'CISO']);
    // when process a is given another owner
    act(() => store.getState().actions.updateProcess('a', { owner: 'Internal auditor' }));
    // then the owner suggestions follow
    expect(owners()).toEqual(['Internal auditor', 'CISO']);
  });

  it('asks before renaming an output others consume, and renames their inputs when told to', () => {
    // given a producer of "Risk register" consumed by b
    const store = createEditorStore({
      map: mapOf(proc('a', [], ['Risk register']), proc('b', ['Risk register'])),
    });
    store.getState().actions.select(['a']);
    const host = renderInspector(store);

    // when the output is renamed
    const output = field(host, 'Outputs 1');
    type(output, 'Risk register v2');
    press(output, 'Enter');

    // then nothing changed yet and the question is shown
    expect(store.getState().map.processes[0].outputs).toEqual(['Risk register']);
    expect(host.textContent).toContain('Rename those inputs');

    // when the user answers "rename inputs too"
    act(() => button(host, 'Rename inputs too').click());

    // then both changed in one undo step
    expect(store.getState().map.processes.map((p) => [p.outputs, p.inputs])).toEqual([
      [['Risk register v2'], []],
      [[], ['Risk register v2']],
    ]);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('renames only the output when the user says so', () => {
    const store = createEditorStore({
      map: mapOf(proc('a', [], ['Risk register']), proc('b', ['Risk register'])),
    });
    store.getState().actions.select(['a']);
    const host = renderInspector(store);
    const output = field(host, 'Outputs 1');
    type(output, 'Risk log');
    press(output, 'Enter');
    act(() => button(host, 'Only this output').click());
    expect(store.getState().map.processes[1].inputs).toEqual(['Risk register']);
    expect(store.getState().map.processes[0].outputs).toEqual(['Risk log']);
  });

  it('removes, and moves list items', () => {
    const store = createEditorStore({ map: mapOf(proc('a', ['X', 'Y', 'Z'])) });
    store.getState().actions.select(['a']);
    const host = renderInspector(store);
    act(() => host.querySelector<HTMLButtonElement>('[aria-label="Move Z up"]')!.click());
    expect(store.getState().map.processes[0].inputs).toEqual(['X', 'Z', 'Y']);
    act(() => host.querySelector<HTMLButtonElement>('[aria-label="Remove X"]')!.click());
    expect(store.getState().map.processes[0].inputs).toEqual(['Z', 'Y']);
  });

  it('shows user text as text, never as markup', () => {
    const store = createEditorStore({
      map: mapOf({ ...proc('a'), name: '<img src=x onerror=alert(1)>' }),
    });
    store.getState().actions.select(['a']);
    const host = renderInspector(store);
    expect(host.querySelector('img')).toBeNull();
  });
});

describe('map inspector', () => {
  it('edits the map metadata when nothing is selected, and clears an emptied field', () => {
    // given a map with nothing selected
    const store = createEditorStore({ map: { ...mapOf(proc('a')), classification: 'Internal' } });
    const host = renderInspector(store);
    const labelled = (text: string) =>
      [...host.querySelectorAll('label')]
        .find((l) => l.textContent?.startsWith(text))!
        .querySelector('input')!;

    // when the organisation is typed and the classification emptied
    type(labelled('Organisation'), 'ACME Ltd');
    press(labelled('Organisation'), 'Enter');
    type(labelled('Classification'), '');
    press(labelled('Classification'), 'Enter');

    // then the map carries the organisation and no classification
    expect(store.getState().map.organization).toBe('ACME Ltd');
    expect(store.getState().map.classification).toBeUndefined();
  });
});
