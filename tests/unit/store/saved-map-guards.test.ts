import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeMap } from '../../../src/model/serialize';
import { createEditorStore } from '../../../src/store/editor-store';
import type { TabChannel } from '../../../src/store/other-tabs';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_KEY,
  loadStartupEditor,
  restoreSaved,
  startAutosave,
  UNREADABLE_KEY_PREFIX,
} from '../../../src/store/persistence';
import { FakeStorage } from './fake-storage';
import { chainMap, mapOf, process } from './harness';

/** BroadcastChannel between fake tabs: a post reaches every other tab. */
function channelHub() {
  const listeners = new Set<(stamp: string) => void>();
  return (): TabChannel => {
    let mine: ((stamp: string) => void) | undefined;
    return {
      post: (stamp) => listeners.forEach((l) => l !== mine && l(stamp)),
      listen(onSaved) {
        mine = onSaved;
        listeners.add(onSaved);
        return () => listeners.delete(onSaved);
      },
    };
  };
}

const record = (map: string) => ({
  kind: 'procmap-autosave',
  map,
  fileName: 'mine.procmap.json',
  savedAt: '2026-12-01T00:00:00.000Z',
});

const usersMap = () => mapOf(process('user-a', [], ['X']), process('user-b', ['X']));

/** Starts an editor the way main.tsx does, on this storage. */
async function openTab(storage: FakeStorage, extra: Parameters<typeof startAutosave>[2] = {}) {
  const { data, found } = await loadStartupEditor(storage);
  const store = createEditorStore(data);
  const downloads: { text: string; fileName: string }[] = [];
  const reloads: number[] = [];
  const stop = startAutosave(store, storage, {
    found,
    download: (text, fileName) => downloads.push({ text, fileName }),
    reload: () => reloads.push(1),
    ...extra,
  });
  return { store, stop, downloads, reloads, found };
}

const stops: (() => void)[] = [];
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
});

async function settle() {
  await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
}

describe('a saved map the editor cannot read at start-up', () => {
  it('is read again when the first read of the storage fails, and opens', async () => {
    // given the user's map is saved and IndexedDB fails the first read
    const storage = new FakeStorage();
    await storage.set(AUTOSAVE_KEY, record(serializeMap(usersMap(), 'json')));
    storage.failReads = 1;
    // when the editor starts
    const opening = loadStartupEditor(storage);
    await vi.advanceTimersByTimeAsync(1000);
    const { data } = await opening;
    // then it opens the user's map, not the starter map
    expect(data.map.processes.map((p) => p.id)).toEqual(['user-a', 'user-b']);
  });

  it('is never written over while the storage cannot be read, until the user chooses', async () => {
    // given the storage fails every read at start-up
    const storage = new FakeStorage();
    await storage.set(AUTOSAVE_KEY, record(serializeMap(usersMap(), 'json')));
    storage.failReads = 2;
    const opening = openTab(storage);
    await vi.advanceTimersByTimeAsync(1000);
    const tab = await opening;
    stops.push(tab.stop);
    // when the starter map opens and the user edits it
    tab.store.getState().actions.addProcess({ name: 'Edited on the starter' });
    await settle();
    // then the user's map is still what is stored, and the editor says it is not saving
    expect((await restoreSaved(storage))?.map).toEqual(usersMap());
    expect(tab.store.getState().saveStatus).toBe('error');
    expect(tab.store.getState().notice?.title).toBe('The saved map could not be opened');
    // and once the user chooses to save this map instead, it is saved
    const saveHere = tab.store.getState().notice!.actions!.find((a) => /instead/.test(a.label))!;
    saveHere.run();
    await settle();
    expect((await restoreSaved(storage))?.map.processes.at(-1)?.name).toBe('Edited on the starter');
    expect(tab.store.getState().saveStatus).toBe('saved');
  });

  it('is kept aside and offered for download when it comes from a newer ProcMap', async () => {
    // given the stored record is a map of a newer format
    const storage = new FakeStorage();
    const newer = '{"procmap": 7, "processes": [{"name": "Future"}]}';
    await storage.set(AUTOSAVE_KEY, record(newer));
    // when the editor starts, and the user works on the starter map for a while
    const tab = await openTab(storage);
    stops.push(tab.stop);
    tab.store.getState().actions.addProcess({ name: 'Something' });
    await settle();
    // then the record is untouched where it was, and a copy is kept under its own key
    expect(storage.values.get(AUTOSAVE_KEY)).toEqual(record(newer));
    const aside = [...storage.values.keys()].filter((k) => k.startsWith(UNREADABLE_KEY_PREFIX));
    expect(aside).toHaveLength(1);
    expect(storage.values.get(aside[0]!)).toEqual(record(newer));
    // and the notice offers it for download, as the text of the map
    const notice = tab.store.getState().notice!;
    expect(notice.message).toContain('made by a newer ProcMap (format 7)');
    notice.actions!.find((a) => /Download/.test(a.label))!.run();
    expect(tab.downloads).toEqual([{ text: newer, fileName: 'unreadable-saved-map.procmap.json' }]);
  });
});

