import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LayoutResult } from '../layout/types';
import { sameItems } from '../model/lists';
import { blankMap } from '../model/starter';
import type { Direction, Point, Process, ProcessMap, Revision } from '../model/types';
import * as edits from './map-edits';

export interface EditorData {
  map: ProcessMap;
  /** Last ELK layout (routes); edges use its routes while nodes stay where it put them. */
  layout?: LayoutResult;
}

export interface Notice {
  kind: 'error' | 'info';
  title: string;
  message: string;
  /** Buttons beside the message, e.g. "Download it" for a saved map that could not be read. */
  actions?: { label: string; run(): void }[];
}

export interface EditorState extends EditorData {
  /** Selected process ids, in selection order. */
  selection: string[];
  /** e.g. 'isms.procmap.json' */
  fileName: string;
  saveStatus: 'idle' | 'saving' | 'saved' | 'error';
  /** Human message when the map could not be stored. */
  saveError?: string;
  /** e.g. a file that failed to open. */
  notice?: Notice;
  /**
   * Which opened document the map is: a new number on every New / Open, and back with undo.
   * A layout applies only to the document it was asked for.
   */
  document: number;
  /** Incremented when the map wants an auto-layout (new/open/button). */
  layoutRequest: number;
  /**
   * Processes added since the map was opened, saved or exported: their ids follow their
   * names (a renamed "new-process-7" becomes "risk-assessment"), as nothing links to them yet.
   */
  fresh: string[];
  actions: EditorActions;
}

/** Every action but select, dismissNotice, showNotice and requestLayout is one undo step. */
export interface EditorActions {
  /** Adds a process (under the placed ones when no position is given), selects it, returns its id. */
  addProcess(init?: Partial<Process>, position?: Point): string;
  updateProcess(id: string, patch: Partial<Omit<Process, 'id'>>): void;
  renameArtifact(
    id: string,
    side: 'in' | 'out',
    index: number,
    name: string,
    options?: { renameMatchingInputs?: boolean },
  ): void;
  /** Also drops their positions and deselects them. */
  deleteProcesses(ids: string[]): void;
  /** Copies offset by 40 px with new ids; selects and returns the copies. */
  duplicateProcesses(ids: string[]): string[];
  /** Called once on drag stop, so a whole drag is one step. */
  moveProcesses(positions: Record<string, Point>): void;
  /**
   * Positions and routes, one step; except the layout a map without positions asked for
   * (new, open, startup), which completes that step instead of being one of its own.
   * With `forDocument`, a layout asked for another document (one since replaced by
   * New / Open, or undone) is dropped: its positions belong to a map no longer shown.
   */
  applyLayout(result: LayoutResult, forDocument?: number): void;
  /** `toId` gets `artifact` as an input, unless it is the producer or has that input already (by key). */
  connectArtifact(fromId: string, artifact: string, toId: string): void;
  /** A new process consuming `artifact`, placed at `position` and selected; returns its id. */
  addConsumer(fromId: string, artifact: string, position: Point): string;
  setMapMeta(patch: edits.MapMetaPatch): void;
  /** Replaces the map's revision history. */
  setRevisions(revisions: Revision[]): void;
  /** Changes the layout direction and requests a layout. */
  setDirection(direction: Direction): void;
  /**
   * New / open. Duplicate ids are made unique (with an info notice). Positions are kept
   * unless `keepPositions` is false; a layout is requested when some process has none.
   */
  replaceMap(map: ProcessMap, fileName: string, options?: { keepPositions?: boolean }): void;
  select(ids: string[]): void;
  dismissNotice(): void;
  showNotice(notice: EditorState['notice']): void;
  /** Asks the canvas for an auto-layout (the toolbar button); not an undo step by itself. */
  requestLayout(): void;
  /**
   * The map was saved (under `fileName`, when given) or exported: the ids of new
   * processes stay as they are from now on. Not an undo step.
   */
  markSaved(fileName?: string): void;
  undo(): void;
  redo(): void;
}

/** What undo brings back: the map and its layout, and which file and document they are. */
export type HistoryData = EditorData & Pick<EditorState, 'fileName' | 'document'>;

export type EditorStore = StoreApi<EditorState> & {
  temporal: StoreApi<TemporalState<HistoryData>>;
};

/** How many steps undo goes back. */
export const HISTORY_LIMIT = 200;
export const DEFAULT_FILE_NAME = 'untitled.procmap.json';

function duplicateIdNotice(renamed: { from: string; to: string }[]): Notice {
  const list = renamed.map((r) => `“${r.from}” → “${r.to}”`).join(', ');
  return {
    kind: 'info',
    title: 'Duplicate process ids renamed',
    message: `Some processes shared an id, so the editor gave the later ones new ids: ${list}.`,
  };
}

/**
 * Creates one editor's store: the map and its last layout (with undo history), plus the
 * selection, file name, save status and notices (without history).
 *
 * @example
 * const store = createEditorStore({ map: starterMap(), fileName: 'isms.procmap.json' });
 * const id = store.getState().actions.addProcess({ name: 'Audit', inputs: ['Audit plan'] });
 * store.getState().actions.undo();
 */
