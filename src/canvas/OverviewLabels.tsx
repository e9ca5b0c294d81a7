import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { nodeGeometry } from '../layout/geometry';
import { nodeStyle, THEME } from '../layout/theme';
import type { Point, Process } from '../model/types';
import { overviewFontSize, overviewLabel } from './overview';

const fontSizeOf = (s: ReactFlowState) => overviewFontSize(s.transform[2]);

const Label = memo(function Label({
  process,
  at,
  fontSize,
  selected,
}: {
  process: Process;
  at: Point;
  fontSize: number;
  selected: boolean;
}) {
  const geometry = nodeGeometry(process);
  const label = overviewLabel(process.name, geometry, fontSize);
  const look = nodeStyle(process);
  return (
    <div
      className={
        selected ? 'pm-overview__label pm-overview__label--selected' : 'pm-overview__label'
      }
      style={{
        left: at.x,
        top: at.y,
        width: geometry.width,
        height: geometry.height,
        background: look.headerFill,
        borderColor: look.border,
        borderStyle: look.borderDash ? 'dashed' : 'solid',
        borderWidth: THEME.node.borderWidth,
        borderRadius: look.radius,
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
 * and selection ring included, so a pan may leave the nodes undrawn (app.css). Part of the viewport, which
 * moves them without redrawing; they take no clicks and are left out of a PNG capture.
 */
export function OverviewLabels({
  processes,
  positions,
  selected,
}: {
  processes: readonly Process[];
  positions: Readonly<Record<string, Point>>;
  selected: ReadonlySet<string>;
}) {
  const fontSize = useStore(fontSizeOf);
  if (fontSize === undefined) return null;
  return (
    <ViewportPortal>
      <div className="pm-overview" aria-hidden="true">
        {processes.map((process) => {
          const at = positions[process.id];
          return (
            at && (
              <Label
                key={process.id}
                process={process}
                at={at}
                fontSize={fontSize}
                selected={selected.has(process.id)}
              />
            )
          );
        })}
      </div>
    </ViewportPortal>
  );
}
