import { get as idbGet, set as idbSet } from 'idb-keyval';
import type { LayoutResult } from '../layout/types';
import { parseMap } from '../model/parse';
import { serializeMap } from '../model/serialize';
import { starterMap } from '../model/starter';
import type { EditorData, EditorStore, Notice } from './editor-store';

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
}

/** A restored editor: the map, its last layout when still valid, and the file name it had. */
export type SavedEditor = EditorData & { fileName?: string };

export type ReadSavedResult =
  { status: 'empty' } | { status: 'ok'; data: SavedEditor } | { status: 'corrupt'; reason: string };

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

/**
 * Reads the autosaved map and says why when there is none or it is unusable. Never
 * throws: storage errors and bad data both come back as `corrupt` with a reason.
 */
export async function readSaved(
  storage: KeyValueStorage = indexedDbStorage,
): Promise<ReadSavedResult> {
  let value: unknown;
  try {
    value = await storage.get(AUTOSAVE_KEY);
  } catch (error) {
    return {
      status: 'corrupt',
      reason: `the browser storage could not be read (${describeError(error)})`,
    };
  }
  if (value === undefined) return { status: 'empty' };
  if (!isRecord(value) || value.kind !== 'procmap-autosave' || typeof value.map !== 'string') {
    return { status: 'corrupt', reason: 'the saved data is not a ProcMap map' };
  }
  const parsed = parseMap(value.map);
  if (!parsed.ok)
    return { status: 'corrupt', reason: `the saved map is damaged (${parsed.error.message})` };
  const data: SavedEditor = { map: parsed.map };
  if (isLayout(value.layout)) data.layout = value.layout;
  if (typeof value.fileName === 'string' && value.fileName.trim() !== '')
    data.fileName = value.fileName;
  return { status: 'ok', data };
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

/**
 * What the editor opens on: the autosaved map, else the starter map — with an info notice
 * when a saved map existed but could not be used, so the user knows why it is not there.
 * Never throws.
 *
 * @example
 * const { data, notice } = await loadStartupEditor();
 * const store = createEditorStore(data);
 * if (notice) store.getState().actions.showNotice(notice);
 * startAutosave(store);
 */
export async function loadStartupEditor(
  storage: KeyValueStorage = indexedDbStorage,
): Promise<{ data: SavedEditor; notice?: Notice }> {
  const saved = await readSaved(storage);
  if (saved.status === 'ok') return { data: saved.data };
  const data: SavedEditor = { map: starterMap(), fileName: STARTER_FILE_NAME };
  if (saved.status === 'empty') return { data };
  return {
    data,
    notice: {
      kind: 'info',
      title: 'The saved map could not be restored',
      message: `ProcMap opened the starter map instead, because ${saved.reason}.`,
    },
  };
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

/**
 * Saves the map and layout ~400 ms after the last change, and at once when the page is
 * hidden or closed. Sets `saveStatus` (`saving` while a change waits or is written,
 * `saved`, or `error` with `saveError`); a failed write keeps the map in memory and is
 * retried on the next change. Returns a function that stops autosaving.
 *
 * @example
 * const store = createEditorStore((await restoreSaved()) ?? { map: starterMap() });
 * const stop = startAutosave(store);
 */
export function startAutosave(
  store: EditorStore,
  storage: KeyValueStorage = indexedDbStorage,
  options: { delayMs?: number } = {},
): () => void {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let saved: EditorData = { map: store.getState().map, layout: store.getState().layout };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const isSaved = () => {
    const { map, layout } = store.getState();
    return map === saved.map && layout === saved.layout;
  };

  const write = async () => {
    timer = undefined;
    if (stopped || isSaved()) return;
    const { map, layout, fileName } = store.getState();
    const record: SavedRecord = {
      kind: 'procmap-autosave',
      map: serializeMap(map, 'json'),
      fileName,
      savedAt: new Date().toISOString(),
    };
    if (layout) record.layout = layout;
    try {
      await storage.set(AUTOSAVE_KEY, record);
    } catch (error) {
      if (!stopped) store.setState({ saveStatus: 'error', saveError: saveErrorMessage(error) });
      return;
    }
    saved = { map, layout };
    // A change that came in while writing has its own timer; it will report `saved` itself.
    if (!stopped && isSaved()) store.setState({ saveStatus: 'saved', saveError: undefined });
  };

  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    void write();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.map === previous.map && state.layout === previous.layout) return;
    if (isSaved()) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void write(), delay);
    if (state.saveStatus !== 'saving') store.setState({ saveStatus: 'saving' });
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
    if (timer !== undefined) clearTimeout(timer);
    page?.window.removeEventListener('pagehide', flush);
    page?.document.removeEventListener('visibilitychange', onHide);
  };
}
