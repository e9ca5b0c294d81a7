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

  it('asks about every consumer of an output, also those added since the inspector opened', () => {
    // given a producer of "Risk register" consumed by b, selected
    const store = createEditorStore({
      map: mapOf(
        proc('a', [], ['Risk register']),
        { ...proc('b', ['Risk register']), name: 'Board' },
        { ...proc('c'), name: 'Compliance' },
      ),
    });
    store.getState().actions.select(['a']);
    const host = renderInspector(store);
    // when c starts taking it as well (elsewhere), and then the output is renamed here
    act(() => store.getState().actions.updateProcess('c', { inputs: ['Risk register'] }));
    const output = field(host, 'Outputs 1');
    type(output, 'Risk log');
    press(output, 'Enter');
    // then the question names both consumers
    expect(host.querySelector('.pm-confirm')!.textContent).toContain('(Board, Compliance)');
  });

  it('adds items one after another, each to the list as it is by then', () => {
    const store = createEditorStore({ map: mapOf(proc('a')) });
    store.getState().actions.select(['a']);
    const host = renderInspector(store);
    for (const activity of ['Identify risks', 'Analyse risks']) {
      const add = field(host, 'Add an activity…');
      type(add, activity);
      press(add, 'Enter');
    }
    expect(store.getState().map.processes[0].activities).toEqual([
      'Identify risks',
      'Analyse risks',
    ]);
  });

  it('draws only the name field again when the name changes', () => {
    // given a process with a field of each kind, selected
    const store = createEditorStore({
      map: mapOf({ ...proc('a', ['X'], ['Y']), owner: 'CISO', activities: ['Plan'] }),
    });
    store.getState().actions.select(['a']);
    const host = renderInspector(store);
    const name = host.querySelector<HTMLInputElement>('[data-testid="field-name"]')!;
    const touched = new Set<Node>();
    const watch = new MutationObserver((records) => records.forEach((r) => touched.add(r.target)));
    watch.observe(host, { attributes: true, subtree: true, childList: true, characterData: true });
    // when it is renamed
    type(name, 'Risk assessment');
    press(name, 'Enter');
    watch.takeRecords().forEach((r) => touched.add(r.target));
    watch.disconnect();
    // then no other field was written to
    expect(store.getState().map.processes[0].name).toBe('Risk assessment');
    const fields = [...host.querySelectorAll('input, textarea, select')];
    expect(fields.filter((f) => f !== name && touched.has(f))).toEqual([]);
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
