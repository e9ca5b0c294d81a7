import { MapLayerPortal } from '../canvas/MapLayerPortal';
import { useMemo, type CSSProperties } from 'react';
import type { MapNodeType } from '../canvas/flow-adapter';
import type { NodeContent } from '../canvas/node-contents';
import type { Point } from '../model/types';
import { badgeWidth, placeBadges, type Visible } from './badges';
import type { Highlight, Role } from './highlight';

/** A badge's role in words, for its tooltip; on screen its colour says it (see the bar's legend). */
const ROLE_LABELS: Record<Role, string> = {
  focus: 'This step',
  upstream: 'Feeds this step',
  downstream: 'Uses its outputs',
  both: 'Feeds this step and uses its outputs',
  producer: 'Produces the artifact',
  consumer: 'Uses the artifact',
};

/** Room between a followed port's label and its frame, in map units. */
const PORT_MARGIN = 5;

/**
 * The names of the highlighted processes in their role's colour, the same size on screen at
 * any zoom (CSS divides by `--pp-zoom`): the picture stays legible when the camera has to
 * take in far-apart neighbours and the nodes' own text gets small. For a followed artifact,
 * a frame around its port on every producer and consumer.
 *
 * `zoom` is where the camera is going; badges are placed for it so that they do not collide.
 */
export function RoleBadges({
  nodes,
  contents,
  highlight,
  zoom,
  visible,
}: {
  nodes: readonly MapNodeType[];
  /** What each node draws, by process id: the name and the ports' places. */
  contents: ReadonlyMap<string, NodeContent>;
  highlight?: Highlight;
  zoom: number;
  /** The part of the map left of the card, in map units. */
  visible: Visible;
}) {
  const placements = useMemo(() => {
    if (!highlight) return new Map<string, Point>();
    const requests = nodes.flatMap((node) => {
      const content = contents.get(node.id);
      if (!content || !highlight.roles.has(node.id)) return [];
      const { width, height } = content.geometry;
      return [
        {
          id: node.id,
          node: { ...node.position, width, height },
          width: badgeWidth(content.process.name),
        },
      ];
    });
    return placeBadges(requests, zoom, visible);
  }, [nodes, contents, highlight, zoom, visible]);
  if (!highlight) return null;
  return (
    <MapLayerPortal>
      {nodes.map((node) => {
        const role = highlight.roles.get(node.id);
        const content = contents.get(node.id);
        if (!role || !content) return null;
        const { geometry, process } = content;
        const side = role === 'producer' ? 'out' : 'in';
        const port =
          highlight.thread === undefined
            ? undefined
            : geometry.ports.find((p) => p.key === highlight.thread && p.side === side);
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
          <div
            key={`b-${node.id}`}
            className={`pm-present-badge pm-present-badge--${role}`}
            style={{ left: placements.get(node.id)?.x, top: placements.get(node.id)?.y }}
            title={ROLE_LABELS[role]}
            data-testid="present-badge"
            data-process-id={node.id}
            data-role={role}
          >
            {process.name}
          </div>,
          portBox && <div key={`p-${node.id}`} className="pm-present-port" style={portBox} />,
        ];
      })}
    </MapLayerPortal>
  );
}
