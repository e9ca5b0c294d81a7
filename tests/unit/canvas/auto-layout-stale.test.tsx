// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useAutoLayout } from '../../../src/canvas/use-auto-layout';
import type { LayoutRunner } from '../../../src/layout/runner';
import type { LayoutResult } from '../../../src/layout/types';
import { createEditorStore } from '../../../src/store/editor-store';
import { renderInEditor } from '../support/render-in-editor';
import { chainMap, mapOf, process } from '../store/harness';

/** A runner whose layouts come back only when the test says so. */
function heldRunner() {
  const held: { map: string[]; resolve: (result: LayoutResult) => void }[] = [];
  const runner: LayoutRunner = {
    run: (map) =>
      new Promise((resolve) => held.push({ map: map.processes.map((p) => p.id), resolve })),
    cancel: () => undefined,
    dispose: () => undefined,
  };
  return { runner, held };
}

function Probe({ runner }: { runner: LayoutRunner }) {
  useAutoLayout({ runner }, () => undefined);
  return null;
}

describe('useAutoLayout', () => {
  it('drops a layout that comes back after another file was opened', async () => {
    // given the user clicked "Down" and the layout is running
    const store = createEditorStore({ map: chainMap() });
    const { runner, held } = heldRunner();
    renderInEditor(store, <Probe runner={runner} />);
    act(() => store.getState().actions.setDirection('DOWN'));
    await act(() => new Promise((r) => setTimeout(r, 5)));
    expect(held).toHaveLength(1);
    // when a file with hand-placed positions is opened before the layout is back
    const opened = mapOf(process('plan'), process('risk'));
    opened.positions = { plan: { x: 11, y: 22 }, risk: { x: 33, y: 44 } };
    act(() => store.getState().actions.replaceMap(opened, 'mine.procmap.json'));
    await act(async () => {
      held[0]!.resolve({
        direction: 'DOWN',
        positions: { plan: { x: 0, y: 900 }, risk: { x: 0, y: 1200 } },
        routes: {},
        bounds: { x: 0, y: 900, width: 200, height: 400 },
      });
      await Promise.resolve();
    });
    // then the opened file keeps its positions
    expect(store.getState().map.positions).toEqual({
      plan: { x: 11, y: 22 },
      risk: { x: 33, y: 44 },
    });
  });
});
