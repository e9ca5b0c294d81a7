import { Handle, type NodeProps } from '@xyflow/react';
import { createContext, memo, useContext, type CSSProperties } from 'react';
import { nodeStyle, THEME, type NodeStyle } from '../layout/theme';
import type { MapNodeType } from './flow-adapter';
import { HANDLE_POSITION, HANDLE_SIZE } from './flow-adapter';
import type { ProblemSummary } from './node-contents';
import { TextLines } from './TextLines';
import { useNodeContent } from './use-node-content';
import { useKeyedValue, type KeyedReader } from './keyed-source';

/**
 * Which nodes draw their insides (text, ports, handles and problem marker), by id; every
 * node does without one. The editor leaves them out while the map is zoomed out so far that
 * the overview labels cover every node, and zoomed in on a big map for nodes off screen:
 * such a node is a bare box, with no store subscriptions per handle.
 */
export const NodeDetail = createContext<KeyedReader<boolean> | null>(null);

const EVERY_NODE: KeyedReader<boolean> = { get: () => true, subscribe: () => () => {} };

/** A node's border as CSS: the node's own frame, and the overview label that covers it. */
export function frameStyle(look: NodeStyle): CSSProperties {
  return {
    borderColor: look.border,
    borderStyle: look.borderDash ? 'dashed' : 'solid',
    borderWidth: THEME.node.borderWidth,
    borderRadius: look.radius,
  };
}

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function ProblemMarker({ problems }: { problems: ProblemSummary }) {
  const size = THEME.node.markerSize;
  const label = `${problems.count} ${SEVERITY_LABEL[problems.severity]}${problems.count === 1 ? '' : 's'}`;
  return (
    <div
      className={`pm-marker pm-marker--${problems.severity}`}
      style={{
        top: THEME.node.paddingTop - 1,
        right: THEME.node.paddingX - 2,
        minWidth: size + 2,
        height: size + 2,
        background: THEME.problem[problems.severity],
      }}
      title={problems.text}
      aria-label={label}
    >
      {problems.count}
    </div>
  );
}

/**
 * A process or external party, drawn from its NodeGeometry: header band with tag, name and
 * owner, then input ports on the left and output ports on the right, each a React Flow
 * handle at the port's position; only the box where {@link NodeDetail} leaves its insides out.
 * Its content comes from the canvas's node contents by id. Everything the user typed is text.
 */
function MapNodeView({ id, selected }: NodeProps<MapNodeType>) {
  const detailed = useKeyedValue(useContext(NodeDetail) ?? EVERY_NODE, id);
  const content = useNodeContent(id);
  // A process just deleted: React Flow unmounts its node in a moment.
  if (!content) return null;
  const { process, geometry, problems } = content;
  const look = nodeStyle(process);
  const box: CSSProperties = {
    width: geometry.width,
    height: geometry.height,
    background: look.fill,
    borderRadius: look.radius,
  };
  const className = ['pm-node', selected && 'pm-node--selected', !detailed && 'pm-node--bare']
    .filter(Boolean)
    .join(' ');
  // Bare: covered whole by its overview label, or off screen on a big map.
  if (!detailed)
    return (
      <div className={className} style={box} data-testid="process-node" data-process-id={id} />
    );
  return (
    <div className={className} style={box} data-testid="process-node" data-process-id={id}>
      <div
        className="pm-node__header"
        style={{
          height: geometry.headerHeight,
          background: look.headerFill,
          borderTopLeftRadius: look.radius,
          borderTopRightRadius: look.radius,
          borderBottomColor: look.border,
        }}
      />
      {geometry.tag && (
        <TextLines block={geometry.tag} color={look.tagText} className="pm-line--tag" />
      )}
      <TextLines block={geometry.title} color={THEME.text.primary} />
      {geometry.subtitle && <TextLines block={geometry.subtitle} color={THEME.text.secondary} />}
      {problems && <ProblemMarker problems={problems} />}
      {geometry.ports.map((port) => (
        <TextLines
          key={`t-${port.handleId}`}
          block={port.text}
          color={THEME.text.primary}
          className="pm-line--port"
        />
      ))}
      {/* Drawn over the content so that the geometry's coordinates stay relative to the
        node's outer corner, as in the SVG export, instead of shifting by the border width. */}
      <div className="pm-node__frame" style={frameStyle(look)} />
      {geometry.ports.map((port) => (
        <Handle
          key={port.handleId}
          id={port.handleId}
          type={port.side === 'in' ? 'target' : 'source'}
          isConnectableStart={port.side === 'out'}
          position={HANDLE_POSITION[port.facing]}
          className={`pm-handle pm-handle--${port.side}`}
          style={{ left: port.x, top: port.y, width: HANDLE_SIZE, height: HANDLE_SIZE }}
          title={
            port.side === 'in'
              ? `Input: ${port.label}`
              : `Output: ${port.label} (drag onto a process)`
          }
        />
      ))}
    </div>
  );
}

/** Re-renders when its content, paint or selection changes, never for other nodes' edits. */
export const MapNode = memo(
  MapNodeView,
  (a, b) => a.data === b.data && a.selected === b.selected && a.dragging === b.dragging,
);
