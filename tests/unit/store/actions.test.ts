import { beforeEach, describe, expect, it } from 'vitest';
import type { LayoutResult } from '../../../src/layout/types';
import { selectDerived } from '../../../src/store/derived';
import { harness, mapOf, process } from './harness';

type Editor = ReturnType<typeof harness>;

function flowIds(editor: Editor): string[] {
  return selectDerived(editor.state).flows.map((f) => f.id);
}

describe('addProcess', () => {
  let editor: Editor;
  let id: string;
  beforeEach(() => {
    // given the chain plan → risk → treat
    editor = harness();
    // when a process whose input equals an existing output is added at a position
    id = editor.actions.addProcess(
      { name: 'Monitor', inputs: ['Treatment plan'] },
      { x: 900, y: 40 },
    );
  });

  it('execute: adds the process at the position, selects it and draws its flow', () => {
    expect(id).toBe('monitor');
    expect(editor.processById(id)).toMatchObject({
      name: 'Monitor',
      kind: 'process',
      inputs: ['Treatment plan'],
    });
    expect(editor.map.positions[id]).toEqual({ x: 900, y: 40 });
    expect(editor.state.selection).toEqual([id]);
    expect(flowIds(editor)).toContain('treat->monitor:treatment plan');
    expect(editor.undoSteps).toBe(1);
  });

  it('undo: removes the process, its flow and its selection', () => {
    editor.actions.undo();
    expect(editor.processById(id)).toBeUndefined();
    expect(editor.map.positions[id]).toBeUndefined();
    expect(flowIds(editor)).not.toContain('treat->monitor:treatment plan');
    expect(editor.state.selection).toEqual([]);
  });

  it('redo: brings the process and its flow back', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.processById(id)?.name).toBe('Monitor');
    expect(flowIds(editor)).toContain('treat->monitor:treatment plan');
  });

  it('gives a new id when the name is taken and a free name when none is given', () => {
    const again = editor.actions.addProcess({ name: 'Monitor' });
    const unnamed = editor.actions.addProcess();
    const unnamed2 = editor.actions.addProcess();
    expect(again).toBe('monitor-2');
    expect(editor.processById(unnamed)?.name).toBe('New process');
    expect(editor.processById(unnamed2)?.name).toBe('New process 2');
    expect(new Set(editor.map.processes.map((p) => p.id)).size).toBe(editor.map.processes.length);
  });

  it('places a process added without a position under the placed ones', () => {
    const below = editor.actions.addProcess({ name: 'Below' });
    const lowest = Math.max(
      ...Object.entries(editor.map.positions)
        .filter(([k]) => k !== below)
        .map(([, p]) => p.y),
    );
    expect(editor.map.positions[below]!.y).toBeGreaterThan(lowest);
  });
});

describe('updateProcess', () => {
  let editor: Editor;
  beforeEach(() => {
    editor = harness();
    // when the inspector renames a process and gives it an output someone consumes
    editor.actions.updateProcess('plan', { name: 'Planning', owner: 'CISO' });
  });

  it('execute: changes the fields and keeps the id', () => {
    expect(editor.processById('plan')).toMatchObject({
      id: 'plan',
      name: 'Planning',
      owner: 'CISO',
    });
    expect(editor.undoSteps).toBe(1);
  });

  it('undo: restores the old fields', () => {
    editor.actions.undo();
    expect(editor.processById('plan')).toMatchObject({ name: 'plan', owner: 'Owner' });
  });

  it('redo: applies them again', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.processById('plan')?.name).toBe('Planning');
  });

  it('draws a flow when an input is typed that matches an output, and undo removes it', () => {
    editor.actions.updateProcess('treat', { inputs: ['Risk register', '  risk   CRITERIA '] });
    expect(flowIds(editor)).toContain('plan->treat:risk criteria');
    editor.actions.undo();
    expect(flowIds(editor)).not.toContain('plan->treat:risk criteria');
  });

  it('records nothing when the patch changes nothing', () => {
    editor.actions.updateProcess('plan', { name: 'Planning', outputs: ['Risk criteria'] });
    expect(editor.undoSteps).toBe(1);
  });

  it('removes an optional field set to undefined', () => {
    editor.actions.updateProcess('plan', { owner: undefined });
    expect('owner' in editor.processById('plan')!).toBe(false);
  });
});

