import {
  createEditorStore,
  type EditorData,
  type EditorState,
} from '../../../src/store/editor-store';
import type { Process, ProcessMap } from '../../../src/model/types';
import { bareProcess } from '../support/maps';

/** A process with only what a test cares about, and an owner. */
export function process(
  id: string,
  inputs: string[] = [],
  outputs: string[] = [],
  extra: Partial<Process> = {},
): Process {
  return bareProcess(id, inputs, outputs, { owner: 'Owner', ...extra });
}

/** A map of the given processes, each placed in a row 300 px apart. */
export function mapOf(...processes: Process[]): ProcessMap {
  return {
    procmap: 1,
    title: 'Test map',
    layout: { direction: 'RIGHT' },
    processes,
    positions: Object.fromEntries(processes.map((p, i) => [p.id, { x: i * 300, y: 0 }])),
  };
}

/** plan → risk → treat: two flows, "Risk criteria" and "Risk register". */
export function chainMap(): ProcessMap {
  return mapOf(
    process('plan', [], ['Risk criteria']),
    process('risk', ['Risk criteria'], ['Risk register']),
    process('treat', ['Risk register'], ['Treatment plan']),
  );
}

/**
 * Drives one editor store the way the UI does and reads back what a test checks.
 *
 * @example const editor = harness(chainMap()); editor.actions.undo();
 */
export function harness(map: ProcessMap = chainMap(), extra: Partial<EditorData> = {}) {
  const store = createEditorStore({ map, fileName: 'test.procmap.json', ...extra });
  return {
    store,
    get state(): EditorState {
      return store.getState();
    },
    get actions() {
      return store.getState().actions;
    },
    get map(): ProcessMap {
      return store.getState().map;
    },
    processById(id: string): Process | undefined {
      return store.getState().map.processes.find((p) => p.id === id);
    },
    /** How many undo steps are recorded. */
    get undoSteps(): number {
      return store.temporal.getState().pastStates.length;
    },
    get redoSteps(): number {
      return store.temporal.getState().futureStates.length;
    },
  };
}
