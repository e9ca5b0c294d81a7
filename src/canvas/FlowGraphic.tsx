import { memo, useMemo, useState } from 'react';
import { labelPoint } from '../layout/routes';
import { quietLabelPoint } from '../layout/flow-label';
import { THEME } from '../layout/theme';
import type { FlowEdgeData } from './flow-adapter';
import { flowPaths } from './flow-paths';

/** Width of the invisible stroke that makes a thin flow easy to hover, in px. */
const HIT_WIDTH = 12;

export interface FlowGraphicProps {
  id: string;
  data: FlowEdgeData;
  /** Zoomed in far enough that every flow shows its artifact. */
  showAll: boolean;
  /**
   * Where emphasised flows show their label: `always` at the route's label point (the
   * presentation, which lights a few flows), or `quiet` only where a horizontal stretch has
   * room (the editor, where a selection can touch many flows).
   */
  mode: 'always' | 'quiet';
  className?: string;
}

/**
 * One link (the flows from one process to another) drawn along its route: the line, forked
 * into each further artifact's port, its arrowheads and, when shown, the artifacts' names;
 * an invisible wider stroke takes the hover. The editor's flow layer and the presentation's
 * React Flow edges both draw flows with it.
 */
function FlowGraphicView({ id, data, showAll, mode, className }: FlowGraphicProps) {
  // Labels are created only when shown: a big map has thousands of flows.
  const [hovered, setHovered] = useState(false);
  const { route, fan, label, highlighted } = data;
  const paths = useMemo(() => flowPaths(route, fan), [route, fan]);
  const emphasised = showAll || highlighted;
  const quietAt = useMemo(
    () => (emphasised && mode === 'quiet' ? quietLabelPoint(route, label) : undefined),
    [emphasised, mode, route, label],
  );
  const at = hovered || (emphasised && mode === 'always') ? labelPoint(route) : quietAt;
  const classes = ['pm-flow', highlighted && 'pm-flow--highlighted', className];
  return (
    <g
      className={classes.filter(Boolean).join(' ')}
      data-testid="flow-edge"
      data-flow-id={id}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <path d={paths.line} className="pm-flow__path" />
      <path d={paths.head} className="pm-flow__head" />
      <path d={paths.line} className="pm-flow__hit" strokeWidth={HIT_WIDTH} />
      {at && (
        <text
          x={at.x}
          y={at.y}
          className="pm-flow__label"
          fontSize={THEME.fontSize.edgeLabel}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {label}
        </text>
      )}
    </g>
  );
}

export const FlowGraphic = memo(FlowGraphicView);