describe('renameArtifact', () => {
  describe('an output, with renameMatchingInputs', () => {
    let editor: Editor;
    beforeEach(() => {
      editor = harness();
      // when risk's output "Risk register" is renamed and the matching inputs follow
      editor.actions.renameArtifact('risk', 'out', 0, 'Risk log', { renameMatchingInputs: true });
    });

    it('execute: renames the output and the inputs that matched it, so the flow stays', () => {
      expect(editor.processById('risk')?.outputs).toEqual(['Risk log']);
      expect(editor.processById('treat')?.inputs).toEqual(['Risk log']);
      expect(flowIds(editor)).toContain('risk->treat:risk log');
      expect(editor.undoSteps).toBe(1);
    });

    it('undo: restores both names in one step', () => {
      editor.actions.undo();
      expect(editor.processById('risk')?.outputs).toEqual(['Risk register']);
      expect(editor.processById('treat')?.inputs).toEqual(['Risk register']);
      expect(flowIds(editor)).toContain('risk->treat:risk register');
    });

    it('redo: renames both again', () => {
      editor.actions.undo();
      editor.actions.redo();
      expect(editor.processById('treat')?.inputs).toEqual(['Risk log']);
    });
  });

  it('renames only the output without renameMatchingInputs, so its flow vanishes', () => {
    const editor = harness();
    editor.actions.renameArtifact('risk', 'out', 0, 'Risk log');
    expect(editor.processById('treat')?.inputs).toEqual(['Risk register']);
    expect(flowIds(editor)).not.toContain('risk->treat:risk register');
    editor.actions.undo();
    expect(flowIds(editor)).toContain('risk->treat:risk register');
  });

  it('renames matching inputs by key, whatever their spelling, and leaves other names alone', () => {
    const editor = harness(
      mapOf(
        process('a', [], ['Risk register']),
        process('b', ['  RISK register', 'Other'], []),
        process('c', ['Risk registers'], []),
      ),
    );
    editor.actions.renameArtifact('a', 'out', 0, 'Risk log', { renameMatchingInputs: true });
    expect(editor.processById('b')?.inputs).toEqual(['Risk log', 'Other']);
    expect(editor.processById('c')?.inputs).toEqual(['Risk registers']);
  });

  it('renames an input of one process only', () => {
    const editor = harness();
    editor.actions.renameArtifact('treat', 'in', 0, 'Risk criteria');
    expect(editor.processById('treat')?.inputs).toEqual(['Risk criteria']);
    expect(flowIds(editor)).toContain('plan->treat:risk criteria');
    editor.actions.undo();
    expect(editor.processById('treat')?.inputs).toEqual(['Risk register']);
  });
});

describe('deleteProcesses', () => {
  let editor: Editor;
  beforeEach(() => {
    editor = harness();
    editor.actions.select(['risk', 'plan']);
    // when risk is deleted
    editor.actions.deleteProcesses(['risk']);
  });

  it('execute: removes the process, its position, its flows and its selection', () => {
    expect(editor.processById('risk')).toBeUndefined();
    expect(editor.map.positions.risk).toBeUndefined();
    expect(flowIds(editor)).toEqual([]);
    expect(editor.state.selection).toEqual(['plan']);
  });

  it('undo: brings back the process, its position and its flows', () => {
    editor.actions.undo();
    expect(editor.map.processes.map((p) => p.id)).toEqual(['plan', 'risk', 'treat']);
    expect(editor.map.positions.risk).toEqual({ x: 300, y: 0 });
    expect(flowIds(editor)).toEqual(['plan->risk:risk criteria', 'risk->treat:risk register']);
  });

  it('redo: removes it again', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.processById('risk')).toBeUndefined();
  });
});

