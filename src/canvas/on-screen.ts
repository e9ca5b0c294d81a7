import { overlaps } from '../layout/rect';
import type { Rect } from '../layout/types';

/** The part of the map a view shows, in map coordinates, from React Flow's transform. */
export function viewedRect(
  [x, y, zoom]: readonly [number, number, number],
  view: { width: number; height: number },
): Rect {
  return { x: -x / zoom, y: -y / zoom, width: view.width / zoom, height: view.height / zoom };
}

/** A node where it is drawn, as React Flow's nodes give it. */
export interface PlacedNode {
  id: string;
  position: { x: number; y: number };
  measured?: { width?: number; height?: number };
}

/**
 * The ids of the nodes that show in `view`, whole or in part.
 *
 * @example onScreen(nodes, viewedRect(transform, { width: 1600, height: 1000 })) // Set { 'p7', 'p8' }
 */
export function onScreen(nodes: readonly PlacedNode[], view: Rect): Set<string> {
  const ids = new Set<string>();
  // One box, filled in for each node: this runs on every frame of a pan over a big map.
  const box = { x: 0, y: 0, width: 0, height: 0 };
  for (const node of nodes) {
    box.x = node.position.x;
    box.y = node.position.y;
    box.width = node.measured?.width ?? 0;
    box.height = node.measured?.height ?? 0;
    if (overlaps(box, view)) ids.add(node.id);
  }
  return ids;
}
