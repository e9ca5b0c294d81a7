import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { nodeStyle } from '../layout/theme';
import type { Point } from '../model/types';
import type { MapNodeType } from './flow-adapter';
import { MapLayerPortal } from './MapLayerPortal';
import { frameStyle } from './MapNode';
import { overviewFontSize, overviewLabel } from './overview';
import { useNodeContent } from './use-node-content';

const fontSizeOf = (s: ReactFlowState) => overviewFontSize(s.transform[2]);

const Label = memo(function Label({
  id,
  at,
  fontSize,
  selected,
}: {
  id: string;
  at: Point;
  fontSize: number;
  selected: boolean;
}) {
  const content = useNodeContent(id);
  const label = useMemo(
    () => content && overviewLabel(content.process.name, content.geometry, fontSize),
    [content, fontSize],
  );
  if (!content || !label) return null;
  const { process, geometry } = content;
  const look = nodeStyle(process);
  return (
    <div
      className={
        selected ? 'pm-overview__label pm-overview__label--selected' : 'pm-overview__label'
      }
      data-overview-of={id}
      style={{
        left: at.x,
        top: at.y,
        width: geometry.width,
        height: geometry.height,
        background: look.headerFill,
        ...frameStyle(look),
        fontSize: label.fontSize,
        lineHeight: `${label.lineHeight}px`,
      }}
    >
      {label.lines.join('\n')}
    </div>
  );
});

/**
 * Process names in large type over the nodes when the map is zoomed out too far to read
 * the nodes' own labels (at fit view of a big map). Each label covers its node whole, frame
 * and selection ring included, so nodes may stay bare boxes and a pan may leave them
 * undrawn (app.css). Part of the viewport, which moves them without redrawing; they take
 * no clicks, and a PNG is then drawn from the SVG.
 */
export const OverviewLabels = memo(function OverviewLabels({
  nodes,
}: {
  nodes: readonly MapNodeType[];
}) {
  const fontSize = useStore(fontSizeOf);
  if (fontSize === undefined) return null;
  return (
    <MapLayerPortal>
      <div className="pm-overview" aria-hidden="true">
        {nodes.map((node) => (
          <Label
            key={node.id}
            id={node.id}
            at={node.position}
            fontSize={fontSize}
            selected={!!node.selected}
          />
        ))}
      </div>
    </MapLayerPortal>
  );
});
