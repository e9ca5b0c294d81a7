// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LayoutProgress } from '../../../src/canvas/LayoutProgress';
import { useAutoLayout } from '../../../src/canvas/use-auto-layout';
import { LayoutAbortedError, type LayoutRunner } from '../../../src/layout/runner';
import type { LayoutResult } from '../../../src/layout/types';
import { useEditor } from '../../../src/store/context';
import { createEditorStore } from '../../../src/store/editor-store';
import { mapOf, proc } from '../support/maps';
import { renderInEditor } from '../support/render-in-editor';

/** A runner whose layouts never finish until cancelled, as ELK on a huge map. */
function slowRunner() {
  const runs: { reject: (error: Error) => void }[] = [];
  const runner: LayoutRunner = {
    run: () => new Promise<LayoutResult>((_, reject) => void runs.push({ reject })),
    cancel: vi.fn(() => runs.forEach((run) => run.reject(new LayoutAbortedError()))),
    dispose: () => {},
  };
  return { runner, runs };
}

function Busy({ runner }: { runner: LayoutRunner }) {
  const layout = useAutoLayout({ runner }, () => {});
  const processes = useEditor((s) => s.map.processes.length);
  return layout.running ? <LayoutProgress processes={processes} onCancel={layout.cancel} /> : null;
}

describe('layout progress', () => {
  it('shows the running layout with its time and stops it on Cancel, keeping the map', async () => {
    // given: a map without positions whose layout is running
    vi.useFakeTimers();
    const map = { ...mapOf(proc('plan'), proc('do')), positions: {} };
    const store = createEditorStore({ map });
    store.getState().actions.requestLayout();
    const { runner, runs } = slowRunner();
    const host = renderInEditor(store, <Busy runner={runner} />);
    await act(async () => vi.advanceTimersByTime(2100));
    expect(runs).toHaveLength(1);
    expect(host.textContent).toContain('Laying out 2 processes… 2 s');
    // when
    const cancel = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!;
    await act(async () => cancel.click());
    vi.useRealTimers();
    // then
    expect(runner.cancel).toHaveBeenCalledTimes(1);
    expect(host.querySelector('[role="status"]')).toBeNull();
    expect(store.getState().map).toBe(map);
    expect(store.getState().notice?.title).toBe('Layout cancelled');
  });

  it('lays out again when asked after a cancel', async () => {
    // given
    const store = createEditorStore({ map: mapOf(proc('plan')) });
    store.getState().actions.requestLayout();
    const { runner, runs } = slowRunner();
    const host = renderInEditor(store, <Busy runner={runner} />);
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
    await act(async () => host.querySelector('button')!.click());
    // when
    act(() => store.getState().actions.requestLayout());
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
    // then
    expect(runs).toHaveLength(2);
    expect(host.textContent).toContain('Laying out 1 process…');
  });
});
