import { BaseEdge, useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { createContext, memo, useContext, useMemo, useState } from 'react';
import { labelPoint, pathData } from '../layout/routes';
import { THEME } from '../layout/theme';
import { arrowed } from '../layout/arrow-head';
import { quietLabelPoint } from './edge-label';
import type { FlowEdgeType } from './flow-adapter';

/** From this zoom on, every flow shows its artifact; below it only emphasised or hovered ones. */
export const LABEL_ZOOM = 1.1;

const zoomedIn = (s: ReactFlowState) => s.transform[2] >= LABEL_ZOOM;

/**
 * Where emphasised flows show their label: `always` at the route's label point (the
 * presentation, which lights a few flows), or `quiet` only where a horizontal stretch has
 * room (the editor, where a selection can touch many flows).
 */
export const FlowLabelMode = createContext<'always' | 'quiet'>('always');

/**
 * A derived flow drawn along its route (ELK's orthogonal route after a layout, a fallback
 * route while nodes move). The artifact label shows on hover, and when zoomed in or
 * emphasised as {@link FlowLabelMode} says.
 */
function FlowEdgeView({ id, data }: EdgeProps<FlowEdgeType>) {
  const showAll = useStore(zoomedIn);
  const mode = useContext(FlowLabelMode);
  // Labels are created only when shown: a big map has hundreds of flows.
  const [hovered, setHovered] = useState(false);
  const route = data?.route;
  const paths = useMemo(() => {
    if (!route || route.length < 2) return undefined;
    const { line, head } = arrowed(route, THEME.edge.arrowSize, THEME.port.radius);
    const [tip, left, right] = head;
    return {
      line: pathData(line, THEME.edge.cornerRadius),
      head: `M${tip.x} ${tip.y} L${left.x} ${left.y} L${right.x} ${right.y} Z`,
    };
  }, [route]);
  const label = data?.label ?? '';
  const quietAt = useMemo(
    () => (route ? quietLabelPoint(route, label) : undefined),
    [route, label],
  );
  if (!data || !route || !paths) return null;
  const emphasised = showAll || data.highlighted;
  const at =
    hovered || (emphasised && mode === 'always') ? labelPoint(route) : emphasised && quietAt;
  return (
    <g
      className={data.highlighted ? 'pm-flow pm-flow--highlighted' : 'pm-flow'}
      data-testid="flow-edge"
      data-flow-id={id}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <BaseEdge id={id} path={paths.line} interactionWidth={12} className="pm-flow__path" />
      <path d={paths.head} className="pm-flow__head" />
      {at && (
        <text
          x={at.x}
          y={at.y}
          className="pm-flow__label"
          textAnchor="middle"
          dominantBaseline="central"
        >
          {data.label}
        </text>
      )}
    </g>
  );
}

export const FlowEdge = memo(FlowEdgeView);
