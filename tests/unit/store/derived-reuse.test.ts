import { describe, expect, it } from 'vitest';
import { deriveModel } from '../../../src/model/derive';
import { createEditorStore } from '../../../src/store/editor-store';
import { selectDerived } from '../../../src/store/derived';
import { generateMap } from '../../../bench/generate-map';

describe('derived model across edits', () => {
  it('keeps the flows array when a rename leaves every input and output as it was', () => {
    // given an editor with a generated map and its derived model
    const store = createEditorStore({ map: generateMap(60, 4) });
    const before = selectDerived(store.getState());

    // when a process is renamed to the name of another one
    const other = store.getState().map.processes[1]!.name;
    store.getState().actions.updateProcess('p1', { name: other });
    const after = selectDerived(store.getState());

    // then the flows are the very same array, and the problems are those of the new map
    expect(after.flows).toBe(before.flows);
    expect(after.problems).toEqual(deriveModel(store.getState().map).problems);
    expect(after.problems.some((p) => p.code === 'duplicate-name')).toBe(true);
    expect(after.index.spelling).toEqual(deriveModel(store.getState().map).index.spelling);
  });

  it('derives new flows when an output changes', () => {
    // given an editor with a generated map
    const store = createEditorStore({ map: generateMap(60, 4) });
    const before = selectDerived(store.getState());
    const consumer = store.getState().map.processes[5]!;

    // when a process outputs what another one takes as input
    store.getState().actions.updateProcess('p1', { outputs: [consumer.inputs[0]!] });
    const after = selectDerived(store.getState());

    // then the flows are derived again and match the map
    expect(after.flows).not.toBe(before.flows);
    expect(after).toMatchObject(deriveModel(store.getState().map));
    expect(after.flows.some((f) => f.from === 'p1' && f.to === consumer.id)).toBe(true);
  });
});