describe('duplicateProcesses', () => {
  let editor: Editor;
  let copies: string[];
  beforeEach(() => {
    editor = harness();
    copies = editor.actions.duplicateProcesses(['risk', 'treat']);
  });

  it('execute: adds copies with new ids and names, offset by 40 px, and selects them', () => {
    expect(copies).toEqual(['risk-copy', 'treat-copy']);
    expect(editor.processById('risk-copy')).toMatchObject({
      name: 'risk (copy)',
      inputs: ['Risk criteria'],
    });
    expect(editor.map.positions['risk-copy']).toEqual({ x: 340, y: 40 });
    expect(editor.state.selection).toEqual(copies);
    expect(editor.undoSteps).toBe(1);
  });

  it('copies lists rather than sharing them with the original', () => {
    expect(editor.processById('risk-copy')?.inputs).not.toBe(editor.processById('risk')?.inputs);
  });

  it('undo: removes the copies and their selection', () => {
    editor.actions.undo();
    expect(editor.map.processes.map((p) => p.id)).toEqual(['plan', 'risk', 'treat']);
    expect(editor.state.selection).toEqual([]);
  });

  it('redo: brings the copies back', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.processById('treat-copy')?.name).toBe('treat (copy)');
  });
});

describe('moveProcesses', () => {
  let editor: Editor;
  beforeEach(() => {
    editor = harness();
    // when a drag of two nodes stops
    editor.actions.moveProcesses({ plan: { x: 10, y: 500 }, risk: { x: 310, y: 500 } });
  });

  it('execute: sets the positions in one step', () => {
    expect(editor.map.positions.plan).toEqual({ x: 10, y: 500 });
    expect(editor.map.positions.risk).toEqual({ x: 310, y: 500 });
    expect(editor.undoSteps).toBe(1);
  });

  it('undo: puts both nodes back where the drag started', () => {
    editor.actions.undo();
    expect(editor.map.positions.plan).toEqual({ x: 0, y: 0 });
    expect(editor.map.positions.risk).toEqual({ x: 300, y: 0 });
  });

  it('redo: moves them again', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.map.positions.plan).toEqual({ x: 10, y: 500 });
  });

  it('ignores ids that are not in the map and records nothing for a drag that ends where it began', () => {
    editor.actions.moveProcesses({ ghost: { x: 1, y: 1 }, plan: { x: 10, y: 500 } });
    expect(editor.map.positions.ghost).toBeUndefined();
    expect(editor.undoSteps).toBe(1);
  });
});

describe('applyLayout', () => {
  const result: LayoutResult = {
    direction: 'RIGHT',
    positions: {
      plan: { x: 0, y: 100 },
      risk: { x: 250, y: 100 },
      treat: { x: 500, y: 100 },
      gone: { x: 9, y: 9 },
    },
    routes: {
      'plan->risk:risk criteria': [
        { x: 200, y: 130 },
        { x: 250, y: 130 },
      ],
    },
    bounds: { x: 0, y: 100, width: 700, height: 80 },
  };
  let editor: Editor;
  beforeEach(() => {
    editor = harness();
    editor.actions.applyLayout(result);
  });

  it('execute: takes the positions and keeps the routes, in one step', () => {
    expect(editor.map.positions).toEqual({
      plan: { x: 0, y: 100 },
      risk: { x: 250, y: 100 },
      treat: { x: 500, y: 100 },
    });
    expect(editor.state.layout).toBe(result);
    expect(editor.undoSteps).toBe(1);
  });

  it('undo: restores the old positions and no layout', () => {
    editor.actions.undo();
    expect(editor.map.positions.risk).toEqual({ x: 300, y: 0 });
    expect(editor.state.layout).toBeUndefined();
  });

  it('redo: applies the layout again', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.state.layout).toBe(result);
    expect(editor.map.positions.treat).toEqual({ x: 500, y: 100 });
  });
});

describe('applyLayout of a map without positions', () => {
  const laidOut = (ids: string[]): LayoutResult => ({
    direction: 'RIGHT',
    positions: Object.fromEntries(ids.map((id, i) => [id, { x: i * 250, y: 0 }])),
    routes: {},
    bounds: { x: 0, y: 0, width: ids.length * 250, height: 80 },
  });

  it('completes the open step: one undo goes back to the previous map, redo brings the laid-out one', () => {
    // given a map is opened without positions and laid out as it asked
    const editor = harness();
    editor.actions.replaceMap(mapOf(process('x'), process('y')), 'xy.yaml', {
      keepPositions: false,
    });
    editor.actions.applyLayout(laidOut(['x', 'y']));
    expect(editor.undoSteps).toBe(1);
    // when the user undoes once
    editor.actions.undo();
    // then the previous map is back, never the new map without positions
    expect(editor.map.processes.map((p) => p.id)).toEqual(['plan', 'risk', 'treat']);
    // and redo gives the laid-out map
    editor.actions.redo();
    expect(editor.map.positions).toEqual({ x: { x: 0, y: 0 }, y: { x: 250, y: 0 } });
  });

  it('records nothing for the first layout of the map the editor starts with', () => {
    const editor = harness({ ...mapOf(process('x')), positions: {} });
    expect(editor.state.layoutRequest).toBe(1);
    editor.actions.applyLayout(laidOut(['x']));
    expect(editor.undoSteps).toBe(0);
    expect(editor.map.positions.x).toEqual({ x: 0, y: 0 });
  });
});

