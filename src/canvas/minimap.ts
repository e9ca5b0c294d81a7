import type { NodeStyleKey } from '../layout/theme';
import { memoByObject } from '../model/memo';
import type { Rect } from '../layout/types';
import type { PlacedNode } from './on-screen';

/** A node as the minimap draws it: its box and its paint. */
export interface MinimapNode extends PlacedNode {
  data: { style: NodeStyleKey };
}

/** Some nodes of one paint as one path of boxes. */
export interface MinimapPaint {
  /** The paint and the part's place among the parts of that paint. */
  key: string;
  style: NodeStyleKey;
  d: string;
}

/**
 * Boxes per path: a node that changes size writes one part of its paint again, a short
 * path for the browser to parse, and a thousand nodes are still a few dozen elements.
 */
const PART_SIZE = 64;

// By node object: the canvas keeps the object of every node that did not move or change,
// so an edit that changes one node's size makes one box again.
const boxOf = memoByObject((node: MinimapNode): string => {
  const { x, y } = node.position;
  const width = node.measured?.width ?? 0;
  return `M${x} ${y}h${width}v${node.measured?.height ?? 0}h${-width}z`;
});

/**
 * Draws every node's box, in map coordinates, as paths per paint of up to
 * {@link PART_SIZE} boxes each: a thousand processes are a few dozen elements, and an edit
 * to one node changes one of them. A part whose nodes are all unchanged keeps its path
 * from the previous call, without joining its boxes again.
 *
 * @example
 * const paint = createMinimapPainter();
 * paint(nodes); // [{ key: 'core 0', style: 'core', d: 'M0 0h260v172h-260z…' }, …]
 */
export function createMinimapPainter(): (nodes: readonly MinimapNode[]) => MinimapPaint[] {
  // The last path of each part, by key, with the boxes it joined.
  const parts = new Map<string, { boxes: string[]; d: string }>();
  const partPath = (key: string, boxes: string[]): string => {
    const last = parts.get(key);
    if (last?.boxes.length === boxes.length && last.boxes.every((box, i) => box === boxes[i]))
      return last.d;
    const d = boxes.join('');
    parts.set(key, { boxes, d });
    return d;
  };
  return (nodes) => {
    const byPaint = new Map<NodeStyleKey, string[]>();
    for (const node of nodes) {
      const list = byPaint.get(node.data.style);
      if (list) list.push(boxOf(node));
      else byPaint.set(node.data.style, [boxOf(node)]);
    }
    const paints: MinimapPaint[] = [];
    for (const [style, list] of byPaint) {
      for (let at = 0; at < list.length; at += PART_SIZE) {
        const key = `${style} ${at / PART_SIZE}`;
        paints.push({ key, style, d: partPath(key, list.slice(at, at + PART_SIZE)) });
      }
    }
    return paints;
  };
}

/** Where the minimap looks: its viewBox, and map units per pixel of the minimap. */
export interface MinimapFrame {
  viewBox: Rect;
  scale: number;
}

/**
 * The minimap's viewBox: the map's `bounds` (undefined for a map without processes) and the
 * part of the map on screen, centred in an element
 * of `size` pixels with a margin of `margin` pixels around them, as React Flow's own minimap
 * frames them.
 *
 * @example minimapFrame(bounds, viewedRect(transform, pane), { width: 200, height: 150 })
 */
export function minimapFrame(
  bounds: Rect | undefined,
  view: Rect,
  size: { width: number; height: number },
  margin = 5,
): MinimapFrame {
  const x0 = Math.min(view.x, bounds?.x ?? view.x);
  const y0 = Math.min(view.y, bounds?.y ?? view.y);
  const x1 = Math.max(view.x + view.width, bounds ? bounds.x + bounds.width : -Infinity);
  const y1 = Math.max(view.y + view.height, bounds ? bounds.y + bounds.height : -Infinity);
  const scale = Math.max((x1 - x0) / size.width, (y1 - y0) / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  const offset = margin * scale;
  return {
    viewBox: {
      x: x0 - (width - (x1 - x0)) / 2 - offset,
      y: y0 - (height - (y1 - y0)) / 2 - offset,
      width: width + 2 * offset,
      height: height + 2 * offset,
    },
    scale,
  };
}
