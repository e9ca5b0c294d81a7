import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FREE_SPOT_GAP,
  NEW_PROCESS_ROOM,
  nearestFreeSpot,
  newProcessSpot,
} from '../../../src/layout/free-spot';
import { mapGeometries } from '../../../src/layout/geometry';
import { overlaps } from '../../../src/layout/rect';
import type { Rect } from '../../../src/layout/types';
import { chainMap, harness } from '../store/harness';

const SIZE = { width: 260, height: 120 };
const box = (x: number, y: number): Rect => ({ x, y, ...SIZE });

describe('nearestFreeSpot', () => {
  it('keeps the wanted spot when it is free', () => {
    expect(nearestFreeSpot([box(0, 0)], SIZE, { x: 0, y: 400 })).toEqual({ x: 0, y: 400 });
  });

  it('moves a box wanted on top of another to the nearest side, keeping the gap', () => {
    // when a box is wanted over the right part of an existing one
    const right = nearestFreeSpot([box(0, 0)], SIZE, { x: 200, y: 20 });
    // and over its lower part
    const below = nearestFreeSpot([box(0, 0)], SIZE, { x: 20, y: 100 });
    // then each goes to the nearer side, the gap apart
    expect(right).toEqual({ x: 260 + FREE_SPOT_GAP, y: 20 });
    expect(below).toEqual({ x: 20, y: 120 + FREE_SPOT_GAP });
  });

  it('goes below when the row to the right is taken', () => {
    // given a row of boxes
    const row = [0, 1, 2, 3, 4, 5].map((i) => box(i * 300, 0));
    // when wanted on the first one
    const spot = nearestFreeSpot(row, SIZE, { x: 0, y: 10 });
    // then below it, not at the far end of the row
    expect(spot).toEqual({ x: 0, y: 120 + FREE_SPOT_GAP });
  });

  it('finds a free spot among many boxes without overlapping any', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: -2000, max: 2000 }),
            y: fc.integer({ min: -2000, max: 2000 }),
          }),
          {
            maxLength: 60,
          },
        ),
        fc.record({
          x: fc.integer({ min: -2000, max: 2000 }),
          y: fc.integer({ min: -2000, max: 2000 }),
        }),
        (corners, wanted) => {
          const boxes = corners.map((c) => box(c.x, c.y));
          const spot = nearestFreeSpot(boxes, SIZE, wanted);
          const placed = { ...spot, ...SIZE };
          for (const other of boxes) expect(overlaps(placed, other)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('places ten boxes one after another, each clear of the ones before', () => {
    // given the same wanted spot ten times, as "+ Process" at an unmoved view would ask
    const boxes: Rect[] = [box(0, 0)];
    for (let i = 0; i < 10; i++)
      boxes.push({ ...nearestFreeSpot(boxes, SIZE, { x: 0, y: 0 }), ...SIZE });
    // then no two overlap
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });
});

describe('newProcessSpot', () => {
  const map = chainMap();

  it('puts the new process near the selected one when the spot right of it is taken', () => {
    // given "plan" selected at x 0, with "risk" right of it at x 300
    const spot = newProcessSpot(map.processes, map.positions, ['plan'], { x: 0, y: 0 });
    // then the nearest free spot is clear of all three boxes
    const geometries = mapGeometries(map.processes);
    for (const p of map.processes) {
      expect(
        overlaps({ ...spot, ...NEW_PROCESS_ROOM }, { ...map.positions[p.id], ...geometries[p.id] }),
      ).toBe(false);
    }
    // and near "plan", below the row rather than past its end
    expect(spot.y).toBeGreaterThan(0);
    expect(spot.x).toBeLessThan(600);
  });

  it('puts it right of the selected box, level with it, where there is room', () => {
    const spot = newProcessSpot(map.processes, map.positions, ['treat'], { x: 0, y: 0 });
    expect(spot).toEqual({ x: 600 + 260 + FREE_SPOT_GAP, y: 0 });
  });

  it('centres it on the view when nothing is selected and the middle is free', () => {
    const spot = newProcessSpot(map.processes, map.positions, [], { x: 400, y: 1000 });
    expect(spot).toEqual({
      x: 400 - NEW_PROCESS_ROOM.width / 2,
      y: 1000 - NEW_PROCESS_ROOM.height / 2,
    });
  });
});

describe('adding a process', () => {
  it('leaves the other boxes where they are and asks for no layout', () => {
    // given a placed map
    const editor = harness(chainMap());
    const before = editor.map.positions;
    const requests = editor.state.layoutRequest;
    // when a process is added where "+ Process" puts it
    const { map, selection } = editor.state;
    editor.actions.addProcess(
      {},
      newProcessSpot(map.processes, map.positions, selection, { x: 300, y: 0 }),
    );
    // then
    expect(editor.state.layoutRequest).toBe(requests);
    for (const id of Object.keys(before)) expect(editor.map.positions[id]).toEqual(before[id]);
  });
});
