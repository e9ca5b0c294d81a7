import { get as idbGet, set as idbSet } from 'idb-keyval';
import type { LayoutResult } from '../layout/types';
import { withLinkRoutes } from '../layout/routes';
import { deriveFlows } from '../model/flows';
import { deriveLinks } from '../model/links';
import { downloadBlob } from '../export/download';
import { parseMap } from '../model/parse';
import { serializeMap } from '../model/serialize';
import { starterMap } from '../model/starter';
import type { EditorData, EditorStore } from './editor-store';
import { mapFileName } from './files';
import { broadcastChannel, stampMaker, webLock, type TabChannel, type TabLock } from './other-tabs';

/** Where the autosave goes: IndexedDB in the app, a fake in tests. */
export interface KeyValueStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** The one IndexedDB key the editor's map is kept under. */
export const AUTOSAVE_KEY = 'procmap:autosave';
/** Quiet time after the last change before the map is written. */
export const AUTOSAVE_DELAY_MS = 400;

/** IndexedDB through idb-keyval (its default database and store). */
export const indexedDbStorage: KeyValueStorage = {
  get: (key) => idbGet(key),
  set: (key, value) => idbSet(key, value),
};

/** What is stored: the map as its own file text, so restoring goes through the file parser. */
interface SavedRecord {
  kind: 'procmap-autosave';
  map: string;
  fileName: string;
  layout?: LayoutResult;
  savedAt: string;
  /** Which write this is: a tab writes only over the record it last read or wrote. */
  stamp?: string;
}

/** A restored editor: the map, its last layout when still valid, and the file name it had. */
export type SavedEditor = EditorData & { fileName?: string };

/** A stored record the editor could not use, kept until the user decides what becomes of it. */
export interface UnreadableSave {
  /** Why, as the end of a sentence: "the saved map is damaged (…)". */
  reason: string;
  /** The record as text, to download; absent when the storage itself could not be read. */
  text?: string;
  /** The key it was also copied to, so it survives even once the user saves over it. */
  keptAs?: string;
}

export type ReadSavedResult =
  | { status: 'empty' }
  | { status: 'ok'; data: SavedEditor; stamp?: string }
  | { status: 'corrupt'; reason: string; value?: unknown; stamp?: string }
  | { status: 'unreadable'; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLayout(value: unknown): value is LayoutResult {
  return (
    isRecord(value) &&
    (value.direction === 'BANDS' || value.direction === 'RIGHT' || value.direction === 'DOWN') &&
    isRecord(value.positions) &&
    isRecord(value.routes) &&
    isRecord(value.bounds)
  );
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function stampOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.stamp === 'string' ? value.stamp : undefined;
}

/** How long to wait before reading the storage a second time, when the first read failed. */
const RETRY_READ_MS = 200;

/** The stored record; a read that fails is tried once more (IndexedDB can fail once while it opens). */
async function getRecord(storage: KeyValueStorage): Promise<unknown> {
  try {
    return await storage.get(AUTOSAVE_KEY);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, RETRY_READ_MS));
    return storage.get(AUTOSAVE_KEY);
  }
}

/**
 * Reads the autosaved map and says why when there is none or it is unusable. Never
 * throws: a storage that cannot be read twice is `unreadable`, data that is not a map this
 * version reads is `corrupt` (with the stored value, to keep).
 */
export async function readSaved(
  storage: KeyValueStorage = indexedDbStorage,
): Promise<ReadSavedResult> {
  let value: unknown;
  try {
    value = await getRecord(storage);
  } catch (error) {
    return {
      status: 'unreadable',
      reason: `the browser storage could not be read (${describeError(error)})`,
    };
  }
  if (value === undefined) return { status: 'empty' };
  const stamp = stampOf(value);
  if (!isRecord(value) || value.kind !== 'procmap-autosave' || typeof value.map !== 'string') {
    return { status: 'corrupt', reason: 'the saved data is not a ProcMap map', value, stamp };
  }
  const parsed = parseMap(value.map);
  if (!parsed.ok)
    return {
      status: 'corrupt',
      reason: `the saved map is damaged (${parsed.error.message})`,
      value,
      stamp,
    };
  const data: SavedEditor = { map: parsed.map };
  // A layout saved before flows shared one arrow per pair of processes keeps its routes.
  if (isLayout(value.layout))
    data.layout = withLinkRoutes(value.layout, deriveLinks(deriveFlows(parsed.map.processes)));
  if (typeof value.fileName === 'string' && value.fileName.trim() !== '')
    data.fileName = value.fileName;
  return { status: 'ok', data, stamp };
}

/**
 * The autosaved editor, or undefined when nothing usable is stored (nothing saved, damaged
 * data, storage unavailable). Never throws; use {@link readSaved} for the reason.
 */
