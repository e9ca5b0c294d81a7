import { describe, expect, it } from 'vitest';
import { createMinimapPainter, minimapFrame, type MinimapNode } from '../../../src/canvas/minimap';
import type { NodeStyleKey } from '../../../src/layout/theme';

const node = (id: string, x: number, y: number, style: NodeStyleKey): MinimapNode => ({
  id,
  position: { x, y },
  measured: { width: 100, height: 50 },
  data: { style },
});

describe('minimap painter', () => {
  const minimapPaints = createMinimapPainter();

  it('draws the boxes of each paint as one path', () => {
    // given two core processes and an external party
    const paints = minimapPaints([
      node('a', 0, 0, 'core'),
      node('ext', -200, 300, 'external'),
      node('b', 400, 100, 'core'),
    ]);
    // then the core boxes share a path, in map order, and the external party has its own
    expect(paints).toEqual([
      { key: 'core 0', style: 'core', d: 'M0 0h100v50h-100zM400 100h100v50h-100z' },
      { key: 'external 0', style: 'external', d: 'M-200 300h100v50h-100z' },
    ]);
  });

  it('splits a paint of many nodes into parts, so that an edit to one node changes one part', () => {
    // given 150 core processes in a row
    const nodes = Array.from({ length: 150 }, (_, i) => node(`p${i}`, i * 200, 0, 'core'));
    const before = minimapPaints(nodes);
    // when the last one moves
    const after = minimapPaints([...nodes.slice(0, 149), node('p149', 0, 500, 'core')]);
    // then every box is drawn once, in parts of up to 64, and only the last part changed
    expect(before.map((p) => p.key)).toEqual(['core 0', 'core 1', 'core 2']);
    const boxes = before.flatMap((p) => p.d.match(/M[^M]+/g) ?? []);
    expect(boxes).toHaveLength(150);
    expect(boxes[149]).toBe('M29800 0h100v50h-100z');
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]!.d).not.toBe(before[2]!.d);
  });

  it('draws a node that moved where it went', () => {
    // given a map drawn once
    const a = node('a', 0, 0, 'core');
    const b = node('b', 400, 100, 'core');
    minimapPaints([a, b]);
    // when b moves (a new node object, as the canvas makes for it)
    const moved = { ...b, position: { x: 500, y: 120 } };
    // then its box is drawn at its new place, and a's where it was
    expect(minimapPaints([a, moved])[0]!.d).toBe('M0 0h100v50h-100zM500 120h100v50h-100z');
  });

  it('draws nothing for a map without processes', () => {
    expect(minimapPaints([])).toEqual([]);
  });
});

describe('minimapFrame', () => {
  const size = { width: 200, height: 150 };

  it('frames the map and the view, centred, with the margin in minimap pixels', () => {
    // given a map of 2000 × 1000 and a view inside it
    const bounds = { x: 0, y: 0, width: 2000, height: 1000 };
    const frame = minimapFrame(bounds, { x: 100, y: 100, width: 400, height: 300 }, size, 5);
    // then the width decides the scale: 10 map px per minimap px
    expect(frame.scale).toBe(10);
    // and the map is centred vertically in the 1500 map px the minimap's height shows,
    // with 50 map px (5 minimap px) around
    expect(frame.viewBox).toEqual({ x: -50, y: -300, width: 2100, height: 1600 });
  });

  it('takes in a view that reaches past the map', () => {
    // given a view far right of a small map
    const frame = minimapFrame(
      { x: 0, y: 0, width: 100, height: 100 },
      { x: 1000, y: 0, width: 300, height: 150 },
      size,
      0,
    );
    // then the frame spans from the map to the view's right edge
    expect(frame.viewBox.x).toBe(0);
    expect(frame.viewBox.x + frame.viewBox.width).toBe(1300);
    expect(frame.scale).toBe(6.5);
  });

  it('frames the view alone when the map has no processes', () => {
    const frame = minimapFrame(undefined, { x: 10, y: 20, width: 200, height: 150 }, size, 0);
    expect(frame).toEqual({ viewBox: { x: 10, y: 20, width: 200, height: 150 }, scale: 1 });
  });
});