export function createEditorStore(
  initial: Partial<EditorData> & { fileName?: string } = {},
): EditorStore {
  const store: EditorStore = createStore<EditorState>()(
    temporal(
      (set, get) => {
        /** Applies a map edit; an edit that changes nothing leaves the state (and history) alone. */
        const editMap = (next: ProcessMap, extra: Partial<EditorState> = {}) => {
          if (next === get().map) return;
          set({ map: next, ...extra });
        };
        /** The ids that name processes of the map, once each, in the order given. */
        const existing = (ids: readonly string[]) => {
          const known = new Set(get().map.processes.map((p) => p.id));
          return [...new Set(ids)].filter((id) => known.has(id));
        };
        const afterHistoryMove = () => {
          const { selection, map, layoutRequest } = get();
          const kept = existing(selection);
          if (kept.length !== selection.length) set({ selection: kept });
          // A map whose layout was dropped (undone before it arrived) is laid out again.
          if (edits.needsLayout(map)) set({ layoutRequest: layoutRequest + 1 });
        };

        const actions: EditorActions = {
          addProcess(init, position) {
            const { map, id } = edits.addProcess(get().map, init, position);
            set({ map, selection: [id], fresh: [...get().fresh, id] });
            return id;
          },
          updateProcess(id, patch) {
            const next = edits.updateProcess(get().map, id, patch);
            const { fresh, selection, layout } = get();
            if (patch.name === undefined || next === get().map || !fresh.includes(id)) {
              editMap(next);
              return;
            }
            // A new process takes its id from its new name, in the same undo step.
            const newId = edits.idFromName(next, id, patch.name);
            const swap = (ids: string[]) => ids.map((other) => (other === id ? newId : other));
            set({
              map: edits.changeId(next, id, newId),
              selection: swap(selection),
              fresh: swap(fresh),
              layout: layout && {
                ...layout,
                positions: edits.renameKey(layout.positions, id, newId),
              },
            });
          },
          renameArtifact(id, side, index, name, options) {
            editMap(edits.renameArtifact(get().map, id, side, index, name, options));
          },
          deleteProcesses(ids) {
            const doomed = new Set(ids);
            editMap(edits.deleteProcesses(get().map, ids), {
              selection: get().selection.filter((id) => !doomed.has(id)),
            });
          },
          duplicateProcesses(ids) {
            const result = edits.duplicateProcesses(get().map, ids);
            if (result.ids.length > 0)
              set({
                map: result.map,
                selection: result.ids,
                fresh: [...get().fresh, ...result.ids],
              });
            return result.ids;
          },
          moveProcesses(positions) {
            editMap(edits.moveProcesses(get().map, positions));
          },
          applyLayout(result, forDocument) {
            if (forDocument !== undefined && forDocument !== get().document) return;
            const next = {
              map: edits.applyLayoutPositions(get().map, result.positions),
              layout: result,
            };
            if (!edits.needsLayout(get().map)) {
              set(next);
              return;
            }
            // The layout a new or opened map asked for completes that step: undoing it alone
            // would leave processes without positions.
            const history = store.temporal.getState();
            history.pause();
            try {
              set(next);
            } finally {
              history.resume();
            }
          },
          connectArtifact(fromId, artifact, toId) {
            editMap(edits.connectArtifact(get().map, fromId, artifact, toId));
          },
          addConsumer(_fromId, artifact, position) {
            return actions.addProcess({ inputs: [artifact.trim()] }, position);
          },
          setMapMeta(patch) {
            editMap(edits.setMapMeta(get().map, patch));
          },
          setRevisions(revisions) {
            editMap(edits.setRevisions(get().map, revisions));
          },
          setDirection(direction) {
            editMap(edits.setDirection(get().map, direction), {
              layoutRequest: get().layoutRequest + 1,
            });
          },
          replaceMap(map, fileName, options = {}) {
            const { map: unique, renamed } = edits.uniquifyIds(map);
            const next = options.keepPositions === false ? { ...unique, positions: {} } : unique;
            set({
              map: next,
              layout: undefined,
              fileName,
              document: nextDocument(),
              selection: [],
              fresh: [],
              notice: renamed.length > 0 ? duplicateIdNotice(renamed) : undefined,
              layoutRequest: get().layoutRequest + (edits.needsLayout(next) ? 1 : 0),
            });
          },
          select(ids) {
            const next = existing(ids);
            const current = get().selection;
            // React Flow reports selections often; an unchanged one must not re-render anything.
            if (sameItems(next, current)) return;
            set({ selection: next });
          },
          dismissNotice() {
            set({ notice: undefined });
          },
          showNotice(notice) {
            set({ notice });
          },
          requestLayout() {
            set({ layoutRequest: get().layoutRequest + 1 });
          },
          markSaved(fileName) {
            set({ fresh: [], ...(fileName ? { fileName } : {}) });
          },
          undo() {
            store.temporal.getState().undo();
            afterHistoryMove();
          },
          redo() {
            store.temporal.getState().redo();
            afterHistoryMove();
          },
        };

        // Counts up for the store's life, undo or not, so a document number is never reused.
        let documents = 0;
        const nextDocument = () => (documents += 1);

        const map = initial.map ? edits.uniquifyIds(initial.map).map : blankMap();
        return {
          map,
          layout: initial.layout,
          selection: [],
          fileName: initial.fileName ?? DEFAULT_FILE_NAME,
          document: 0,
          saveStatus: 'idle',
          layoutRequest: edits.needsLayout(map) ? 1 : 0,
          fresh: [],
          actions,
        };
      },
      {
        partialize: ({ map, layout, fileName, document }): HistoryData => ({
          map,
          layout,
          fileName,
          document,
        }),
        // Only map and layout changes are steps; selection, notices and save status are not.
        equality: (past, current) => past.map === current.map && past.layout === current.layout,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store;
}
