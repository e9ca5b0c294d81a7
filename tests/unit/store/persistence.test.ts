import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayoutResult } from '../../../src/layout/types';
import { serializeMap } from '../../../src/model/serialize';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_KEY,
  loadStartupEditor,
  readSaved,
  restoreSaved,
  startAutosave,
  type KeyValueStorage,
} from '../../../src/store/persistence';
import { FakeStorage } from './fake-storage';
import { chainMap, harness } from './harness';

const layout: LayoutResult = {
  direction: 'RIGHT',
  positions: { plan: { x: 0, y: 0 } },
  routes: {
    'plan->risk': [
      { x: 1, y: 2 },
      { x: 3, y: 2 },
    ],
  },
  bounds: { x: 0, y: 0, width: 10, height: 10 },
};

describe('autosave', () => {
  let storage: FakeStorage;
  let editor: ReturnType<typeof harness>;
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    storage = new FakeStorage();
    editor = harness();
    stop = startAutosave(editor.store, storage);
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('writes once, after the last of several quick changes', async () => {
    // when three edits come in quick succession
    editor.actions.updateProcess('plan', { owner: 'A' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    editor.actions.updateProcess('plan', { owner: 'B' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    editor.actions.updateProcess('plan', { owner: 'C' });
    // then nothing is written while they keep coming, and the status says saving
    expect(storage.writes).toBe(0);
    expect(editor.state.saveStatus).toBe('saving');
    // and one write follows the quiet time, with the last state
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(storage.writes).toBe(1);
    expect(editor.state.saveStatus).toBe('saved');
    expect((await restoreSaved(storage))?.map.processes[0]?.owner).toBe('C');
  });

  it('does not write for selection or notices, only for map and layout changes', async () => {
    editor.actions.select(['plan']);
    editor.actions.showNotice({ kind: 'info', title: 't', message: 'm' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(storage.writes).toBe(0);
    expect(editor.state.saveStatus).toBe('idle');
    editor.actions.applyLayout(layout);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(storage.writes).toBe(1);
  });

  it('keeps the map in memory and says so when the storage is full, then retries on the next change', async () => {
    // given a storage that is full
    storage.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    // when an edit is saved
    editor.actions.updateProcess('plan', { owner: 'Kept' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    // then the status is an error with a clear message, and the edit is still on screen
    expect(editor.state.saveStatus).toBe('error');
    expect(editor.state.saveError).toMatch(/storage is full/);
    expect(editor.state.saveError).toMatch(/Save to download/);
    expect(editor.processById('plan')?.owner).toBe('Kept');
    // when space is freed and the user edits again
    storage.failWith = undefined;
    editor.actions.updateProcess('risk', { owner: 'Next' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    // then both edits are saved and the error is gone
    expect(editor.state.saveStatus).toBe('saved');
    expect(editor.state.saveError).toBeUndefined();
    const restored = await restoreSaved(storage);
    expect(restored?.map.processes.map((p) => p.owner)).toEqual(['Kept', 'Next', 'Owner']);
  });

  it('explains a storage the browser does not allow', async () => {
    storage.failWith = new DOMException('The operation is insecure.', 'SecurityError');
    editor.actions.updateProcess('plan', { owner: 'X' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(editor.state.saveError).toMatch(/does not allow saving here/);
  });

  it('writes at once when the page is hidden', async () => {
    // given a page whose window and document can be hidden
    stop();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', doc);
    try {
      stop = startAutosave(editor.store, storage);
      editor.actions.updateProcess('plan', { owner: 'Before hiding' });
      // when the tab is hidden before the quiet time is over
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(0);
      // then the change is already written
      expect(storage.writes).toBe(1);
      editor.actions.updateProcess('plan', { owner: 'Before closing' });
      win.dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(0);
      expect(storage.writes).toBe(2);
    } finally {
      stop();
      vi.unstubAllGlobals();
    }
  });

  it('stops writing once stopped', async () => {
    stop();
    editor.actions.updateProcess('plan', { owner: 'Late' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(storage.writes).toBe(0);
  });

  it('restores what it saved: the map, its layout and its file name', async () => {
    editor.actions.moveProcesses({ plan: { x: 42, y: 7 } });
    editor.actions.applyLayout(layout);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    const restored = await restoreSaved(storage);
    expect(restored?.map).toEqual(editor.map);
    expect(restored?.layout).toEqual(layout);
    expect(restored?.fileName).toBe('test.procmap.json');
  });
});

describe('restoring', () => {
  async function withStored(value: unknown): Promise<FakeStorage> {
    const storage = new FakeStorage();
    await storage.set(AUTOSAVE_KEY, value);
    return storage;
  }
  const record = (map: string, extra = {}) => ({
    kind: 'procmap-autosave',
    map,
    fileName: 'a.procmap.json',
    savedAt: '',
    ...extra,
  });

  it('gives nothing, and says it is empty, when nothing was saved', async () => {
    const storage = new FakeStorage();
    expect(await restoreSaved(storage)).toBeUndefined();
    expect(await readSaved(storage)).toEqual({ status: 'empty' });
  });

  it.each([
    ['a string', 'garbage'],
    ['another program’s record', { kind: 'something-else', map: '{}' }],
    ['a damaged map', record('{"procmap": 1, "processes": [')],
    ['a map from a newer version', record('{"procmap": 99, "processes": []}')],
  ])('gives nothing for %s, and a reason', async (_what, value) => {
    const storage = await withStored(value);
    expect(await restoreSaved(storage)).toBeUndefined();
    const result = await readSaved(storage);
    expect(result.status).toBe('corrupt');
    expect(result.status === 'corrupt' && result.reason.length).toBeGreaterThan(10);
  });

  it('never throws when the storage itself fails', async () => {
    const broken: KeyValueStorage = {
      get: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
      set: () => Promise.resolve(),
    };
    await expect(restoreSaved(broken)).resolves.toBeUndefined();
  });

  it('keeps the routes of a layout saved when every flow had an arrow of its own', async () => {
    // given a layout whose route is by flow id, as saved before one arrow per pair
    const route = layout.routes['plan->risk']!;
    const old = { ...layout, routes: { 'plan->risk:risk criteria': route } };
    const storage = await withStored(record(serializeMap(chainMap(), 'json'), { layout: old }));
    // when it is restored
    const restored = await restoreSaved(storage);
    // then the arrow from plan to risk keeps that route
    expect(restored?.layout?.routes).toEqual({ 'plan->risk': route });
    expect(restored?.layout?.positions).toEqual(layout.positions);
  });

  it('keeps the map and drops a layout that is not a layout', async () => {
    const storage = await withStored(
      record(serializeMap(chainMap(), 'json'), { layout: { routes: 5 } }),
    );
    const restored = await restoreSaved(storage);
    expect(restored?.map.processes).toHaveLength(3);
    expect(restored?.layout).toBeUndefined();
  });

  it('opens the starter map and says why when the saved map is damaged', async () => {
    const { data, found } = await loadStartupEditor(await withStored('garbage'));
    expect(data.map.processes.length).toBeGreaterThanOrEqual(15);
    expect(found.unreadable?.reason).toBe('the saved data is not a ProcMap map');
  });

  it('opens the starter map without a notice the first time, and the saved map after', async () => {
    const first = await loadStartupEditor(new FakeStorage());
    expect(first.found).toEqual({});
    expect(first.data.fileName).toBe('isms.procmap.json');
    const saved = await loadStartupEditor(
      await withStored(record(serializeMap(chainMap(), 'json'))),
    );
    expect(saved.data.map.processes.map((p) => p.id)).toEqual(['plan', 'risk', 'treat']);
    expect(saved.data.fileName).toBe('a.procmap.json');
  });
});
