// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { OutlinePanel } from '../../../src/panels/OutlinePanel';
import { createEditorStore } from '../../../src/store/editor-store';
import { mapOf, proc } from '../support/maps';
import { renderInEditor, typeInto } from '../support/render-in-editor';

/** Types into the search as a user would. */
function search(host: HTMLElement, text: string): void {
  typeInto(host.querySelector<HTMLInputElement>('input[type="search"]')!, text);
}

const rows = (host: HTMLElement) =>
  [...host.querySelectorAll('[data-testid="outline"] li .pm-list__main')].map(
    (main) => main.textContent,
  );

describe('outline readiness', () => {
  it('shows per process how many clause 4.4 points are filled, and which are missing', () => {
    const store = createEditorStore({
      map: mapOf(
        { ...proc('a', ['In'], ['Out']), activities: ['Do'], kpis: [{ name: 'K' }] },
        { ...proc('ext'), kind: 'external' },
      ),
    });
    const host = renderInEditor(store, <OutlinePanel onFocusProcess={() => {}} />);
    const badges = [...host.querySelectorAll<HTMLElement>('[data-testid="readiness"]')];
    // only the process has a figure: owner, inputs, activities, outputs and KPIs are filled
    expect(badges.map((b) => b.textContent)).toEqual(['5/10']);
    expect(badges[0]!.title).toBe(
      'Clause 4.4 points filled; missing: purpose, criteria and methods, resources, risks and opportunities, documented information',
    );
    // and it follows an edit
    act(() => store.getState().actions.updateProcess('a', { records: ['Log'] }));
    expect(host.querySelector('[data-testid="readiness"]')!.textContent).toBe('6/10');
  });
});

describe('outline search', () => {
  const store = () =>
    createEditorStore({
      map: mapOf(
        { ...proc('risk-assessment'), name: 'Risk  Assessment', owner: 'Risk manager' },
        { ...proc('audit'), name: 'Internal audit', owner: 'Audit lead' },
        { ...proc('p7'), name: 'Backups', owner: 'IT operations' },
      ),
    });

  it('finds processes by name and owner, whatever the case and spacing, and by id', () => {
    const host = renderInEditor(store(), <OutlinePanel onFocusProcess={() => {}} />);
    search(host, 'risk assessment');
    expect(rows(host)).toEqual(['Risk  AssessmentRisk manager']);
    search(host, 'AUDIT LEAD');
    expect(rows(host)).toEqual(['Internal auditAudit lead']);
    search(host, 'p7');
    expect(rows(host)).toEqual(['BackupsIT operations']);
    // and a search across the name and the owner finds nothing
    search(host, 'audit audit');
    expect(rows(host)).toEqual([]);
  });

  it('finds a renamed process by its new name, not its old one', () => {
    const editor = store();
    const host = renderInEditor(editor, <OutlinePanel onFocusProcess={() => {}} />);
    search(host, 'backups');
    expect(rows(host)).toHaveLength(1);
    // when the process is renamed while the search is open
    act(() => editor.getState().actions.updateProcess('p7', { name: 'Restore tests' }));
    // then it no longer matches, and its new name does
    expect(rows(host)).toEqual([]);
    search(host, 'restore');
    expect(rows(host)).toEqual(['Restore testsIT operations']);
  });
});