describe('connectArtifact', () => {
  let editor: Editor;
  beforeEach(() => {
    editor = harness();
    // when plan's output is dropped onto treat
    editor.actions.connectArtifact('plan', 'Risk criteria', 'treat');
  });

  it('execute: gives the target the artifact as an input, so the flow appears', () => {
    expect(editor.processById('treat')?.inputs).toEqual(['Risk register', 'Risk criteria']);
    expect(flowIds(editor)).toContain('plan->treat:risk criteria');
  });

  it('undo: removes the input and the flow', () => {
    editor.actions.undo();
    expect(editor.processById('treat')?.inputs).toEqual(['Risk register']);
    expect(flowIds(editor)).not.toContain('plan->treat:risk criteria');
  });

  it('redo: adds it again', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(flowIds(editor)).toContain('plan->treat:risk criteria');
  });

  it('does nothing when the target already has that input by key, or is the producer', () => {
    editor.actions.connectArtifact('plan', '  RISK criteria', 'treat');
    editor.actions.connectArtifact('plan', 'Risk criteria', 'plan');
    expect(editor.processById('treat')?.inputs).toEqual(['Risk register', 'Risk criteria']);
    expect(editor.processById('plan')?.inputs).toEqual([]);
    expect(editor.undoSteps).toBe(1);
  });
});

describe('addConsumer', () => {
  let editor: Editor;
  let id: string;
  beforeEach(() => {
    editor = harness();
    // when treat's output is dropped on empty canvas
    id = editor.actions.addConsumer('treat', 'Treatment plan', { x: 900, y: 0 });
  });

  it('execute: adds a selected process at the drop point that consumes the artifact', () => {
    expect(editor.processById(id)).toMatchObject({ inputs: ['Treatment plan'], outputs: [] });
    expect(editor.map.positions[id]).toEqual({ x: 900, y: 0 });
    expect(editor.state.selection).toEqual([id]);
    expect(flowIds(editor)).toContain(`treat->${id}:treatment plan`);
    expect(editor.undoSteps).toBe(1);
  });

  it('undo: removes it and its flow', () => {
    editor.actions.undo();
    expect(editor.processById(id)).toBeUndefined();
    expect(flowIds(editor)).toEqual(['plan->risk:risk criteria', 'risk->treat:risk register']);
  });

  it('redo: brings it back', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.processById(id)?.inputs).toEqual(['Treatment plan']);
  });
});

describe('setMapMeta', () => {
  let editor: Editor;
  beforeEach(() => {
    editor = harness();
    editor.actions.setMapMeta({ title: 'ISMS map', organization: 'Example Ltd', revision: '2' });
  });

  it('execute: sets the fields', () => {
    expect(editor.map).toMatchObject({
      title: 'ISMS map',
      organization: 'Example Ltd',
      revision: '2',
    });
  });

  it('undo: restores the old metadata', () => {
    editor.actions.undo();
    expect(editor.map.title).toBe('Test map');
    expect(editor.map.organization).toBeUndefined();
  });

  it('redo: sets it again', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.map.organization).toBe('Example Ltd');
  });

  it('removes an optional field cleared to empty text', () => {
    editor.actions.setMapMeta({ organization: '  ' });
    expect('organization' in editor.map).toBe(false);
  });

  it('keeps untouched processes as the same objects', () => {
    const before = editor.map.processes;
    editor.actions.setMapMeta({ owner: 'CISO' });
    expect(editor.map.processes).toBe(before);
  });
});

