import type { Rect } from '../layout/types';

/** The part of the map a view shows, in map coordinates, from React Flow's transform. */
export function viewedRect(
  [x, y, zoom]: readonly [number, number, number],
  view: { width: number; height: number },
): Rect {
  return { x: -x / zoom, y: -y / zoom, width: view.width / zoom, height: view.height / zoom };
}

interface Placed {
  id: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
}

/**
 * The ids of the nodes that show in `view`, whole or in part.
 *
 * @example onScreen(nodes, viewedRect(transform, { width: 1600, height: 1000 })) // Set { 'p7', 'p8' }
 */
export function onScreen(nodes: readonly Placed[], view: Rect): Set<string> {
  const ids = new Set<string>();
  const right = view.x + view.width;
  const bottom = view.y + view.height;
  for (const node of nodes) {
    const { x, y } = node.position;
    if (
      x < right &&
      x + (node.width ?? 0) > view.x &&
      y < bottom &&
      y + (node.height ?? 0) > view.y
    )
      ids.add(node.id);
  }
  return ids;
}
