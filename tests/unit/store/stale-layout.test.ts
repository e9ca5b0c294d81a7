import { describe, expect, it } from 'vitest';
import type { LayoutResult } from '../../../src/layout/types';
import { chainMap, harness, mapOf, process } from './harness';

const laidOut = (ids: string[], y = 0): LayoutResult => ({
  direction: 'DOWN',
  positions: Object.fromEntries(ids.map((id, i) => [id, { x: i * 250, y }])),
  routes: {},
  bounds: { x: 0, y, width: ids.length * 250, height: 80 },
});

describe('a layout that arrives for another document', () => {
  it('is dropped when a file with hand-placed positions was opened while it ran', () => {
    // given a layout is asked for the map on screen (the "Down" button)
    const editor = harness();
    const asked = editor.state.document;
    editor.actions.setDirection('DOWN');
    // when the user opens a file with its own positions before the layout is back
    const opened = mapOf(process('plan'), process('risk'));
    opened.positions = { plan: { x: 11, y: 22 }, risk: { x: 33, y: 44 } };
    editor.actions.replaceMap(opened, 'mine.procmap.json');
    editor.actions.applyLayout(laidOut(['plan', 'risk', 'treat'], 900), asked);
    // then the opened file keeps its hand-placed positions and gets no routes of the old map
    expect(editor.map.positions).toEqual({ plan: { x: 11, y: 22 }, risk: { x: 33, y: 44 } });
    expect(editor.state.layout).toBeUndefined();
  });

  it('is dropped when the document it was asked for was undone meanwhile', () => {
    // given an opened map without positions asked for its layout
    const editor = harness();
    editor.actions.replaceMap(mapOf(process('x'), process('y')), 'xy.yaml', {
      keepPositions: false,
    });
    const asked = editor.state.document;
    // when the user undoes the open before the layout is back
    editor.actions.undo();
    editor.actions.applyLayout(laidOut(['x', 'y']), asked);
    // then the previous map is untouched
    expect(editor.map).toEqual(chainMap());
    expect(editor.state.layout).toBeUndefined();
  });

  it('still applies to the document it was asked for, edited or not', () => {
    const editor = harness();
    const asked = editor.state.document;
    editor.actions.updateProcess('plan', { name: 'Planning' });
    editor.actions.applyLayout(laidOut(['plan', 'risk', 'treat'], 500), asked);
    expect(editor.map.positions.plan).toEqual({ x: 0, y: 500 });
  });

  it('asks again for the layout of a map that redo brings back without positions', () => {
    // given an opened map whose layout was dropped because the open was undone
    const editor = harness();
    editor.actions.replaceMap(mapOf(process('x')), 'x.yaml', { keepPositions: false });
    editor.actions.undo();
    const before = editor.state.layoutRequest;
    // when the user redoes the open
    editor.actions.redo();
    // then a layout is requested, for the document now shown
    expect(editor.state.layoutRequest).toBe(before + 1);
    expect(editor.state.fileName).toBe('x.yaml');
  });
});

describe('undo past Open', () => {
  it('brings back the file name of the map it brings back', () => {
    // given the editor shows test.procmap.json and the user opens another file
    const editor = harness();
    editor.actions.replaceMap(mapOf(process('x')), 'other.procmap.json');
    // when the user undoes the open
    editor.actions.undo();
    // then the old map is back under its own name, so Save does not name it after the other file
    expect(editor.state.fileName).toBe('test.procmap.json');
    editor.actions.redo();
    expect(editor.state.fileName).toBe('other.procmap.json');
  });
});