describe('setDirection', () => {
  let editor: Editor;
  let requestsBefore: number;
  beforeEach(() => {
    editor = harness();
    requestsBefore = editor.state.layoutRequest;
    editor.actions.setDirection('DOWN');
  });

  it('execute: changes the direction and requests a layout', () => {
    expect(editor.map.layout.direction).toBe('DOWN');
    expect(editor.state.layoutRequest).toBe(requestsBefore + 1);
    expect(editor.undoSteps).toBe(1);
  });

  it('undo: restores the direction', () => {
    editor.actions.undo();
    expect(editor.map.layout.direction).toBe('RIGHT');
  });

  it('redo: sets it again', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.map.layout.direction).toBe('DOWN');
  });
});

describe('replaceMap', () => {
  const opened = mapOf(
    process('audit', [], ['Audit report']),
    process('review', ['Audit report'], []),
  );
  let editor: Editor;
  beforeEach(() => {
    editor = harness();
    editor.actions.select(['plan']);
    editor.actions.replaceMap(opened, 'audit.procmap.json');
  });

  it('execute: shows the new map and file name, clears selection and layout, keeps its positions', () => {
    expect(editor.map.processes.map((p) => p.id)).toEqual(['audit', 'review']);
    expect(editor.state.fileName).toBe('audit.procmap.json');
    expect(editor.state.selection).toEqual([]);
    expect(editor.state.layout).toBeUndefined();
    expect(editor.map.positions).toEqual(opened.positions);
    expect(flowIds(editor)).toEqual(['audit->review:audit report']);
  });

  it('undo: brings the previous map back', () => {
    editor.actions.undo();
    expect(editor.map.processes.map((p) => p.id)).toEqual(['plan', 'risk', 'treat']);
  });

  it('redo: opens the new map again', () => {
    editor.actions.undo();
    editor.actions.redo();
    expect(editor.map.processes.map((p) => p.id)).toEqual(['audit', 'review']);
  });

  it('requests a layout when the map has no positions, or when asked to drop them', () => {
    const before = editor.state.layoutRequest;
    editor.actions.replaceMap(opened, 'a.procmap.json');
    expect(editor.state.layoutRequest).toBe(before);
    editor.actions.replaceMap({ ...opened, positions: {} }, 'b.procmap.json');
    expect(editor.state.layoutRequest).toBe(before + 1);
    editor.actions.replaceMap(opened, 'c.procmap.json', { keepPositions: false });
    expect(editor.map.positions).toEqual({});
    expect(editor.state.layoutRequest).toBe(before + 2);
  });

  it('makes duplicate ids unique and says so in an info notice', () => {
    editor.actions.replaceMap(
      mapOf(process('a'), process('a'), process('a-2')),
      'dup.procmap.json',
    );
    expect(editor.map.processes.map((p) => p.id)).toEqual(['a', 'a-3', 'a-2']);
    expect(editor.state.notice).toMatchObject({
      kind: 'info',
      title: 'Duplicate process ids renamed',
    });
    expect(editor.state.notice?.message).toContain('“a” → “a-3”');
  });
});

describe('actions that are not undo steps', () => {
  it('select, showNotice, dismissNotice and requestLayout record nothing', () => {
    // given a store with one recorded edit
    const editor = harness();
    editor.actions.updateProcess('plan', { owner: 'CISO' });
    // when the user selects, a notice comes and goes, and a layout is requested
    editor.actions.select(['risk', 'treat']);
    editor.actions.showNotice({
      kind: 'error',
      title: 'Could not open',
      message: 'x.json: line 1',
    });
    editor.actions.dismissNotice();
    editor.actions.requestLayout();
    // then there is still one step, and undo reverts the edit, not the selection
    expect(editor.undoSteps).toBe(1);
    editor.actions.undo();
    expect(editor.processById('plan')?.owner).toBe('Owner');
    expect(editor.state.selection).toEqual(['risk', 'treat']);
    expect(editor.state.notice).toBeUndefined();
  });

  it('select leaves the state alone when the selection is the same', () => {
    const editor = harness();
    editor.actions.select(['plan', 'risk']);
    const before = editor.state;
    editor.actions.select(['plan', 'risk']);
    expect(editor.state).toBe(before);
  });

  it('select keeps only ids that exist, once each, in order', () => {
    const editor = harness();
    editor.actions.select(['treat', 'ghost', 'plan', 'treat']);
    expect(editor.state.selection).toEqual(['treat', 'plan']);
  });
});
