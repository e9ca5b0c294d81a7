import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayoutResult } from '../../../src/layout/types';
import { serializeMap } from '../../../src/model/serialize';
import type { ProcessMap } from '../../../src/model/types';
import { createEditorStore } from '../../../src/store/editor-store';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_KEY,
  startAutosave,
  type KeyValueStorage,
} from '../../../src/store/persistence';
import { mapOf, process } from './harness';

/** The same processes each time, placed by hand at a height that names the file. */
function openedFile(n: number, placed: boolean): ProcessMap {
  const map = { ...mapOf(process('plan', [], ['A']), process('risk', ['A'])), title: `file ${n}` };
  map.positions = placed ? { plan: { x: 0, y: n }, risk: { x: 300, y: n } } : {};
  return map;
}

/** Layout k puts every process at y = 10000 + k, so its positions can be told apart. */
const LAYOUT_Y = 10_000;

type Step =
  | { kind: 'open'; placed: boolean }
  | { kind: 'edit'; owner: string }
  | { kind: 'ask' }
  | { kind: 'deliver'; which: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), placed: fc.boolean() }),
  fc.record({ kind: fc.constant('edit' as const), owner: fc.constantFrom('A', 'B', 'C') }),
  fc.record({ kind: fc.constant('ask' as const) }),
  fc.record({ kind: fc.constant('deliver' as const), which: fc.nat(9) }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('redo' as const) }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.constantFrom(50, AUTOSAVE_DELAY_MS * 2) }),
);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('whatever the user does', () => {
  it('never persists a map the user did not see: open, edit, layout, undo in any order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const persisted: string[] = [];
        const stored = new Map<string, unknown>();
        const storage: KeyValueStorage = {
          get: async (key) => stored.get(key),
          set: async (key, value) => {
            stored.set(key, value);
            if (key === AUTOSAVE_KEY) persisted.push((value as { map: string }).map);
          },
        };
        const store = createEditorStore({ map: openedFile(0, true), fileName: 'file-0.json' });
        // Every map the editor showed, as the file text it would be saved as.
        const seen = new Set<string>([serializeMap(store.getState().map, 'json')]);
        // For each layout asked: the file (by title) it was asked for.
        const asked: { title: string; document: number }[] = [];
        const problems: string[] = [];
        store.subscribe(({ map }) => {
          seen.add(serializeMap(map, 'json'));
          for (const at of Object.values(map.positions)) {
            const k = at.y - LAYOUT_Y;
            if (k >= 0 && asked[k]!.title !== map.title)
              problems.push(`layout ${k} of “${asked[k]!.title}” landed on “${map.title}”`);
          }
        });
        const stop = startAutosave(store, storage);
        let opens = 0;
        for (const s of steps) {
          const { actions } = store.getState();
          if (s.kind === 'open') {
            opens += 1;
            actions.replaceMap(openedFile(opens, s.placed), `file-${opens}.json`);
          } else if (s.kind === 'edit') actions.updateProcess('plan', { owner: s.owner });
          else if (s.kind === 'ask') {
            // as the auto-layout hook does: note the document when the layout starts
            asked.push({ title: store.getState().map.title, document: store.getState().document });
          } else if (s.kind === 'deliver' && asked.length > 0) {
            const k = s.which % asked.length;
            const result: LayoutResult = {
              direction: 'RIGHT',
              positions: { plan: { x: 0, y: LAYOUT_Y + k }, risk: { x: 300, y: LAYOUT_Y + k } },
              routes: {},
              bounds: { x: 0, y: LAYOUT_Y + k, width: 500, height: 80 },
            };
            actions.applyLayout(result, asked[k]!.document);
          } else if (s.kind === 'undo') actions.undo();
          else if (s.kind === 'redo') actions.redo();
          else if (s.kind === 'wait') await vi.advanceTimersByTimeAsync(s.ms);
        }
        await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
        stop();
        expect(problems).toEqual([]);
        for (const text of persisted) expect(seen.has(text)).toBe(true);
        // and what is stored at the end is what is on screen
        if (persisted.length > 0)
          expect(persisted.at(-1)).toBe(serializeMap(store.getState().map, 'json'));
      }),
      { numRuns: 150 },
    );
  });
});