describe('two tabs on one saved map', () => {
  it('never lets the later tab write over the earlier tab’s save, and tells it at once', async () => {
    // given two tabs opened the same saved map
    const storage = new FakeStorage();
    await storage.set(AUTOSAVE_KEY, record(serializeMap(chainMap(), 'json')));
    const hub = channelHub();
    const first = await openTab(storage, { channel: hub() });
    const second = await openTab(storage, { channel: hub() });
    stops.push(first.stop, second.stop);
    // when the first tab saves an edit
    first.store.getState().actions.updateProcess('plan', { owner: 'First tab' });
    await settle();
    // then the second tab is told, with a way to keep its own map and to reload
    expect(second.store.getState().notice?.title).toBe('This map was changed in another tab');
    expect(second.store.getState().saveStatus).toBe('error');
    // and an edit in the second tab does not replace the first tab's save
    second.store.getState().actions.updateProcess('plan', { owner: 'Second tab' });
    await settle();
    expect((await restoreSaved(storage))?.map.processes[0]?.owner).toBe('First tab');
    const actions = second.store.getState().notice!.actions!;
    actions.find((a) => /Download/.test(a.label))!.run();
    expect(second.downloads[0]?.text).toContain('Second tab');
    actions.find((a) => a.label === 'Reload')!.run();
    expect(second.reloads).toHaveLength(1);
    // while the first tab goes on saving
    first.store.getState().actions.updateProcess('plan', { owner: 'First tab again' });
    await settle();
    expect((await restoreSaved(storage))?.map.processes[0]?.owner).toBe('First tab again');
    expect(first.store.getState().saveStatus).toBe('saved');
  });

  it('finds the other tab’s save when writing, where tabs cannot message each other', async () => {
    const storage = new FakeStorage();
    await storage.set(AUTOSAVE_KEY, record(serializeMap(chainMap(), 'json')));
    const first = await openTab(storage);
    const second = await openTab(storage);
    stops.push(first.stop, second.stop);
    first.store.getState().actions.updateProcess('plan', { owner: 'First tab' });
    await settle();
    second.store.getState().actions.updateProcess('plan', { owner: 'Second tab' });
    await settle();
    expect((await restoreSaved(storage))?.map.processes[0]?.owner).toBe('First tab');
    expect(second.store.getState().notice?.title).toBe('This map was changed in another tab');
  });
});

describe('a page that closes', () => {
  it('writes its last change at once, without first waiting to read the storage', async () => {
    // given a storage whose reads are slow, and a change still in its quiet time
    const storage = new FakeStorage();
    storage.get = () => new Promise<unknown>(() => undefined);
    const win = new EventTarget();
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
    try {
      const store = createEditorStore({ map: chainMap() });
      stops.push(startAutosave(store, storage, { channel: channelHub()() }));
      store.getState().actions.updateProcess('plan', { owner: 'Last words' });
      // when the page closes
      win.dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(0);
      // then the change is written all the same
      expect(JSON.stringify(storage.values.get(AUTOSAVE_KEY))).toContain('Last words');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
