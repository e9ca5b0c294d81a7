import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from '../../../src/store/editor-store';
import { selectDerived } from '../../../src/store/derived';
import { harness, mapOf, process } from './harness';

describe('undo history', () => {
  it('makes a whole drag one step: the canvas commits the final positions once', () => {
    // given a map and a drag of all three nodes that ends 200 px lower
    const editor = harness();
    const start = editor.map.positions;
    const end = Object.fromEntries(
      Object.entries(start).map(([id, p]) => [id, { x: p.x, y: p.y + 200 }]),
    );
    // when the drag stops
    editor.actions.moveProcesses(end);
    // then one undo puts every node back
    expect(editor.undoSteps).toBe(1);
    editor.actions.undo();
    expect(editor.map.positions).toEqual(start);
    expect(editor.undoSteps).toBe(0);
  });

  it('clears the redo steps when a new edit follows an undo', () => {
    const editor = harness();
    editor.actions.updateProcess('plan', { owner: 'A' });
    editor.actions.updateProcess('plan', { owner: 'B' });
    editor.actions.undo();
    expect(editor.redoSteps).toBe(1);
    editor.actions.updateProcess('plan', { owner: 'C' });
    expect(editor.redoSteps).toBe(0);
    editor.actions.redo();
    expect(editor.processById('plan')?.owner).toBe('C');
  });

  it('does nothing on undo or redo when there is nothing to undo or redo', () => {
    const editor = harness();
    const before = editor.map;
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.map).toBe(before);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const editor = harness();
    for (let i = 0; i < HISTORY_LIMIT + 25; i += 1)
      editor.actions.updateProcess('plan', { owner: `Owner ${i}` });
    expect(editor.undoSteps).toBe(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i += 1) editor.actions.undo();
    expect(editor.processById('plan')?.owner).toBe('Owner 24');
  });

  it('does not record save status changes', () => {
    const editor = harness();
    editor.store.setState({ saveStatus: 'saving' });
    editor.store.setState({ saveStatus: 'error', saveError: 'full' });
    expect(editor.undoSteps).toBe(0);
  });

  it('drops ids from the selection that undo removed', () => {
    const editor = harness();
    const copies = editor.actions.duplicateProcesses(['plan']);
    editor.actions.select(['plan', ...copies]);
    editor.actions.undo();
    expect(editor.state.selection).toEqual(['plan']);
  });
});

describe('identity of untouched data', () => {
  it('keeps every untouched process as the same object when one process is edited', () => {
    // given the chain
    const editor = harness();
    const [plan, risk, treat] = editor.map.processes;
    // when only risk changes
    editor.actions.updateProcess('risk', { owner: 'Risk manager' });
    // then plan and treat are the very same objects, risk is new
    const [plan2, risk2, treat2] = editor.map.processes;
    expect(plan2).toBe(plan);
    expect(treat2).toBe(treat);
    expect(risk2).not.toBe(risk);
  });

  it('keeps the processes array itself when only positions, layout, metadata or direction change', () => {
    const editor = harness();
    const processes = editor.map.processes;
    editor.actions.moveProcesses({ plan: { x: 5, y: 5 } });
    editor.actions.applyLayout({
      direction: 'RIGHT',
      positions: { risk: { x: 1, y: 1 } },
      routes: {},
      bounds: { x: 0, y: 0, width: 1, height: 1 },
    });
    editor.actions.setMapMeta({ title: 'Renamed' });
    editor.actions.setDirection('DOWN');
    editor.actions.select(['plan']);
    expect(editor.map.processes).toBe(processes);
  });

  it('keeps other processes when a matching input is renamed with its output', () => {
    const editor = harness(
      mapOf(process('a', [], ['X']), process('b', ['X']), process('c', ['Y'])),
    );
    const c = editor.processById('c');
    editor.actions.renameArtifact('a', 'out', 0, 'Z', { renameMatchingInputs: true });
    expect(editor.processById('c')).toBe(c);
  });
});

describe('derived flows and problems', () => {
  it('draws a flow when an input matches an output and removes it when the input goes', () => {
    // given a producer of "Audit report" and a process without inputs
    const editor = harness(mapOf(process('audit', [], ['Audit report']), process('review')));
    expect(selectDerived(editor.state).flows).toEqual([]);
    // when review gets the input
    editor.actions.updateProcess('review', { inputs: ['audit REPORT'] });
    // then a flow labelled with the producer's spelling appears
    expect(selectDerived(editor.state).flows).toEqual([
      {
        id: 'audit->review:audit report',
        from: 'audit',
        to: 'review',
        key: 'audit report',
        artifact: 'Audit report',
      },
    ]);
    // and it vanishes when the input is removed
    editor.actions.updateProcess('review', { inputs: [] });
    expect(selectDerived(editor.state).flows).toEqual([]);
  });

  it('recomputes only when processes change', () => {
    const editor = harness();
    const first = selectDerived(editor.state);
    editor.actions.moveProcesses({ plan: { x: 9, y: 9 } });
    editor.actions.select(['risk']);
    expect(selectDerived(editor.state)).toBe(first);
    editor.actions.updateProcess('plan', { owner: 'CISO' });
    expect(selectDerived(editor.state)).not.toBe(first);
  });

  it('groups problems by the process they are about', () => {
    // given a process without an owner and an input nobody produces
    const editor = harness(mapOf(process('a', ['Nothing'], [], { owner: undefined })));
    const { problems, problemsByProcess } = selectDerived(editor.state);
    const codes = (problemsByProcess.get('a') ?? []).map((p) => p.code).sort();
    expect(codes).toEqual([
      'missing-owner',
      'no-activities',
      'no-kpi',
      'no-records',
      'unresolved-input',
    ]);
    expect(problems.filter((p) => p.process === 'a')).toHaveLength(5);
  });

  it('gives undo its flows back', () => {
    const editor = harness();
    editor.actions.deleteProcesses(['plan', 'risk', 'treat']);
    expect(selectDerived(editor.state).flows).toEqual([]);
    editor.actions.undo();
    expect(selectDerived(editor.state).flows.map((f) => f.id)).toEqual([
      'plan->risk:risk criteria',
      'risk->treat:risk register',
    ]);
  });
});
