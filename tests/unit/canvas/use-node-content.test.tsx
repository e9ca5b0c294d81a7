// @vitest-environment jsdom
import { act, memo } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NodeContentsContext,
  useNodeContent,
  useNodeContents,
} from '../../../src/canvas/use-node-content';
import { mapGeometries } from '../../../src/layout/geometry';
import type { Problem, Process } from '../../../src/model/types';
import { bareProcess as proc } from '../support/maps';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const noProblems = new Map<string, Problem[]>();
const renders: string[] = [];

/** A node as the canvas mounts it: memoised, told only its id. */
const Node = memo(function Node({ id }: { id: string }) {
  const content = useNodeContent(id);
  renders.push(id);
  return <p data-id={id}>{content?.process.name}</p>;
});

function Canvas({ processes }: { processes: Process[] }) {
  const { source } = useNodeContents(processes, mapGeometries(processes), noProblems);
  return (
    <NodeContentsContext.Provider value={source}>
      {processes.map((p) => (
        <Node key={p.id} id={p.id} />
      ))}
    </NodeContentsContext.Provider>
  );
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  root = createRoot(container);
  renders.length = 0;
});
afterEach(() => act(() => root.unmount()));

const show = (processes: Process[]) => act(() => root.render(<Canvas processes={processes} />));
const names = () => [...container.querySelectorAll('p')].map((p) => p.textContent);

describe('node content', () => {
  it('draws again only the node whose process was renamed', () => {
    // given three nodes on screen
    const processes = [proc('a'), proc('b'), proc('c')];
    show(processes);
    expect(names()).toEqual(['a', 'b', 'c']);
    renders.length = 0;
    // when b is renamed
    show([processes[0], { ...processes[1], name: 'Renamed' }, processes[2]]);
    // then b shows its new name and is the only node that rendered
    expect(names()).toEqual(['a', 'Renamed', 'c']);
    expect(renders).toEqual(['b']);
  });

  it('gives a node mounted with the first contents its content at once', () => {
    show([proc('a')]);
    expect(names()).toEqual(['a']);
    expect(renders).toEqual(['a']);
  });

  it('throws a clear error outside a canvas', () => {
    const orphan = createRoot(document.createElement('div'));
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => act(() => orphan.render(<Node id="a" />))).toThrow(/NodeContentsContext/);
    } finally {
      console.error = quiet;
    }
  });
});
