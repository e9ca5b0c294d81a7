import { ViewportPortal } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { MapNodeType } from '../canvas/flow-adapter';
import type { Highlight, Role } from './highlight';

/** What a badge above a highlighted process says. The step itself has none: the card names it. */
export const ROLE_LABELS: Record<Exclude<Role, 'focus'>, string> = {
  upstream: 'Feeds this step',
  downstream: 'Uses its outputs',
  both: 'Feeds it and uses its outputs',
  producer: 'Produces',
  consumer: 'Uses',
};

/** Height of a badge in map units; it sits this far above its node plus a gap. */
const BADGE_HEIGHT = 28;
/** Room between a followed port's label and its frame. */
const PORT_MARGIN = 5;

/**
 * Words next to the colours, so the roles read without a legend: a badge above each
 * highlighted process, and for a followed artifact a frame around its port on every
 * producer and consumer. Drawn in map coordinates, so they travel with the camera.
 */
export function RoleBadges({
  nodes,
  highlight,
}: {
  nodes: readonly MapNodeType[];
  highlight?: Highlight;
}) {
  if (!highlight) return null;
  return (
    <ViewportPortal>
      {nodes.map((node) => {
        const role = highlight.roles.get(node.id);
        if (!role) return null;
        const { geometry } = node.data;
        const port =
          highlight.thread === undefined
            ? undefined
            : geometry.ports.find(
                (p) =>
                  p.key === highlight.thread && p.side === (role === 'producer' ? 'out' : 'in'),
              );
        // The frame spans the label's column and the dot on the border.
        const labelWidth = port?.text.width ?? geometry.width / 2;
        const portBox: CSSProperties | undefined = port && {
          left:
            node.position.x +
            (port.side === 'in' ? -PORT_MARGIN : port.text.x - labelWidth - PORT_MARGIN),
          top: node.position.y + (port.text.top ?? port.y - port.text.lineHeight / 2) - PORT_MARGIN,
          width:
            port.side === 'in'
              ? port.text.x + labelWidth + 2 * PORT_MARGIN
              : geometry.width - port.text.x + labelWidth + 2 * PORT_MARGIN,
          height: port.text.lines.length * port.text.lineHeight + 2 * PORT_MARGIN,
        };
        return [
          role !== 'focus' && (
            <div
              key={`b-${node.id}`}
              className={`pm-present-badge pm-present-badge--${role}`}
              style={{
                left: node.position.x,
                top: node.position.y - BADGE_HEIGHT - 8,
                height: BADGE_HEIGHT,
              }}
              data-testid="present-badge"
              data-process-id={node.id}
              data-role={role}
            >
              {ROLE_LABELS[role]}
            </div>
          ),
          portBox && <div key={`p-${node.id}`} className="pm-present-port" style={portBox} />,
        ];
      })}
    </ViewportPortal>
  );
}
