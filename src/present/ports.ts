import type { NodeGeometry, PortGeometry } from '../layout/types';
import type { Point } from '../model/types';

/** How far outside the node a click still counts for the port dot on its border. */
const DOT_REACH = 10;

/**
 * The port whose row holds a point given relative to the node's top-left corner: the
 * label's lines and the dot on the border, so a click on either follows that artifact.
 *
 * @example
 * portAt(geometry, { x: 30, y: geometry.ports[0].y })?.key // the first input's key
 */
export function portAt(geometry: NodeGeometry, point: Point): PortGeometry | undefined {
  return geometry.ports.find((port) => {
    const { text } = port;
    const top = text.top ?? port.y - (text.lines.length * text.lineHeight) / 2;
    const bottom = top + Math.max(1, text.lines.length) * text.lineHeight;
    if (point.y < top || point.y > bottom) return false;
    const width = text.width ?? geometry.width / 2;
    return port.side === 'in'
      ? point.x >= -DOT_REACH && point.x <= text.x + width
      : point.x >= text.x - width && point.x <= geometry.width + DOT_REACH;
  });
}
