import { expect } from 'vitest';
import { findPort, mapGeometries } from '../../../src/layout/geometry';
import type { LayoutResult, Rect } from '../../../src/layout/types';
import { deriveFlows } from '../../../src/model/flows';
import { deriveLinks } from '../../../src/model/links';
import type { Point, ProcessMap } from '../../../src/model/types';

/** True when every segment of the route is horizontal or vertical. */
export function isOrthogonal(points: readonly Point[]): boolean {
  return points.every((p, i) => i === 0 || p.x === points[i - 1].x || p.y === points[i - 1].y);
}

/** True when the axis-parallel segment a–b enters the inside of the rectangle (its border excluded). */
export function segmentCrossesInterior(a: Point, b: Point, r: Rect, margin = 0.5): boolean {
  const left = r.x + margin;
  const right = r.x + r.width - margin;
  const top = r.y + margin;
  const bottom = r.y + r.height - margin;
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return minX < right && maxX > left && minY < bottom && maxY > top;
}

/** True when two rectangles share inside area. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function nodeRects(map: ProcessMap, result: LayoutResult): Map<string, Rect> {
  const geometries = mapGeometries(map.processes, result.direction);
  const rects = new Map<string, Rect>();
  for (const p of map.processes) {
    const at = result.positions[p.id];
    rects.set(p.id, { ...at, width: geometries[p.id].width, height: geometries[p.id].height });
  }
  return rects;
}

/** Checks every layout property the editor and the exports rely on. */
export function expectReadableLayout(map: ProcessMap, result: LayoutResult): void {
  const geometries = mapGeometries(map.processes, result.direction);
  const flows = deriveLinks(deriveFlows(map.processes));
  const rects = nodeRects(map, result);
  const ids = [...rects.keys()];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      expect(rectsOverlap(rects.get(ids[i])!, rects.get(ids[j])!), `${ids[i]} / ${ids[j]}`).toBe(
        false,
      );
    }
  }
  expect(Object.keys(result.routes).sort()).toEqual(flows.map((f) => f.id).sort());
  for (const flow of flows) {
    const route = result.routes[flow.id];
    const from = result.positions[flow.from];
    const to = result.positions[flow.to];
    const out = findPort(geometries[flow.from], `out:${flow.key}`)!;
    const into = findPort(geometries[flow.to], `in:${flow.key}`)!;
    expect(route[0]).toEqual({ x: from.x + out.x, y: from.y + out.y });
    expect(route[route.length - 1]).toEqual({ x: to.x + into.x, y: to.y + into.y });
    expect(isOrthogonal(route), flow.id).toBe(true);
    for (let i = 1; i < route.length; i++) {
      for (const [id, rect] of rects) {
        expect(
          segmentCrossesInterior(route[i - 1], route[i], rect),
          `${flow.id} through ${id}`,
        ).toBe(false);
      }
    }
  }
  const b = result.bounds;
  for (const rect of rects.values()) {
    expect(rect.x).toBeGreaterThanOrEqual(b.x);
    expect(rect.y).toBeGreaterThanOrEqual(b.y);
    expect(rect.x + rect.width).toBeLessThanOrEqual(b.x + b.width);
    expect(rect.y + rect.height).toBeLessThanOrEqual(b.y + b.height);
  }
}