export async function restoreSaved(
  storage: KeyValueStorage = indexedDbStorage,
): Promise<SavedEditor | undefined> {
  const result = await readSaved(storage);
  return result.status === 'ok' ? result.data : undefined;
}

/** The file name the starter map opens under. */
export const STARTER_FILE_NAME = 'isms.procmap.json';

/** Where an unreadable record is copied at start-up, before anything could replace it. */
export const UNREADABLE_KEY_PREFIX = 'procmap:unreadable:';

/** What the storage held when the editor started: hand it to {@link startAutosave}. */
export interface FoundSave {
  /** The stamp of the stored record, which this tab may write over. */
  stamp?: string;
  /** A stored map that could not be used: autosave writes nothing until the user decides. */
  unreadable?: UnreadableSave;
}

function recordText(value: unknown): string | undefined {
  if (isRecord(value) && typeof value.map === 'string') return value.map;
  try {
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * What the editor opens on: the autosaved map, else the starter map. When a saved map
 * existed but could not be used, it is copied aside under its own key and `found.unreadable`
 * says why; {@link startAutosave} then writes nothing over it until the user chooses.
 * Never throws.
 *
 * @example
 * const { data, found } = await loadStartupEditor();
 * const store = createEditorStore(data);
 * startAutosave(store, indexedDbStorage, { found });
 */
export async function loadStartupEditor(
  storage: KeyValueStorage = indexedDbStorage,
): Promise<{ data: SavedEditor; found: FoundSave }> {
  const saved = await readSaved(storage);
  if (saved.status === 'ok') return { data: saved.data, found: { stamp: saved.stamp } };
  const data: SavedEditor = { map: starterMap(), fileName: STARTER_FILE_NAME };
  if (saved.status === 'empty') return { data, found: {} };
  if (saved.status === 'unreadable')
    return { data, found: { unreadable: { reason: saved.reason } } };
  const unreadable: UnreadableSave = { reason: saved.reason, text: recordText(saved.value) };
  const keptAs = `${UNREADABLE_KEY_PREFIX}${new Date().toISOString()}`;
  try {
    await storage.set(keptAs, saved.value);
    unreadable.keptAs = keptAs;
  } catch {
    // Still held in place: autosave does not write over it until the user chooses.
  }
  return { data, found: { stamp: saved.stamp, unreadable } };
}

/** A message a user can act on, for a write that failed. */
export function saveErrorMessage(error: unknown): string {
  const name = isRecord(error) && typeof error.name === 'string' ? error.name : '';
  const keep = 'Your work stays open in this tab; use Save to download a copy.';
  if (name === 'QuotaExceededError')
    return `The browser's storage is full, so the map was not saved in the browser. ${keep}`;
  if (
    name === 'SecurityError' ||
    name === 'InvalidStateError' ||
    typeof indexedDB === 'undefined'
  ) {
    return `This browser does not allow saving here (private mode or storage turned off), so the map was not saved in the browser. ${keep}`;
  }
  return `The map could not be saved in the browser (${describeError(error)}). ${keep}`;
}

export interface AutosaveOptions {
  delayMs?: number;
  /** What the storage held at start-up (from {@link loadStartupEditor}); nothing, when absent. */
  found?: FoundSave;
  /** How this tab hears of other tabs' saves; the BroadcastChannel in a browser. */
  channel?: TabChannel;
  /** Keeps the check and the write of one tab apart from another's; a Web Lock in a browser. */
  lock?: TabLock;
  /** Saves a file for the user (the unreadable record, this tab's map). */
  download?: (text: string, fileName: string) => void;
  /** Reloads the page (after another tab saved). */
  reload?: () => void;
}

function downloadText(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
}

/**
 * Saves the map and layout ~400 ms after the last change, and at once when the page is
 * hidden or closed. Sets `saveStatus` (`saving` while a change waits or is written,
 * `saved`, or `error` with `saveError`); a failed write keeps the map in memory and is
 * retried on the next change. Returns a function that stops autosaving.
 *
 * Nothing the user made is written over: a stored map that could not be read at start-up
 * (`found.unreadable`) is offered for download and kept until the user chooses to save
 * this map instead; a record another tab saved since this tab read it is never replaced,
 * and this tab says so (with Reload and a download of its own map) as soon as it hears of it.
 *
 * @example
 * const { data, found } = await loadStartupEditor();
 * const store = createEditorStore(data);
 * const stop = startAutosave(store, indexedDbStorage, { found });
 */
export function startAutosave(
  store: EditorStore,
  storage: KeyValueStorage = indexedDbStorage,
  options: AutosaveOptions = {},
): () => void {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const lock = options.lock ?? webLock;
  const channel = options.channel ?? broadcastChannel();
  const download = options.download ?? downloadText;
  const reload = options.reload ?? (() => window.location.reload());
  const nextStamp = stampMaker();
  let saved: EditorData = { map: store.getState().map, layout: store.getState().layout };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** The stamp of the record this tab may write over. */
  let known = options.found?.stamp;
  /** Why this tab does not write now (an unreadable record, another tab's save), if so. */
  let held: string | undefined;
  /** The user chose to save this map over whatever is stored. */
  let overwrite = false;

  const isSaved = () => {
    const { map, layout } = store.getState();
    return map === saved.map && layout === saved.layout;
  };

  const hold = (reason: string) => {
    held = reason;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    store.setState({ saveStatus: 'error', saveError: reason });
  };

  const downloadThisMap = () => {
    const { map, fileName } = store.getState();
    download(serializeMap(map, 'json'), mapFileName(fileName));
  };

  const anotherTabSaved = () => {
    if (held) return;
    hold(
      'Another tab saved this map in the browser after this tab opened it, so this tab no longer saves there.',
    );
    store.getState().actions.showNotice({
      kind: 'error',
      title: 'This map was changed in another tab',
      message:
        'Nothing was written over the other tab’s work. Reload to see the map as it was saved there; download this tab’s map first to keep the changes made here.',
      actions: [
        { label: 'Download this tab’s map', run: downloadThisMap },
        { label: 'Reload', run: reload },
      ],
    });
  };

  /**
   * Writes the map unless another tab saved since this one read or wrote. `checked` false
   * is for a page that is closing: no time to ask first, and any other tab's save has been
   * heard of already (this tab is then held and writes nothing).
   */
  const write = async (checked = true) => {
    timer = undefined;
    if (stopped || held || (!overwrite && isSaved())) return;
    const { map, layout, fileName } = store.getState();
    const stamp = nextStamp();
    const record: SavedRecord = {
      kind: 'procmap-autosave',
      map: serializeMap(map, 'json'),
      fileName,
      savedAt: new Date().toISOString(),
      stamp,
    };
    if (layout) record.layout = layout;
    const put = async () => {
      await storage.set(AUTOSAVE_KEY, record);
      return true;
    };
    const putUnlessAnotherTabSaved = async () =>
      !overwrite && stampOf(await storage.get(AUTOSAVE_KEY)) !== known ? false : put();
    let written: boolean;
    try {
      written = checked ? await lock(putUnlessAnotherTabSaved) : await put();
    } catch (error) {
      if (!stopped) store.setState({ saveStatus: 'error', saveError: saveErrorMessage(error) });
      return;
    }
    if (!written) {
      if (!stopped) anotherTabSaved();
      return;
    }
    known = stamp;
    overwrite = false;
    channel?.post(stamp);
    saved = { map, layout };
    // A change that came in while writing has its own timer; it will report `saved` itself.
    if (!stopped && isSaved()) store.setState({ saveStatus: 'saved', saveError: undefined });
  };

  const schedule = () => {
    if (held) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void write(), delay);
    if (store.getState().saveStatus !== 'saving') store.setState({ saveStatus: 'saving' });
  };

  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    void write(false);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.map === previous.map && state.layout === previous.layout) return;
    if (isSaved()) return;
    schedule();
  });

  const unreadable = options.found?.unreadable;
  if (unreadable) {
    hold(
      'A map saved in this browser could not be read, so nothing is saved over it until you choose.',
    );
    const saveHere = () => {
      held = undefined;
      overwrite = true;
      store.getState().actions.dismissNotice();
      schedule();
    };
    const actions = [{ label: 'Save this map in the browser instead', run: saveHere }];
    const text = unreadable.text;
    if (text !== undefined)
      actions.unshift({
        label: 'Download the saved map',
        run: () => download(text, 'unreadable-saved-map.procmap.json'),
      });
    store.getState().actions.showNotice({
      kind: 'error',
      title: 'The saved map could not be opened',
      message: `ProcMap opened the starter map instead, because ${unreadable.reason}. The saved map is kept${
        unreadable.keptAs ? '' : ' in place'
      }: download it${text === undefined ? ' after a reload' : ''}, or choose to save this map in the browser instead.`,
      actions,
    });
  }

  const stopListening = channel?.listen((stamp) => {
    if (stamp !== known) anotherTabSaved();
  });

  // The page may hide or close before the quiet time is over: write then, not never.
  const page =
    typeof window !== 'undefined' && typeof document !== 'undefined'
      ? { window, document }
      : undefined;
  const onHide = () => {
    if (page?.document.visibilityState === 'hidden') flush();
  };
  page?.window.addEventListener('pagehide', flush);
  page?.document.addEventListener('visibilitychange', onHide);

  return () => {
    stopped = true;
    unsubscribe();
    stopListening?.();
    if (timer !== undefined) clearTimeout(timer);
    page?.window.removeEventListener('pagehide', flush);
    page?.document.removeEventListener('visibilitychange', onHide);
  };
}
