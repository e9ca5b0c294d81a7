import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { nodeGeometry } from '../layout/geometry';
import { nodeStyle, THEME } from '../layout/theme';
import type { Point, Process } from '../model/types';
import { overviewFontSize, overviewLabel } from './overview';

const fontSizeOf = (s: ReactFlowState) => overviewFontSize(s.transform[2]);
const transformOf = (s: ReactFlowState) =>
  `translate(${s.transform[0]}px, ${s.transform[1]}px) scale(${s.transform[2]})`;

const Labels = memo(function Labels({
  processes,
  positions,
  fontSize,
}: {
  processes: readonly Process[];
  positions: Readonly<Record<string, Point>>;
  fontSize: number;
}) {
  return processes.map((process) => {
    const at = positions[process.id];
    if (!at) return null;
    const geometry = nodeGeometry(process);
    const label = overviewLabel(process.name, geometry, fontSize);
    const look = nodeStyle(process);
    const inset = THEME.node.borderWidth;
    return (
      <div
        key={process.id}
        className="pm-overview__label"
        style={{
          left: at.x + inset,
          top: at.y + inset,
          width: geometry.width - 2 * inset,
          height: geometry.height - 2 * inset,
          background: look.headerFill,
          borderRadius: Math.max(0, look.radius - inset),
          fontSize: label.fontSize,
          lineHeight: `${label.lineHeight}px`,
        }}
      >
        {label.lines.join('\n')}
      </div>
    );
  });
});

/**
 * Process names in large type over the nodes when the map is zoomed out too far to read
 * the nodes' own labels (at fit view of a big map). A layer of its own outside React
 * Flow's viewport: it follows the viewport's transform, takes no clicks, and is never part
 * of a PNG capture of the viewport.
 */
export function OverviewLabels({
  processes,
  positions,
}: {
  processes: readonly Process[];
  positions: Readonly<Record<string, Point>>;
}) {
  const fontSize = useStore(fontSizeOf);
  const transform = useStore(transformOf);
  const labels = useMemo(
    () =>
      fontSize === undefined ? null : (
        <Labels processes={processes} positions={positions} fontSize={fontSize} />
      ),
    [processes, positions, fontSize],
  );
  if (!labels) return null;
  return (
    <div className="pm-overview" aria-hidden="true">
      <div className="pm-overview__viewport" style={{ transform }}>
        {labels}
      </div>
    </div>
  );
}
