import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/export/csv';
import { saveFileName } from '../../../src/store/files';
import { chainMap, harness } from './harness';

describe('ids of new processes follow their names', () => {
  it('gives a renamed new process an id from its name, with its position and selection', () => {
    // given a new process
    const editor = harness();
    const id = editor.actions.addProcess();
    expect(id).toBe('new-process');
    const at = editor.map.positions[id];
    // when it is renamed
    editor.actions.updateProcess(id, { name: 'Supplier review' });
    // then its id follows the name, and nothing else of it changed
    expect(editor.processById('supplier-review')?.name).toBe('Supplier review');
    expect(editor.processById(id)).toBeUndefined();
    expect(editor.map.positions['supplier-review']).toEqual(at);
    expect(editor.map.positions).not.toHaveProperty(id);
    expect(editor.state.selection).toEqual(['supplier-review']);
    expect(exportCsv(editor.map)).toContain('supplier-review,Supplier review');
  });

  it('renames and changes the id in one undo step', () => {
    const editor = harness();
    const id = editor.actions.addProcess();
    editor.actions.updateProcess(id, { name: 'Supplier review' });
    editor.actions.undo();
    expect(editor.processById(id)?.name).toBe('New process');
    editor.actions.redo();
    expect(editor.processById('supplier-review')).toBeDefined();
  });

  it('keeps following the name through several renames', () => {
    const editor = harness();
    editor.actions.addProcess();
    editor.actions.updateProcess('new-process', { name: 'Audit' });
    editor.actions.updateProcess('audit', { name: 'Internal audit' });
    expect(editor.map.processes.at(-1)!.id).toBe('internal-audit');
  });

  it('never takes an id another process has', () => {
    const editor = harness();
    const id = editor.actions.addProcess();
    editor.actions.updateProcess(id, { name: 'Risk' });
    expect(editor.map.processes.map((p) => p.id)).toEqual(['plan', 'risk', 'treat', 'risk-2']);
  });

  it('leaves the id of a process the map was opened with alone', () => {
    const editor = harness();
    editor.actions.updateProcess('plan', { name: 'Risk planning' });
    expect(editor.processById('plan')?.name).toBe('Risk planning');
  });

  it('stops following the name once the map is saved or exported', () => {
    const editor = harness();
    const id = editor.actions.addProcess();
    editor.actions.markSaved('test.procmap.json');
    editor.actions.updateProcess(id, { name: 'Supplier review' });
    expect(editor.processById(id)?.name).toBe('Supplier review');
  });

  it('also lets a duplicate take its id from its new name', () => {
    const editor = harness();
    const [copy] = editor.actions.duplicateProcesses(['plan']);
    editor.actions.updateProcess(copy!, { name: 'Plan B' });
    expect(editor.processById('plan-b')).toBeDefined();
  });
});

describe('the saved file name', () => {
  it('comes from the title for a map the editor made', () => {
    const map = { ...chainMap(), title: 'ACME ISMS: 2027' };
    expect(saveFileName(map, 'untitled.procmap.json')).toBe('ACME ISMS- 2027.procmap.json');
    expect(saveFileName(map, 'isms.procmap.json')).toBe('ACME ISMS- 2027.procmap.json');
  });

  it('keeps the name of the file the map was opened from', () => {
    expect(saveFileName({ ...chainMap(), title: 'Other' }, 'mine.yaml')).toBe('mine.procmap.json');
  });
});
