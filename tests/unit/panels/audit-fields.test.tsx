// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../../src/panels/Inspector';
import { createEditorStore, type EditorStore } from '../../../src/store/editor-store';
import { mapOf, proc } from '../support/maps';
import { renderInEditor, typeInto as type } from '../support/render-in-editor';

function press(field: HTMLElement, key: string): void {
  act(() => {
    field.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

function field(host: HTMLElement, label: string): HTMLInputElement {
  const found = host.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`no field ${label}`);
  return found;
}

/** Types into a field and presses Enter, as the user commits a field. */
function commit(host: HTMLElement, label: string, text: string): void {
  const input = field(host, label);
  type(input, text);
  press(input, 'Enter');
}

function selected(store: EditorStore) {
  return store.getState().map.processes[0]!;
}

function inspectorOf(kind: 'process' | 'external' = 'process') {
  const store = createEditorStore({ map: mapOf({ ...proc('a'), kind }) });
  store.getState().actions.select(['a']);
  return { store, host: renderInEditor(store, <Inspector />) };
}

describe('clause 4.4 fields in the inspector', () => {
  it('adds a KPI and sets its target and frequency, each one undo step', () => {
    const { store, host } = inspectorOf();
    commit(host, 'Add a KPI…', 'Risks treated on time');
    commit(host, 'Target 1', '95%');
    commit(host, 'Frequency 1', 'quarterly');
    expect(selected(store).kpis).toEqual([
      { name: 'Risks treated on time', target: '95%', frequency: 'quarterly' },
    ]);
    expect(store.temporal.getState().pastStates).toHaveLength(3);
  });

  it('removes a KPI whose name is emptied, and the field with its last KPI', () => {
    const { store, host } = inspectorOf();
    commit(host, 'Add a KPI…', 'Audits on time');
    commit(host, 'KPI 1', '');
    expect(selected(store)).not.toHaveProperty('kpis');
  });

  it('keeps resources, risks and records as lists and drops an emptied list', () => {
    const { store, host } = inspectorOf();
    commit(host, 'Add a resource, e.g. GRC tool…', 'GRC tool');
    commit(host, 'Add a risk or opportunity…', 'Late treatment');
    commit(host, 'Add a record, e.g. Risk register…', 'Risk register');
    commit(host, 'Add a record, e.g. Risk register…', 'Treatment plan');
    expect(selected(store)).toMatchObject({
      resources: ['GRC tool'],
      risks: ['Late treatment'],
      records: ['Risk register', 'Treatment plan'],
    });
    act(() => field(host, 'Remove GRC tool').click());
    expect(selected(store)).not.toHaveProperty('resources');
  });

  it('sets purpose and criteria, and removes them when emptied', () => {
    const { store, host } = inspectorOf();
    const purpose = host.querySelector<HTMLTextAreaElement>('[data-testid="field-purpose"]')!;
    type(purpose, 'Know the risks');
    act(() => purpose.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(selected(store).purpose).toBe('Know the risks');
    type(purpose, '  ');
    act(() => purpose.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(selected(store)).not.toHaveProperty('purpose');
  });

  it('is not offered for an external party', () => {
    const { host } = inspectorOf('external');
    expect(host.querySelector('[data-testid="audit-fields"]')).toBeNull();
  });
});

describe('document control in the map inspector', () => {
  function mapInspector() {
    const store = createEditorStore({ map: { ...mapOf(proc('a')), revision: '2.0' } });
    return { store, host: renderInEditor(store, <Inspector />) };
  }

  it('adds a revision with the map revision and today, then edits its change', () => {
    const { store, host } = mapInspector();
    const add = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Add revision')!;
    act(() => add.click());
    commit(host, 'Change of revision 1', 'KPIs added');
    expect(store.getState().map.revisions).toEqual([
      { revision: '2.0', date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), change: 'KPIs added' },
    ]);
    act(() => field(host, 'Remove revision 1').click());
    expect(store.getState().map).not.toHaveProperty('revisions');
  });

  it('sets the next review date', () => {
    const { store, host } = mapInspector();
    const input = [...host.querySelectorAll<HTMLInputElement>('input')].find((i) =>
      i.closest('label')?.textContent?.startsWith('Next review'),
    )!;
    type(input, '2027-06-30');
    press(input, 'Enter');
    expect(store.getState().map.nextReview).toBe('2027-06-30');
  });
});

describe('renaming a new process in the inspector', () => {
  it('keeps the fields and the focus while the id follows the name', () => {
    const store = createEditorStore({ map: mapOf(proc('a')) });
    const id = store.getState().actions.addProcess();
    const host = renderInEditor(store, <Inspector />);
    const name = host.querySelector<HTMLInputElement>('[data-testid="field-name"]')!;
    act(() => name.focus());
    type(name, 'Supplier review');
    press(name, 'Enter');
    expect(id).toBe('new-process');
    expect(store.getState().selection).toEqual(['supplier-review']);
    expect(host.querySelector('[data-testid="field-name"]')).toBe(name);
    expect(document.activeElement).toBe(name);
    expect(host.textContent).toContain('Id: supplier-review');
  });
});
