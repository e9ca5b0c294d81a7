import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap } from '@xyflow/system';
import { memo, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { THEME } from '../layout/theme';
import type { Rect } from '../layout/types';
import { createMinimapPainter, minimapFrame, type MinimapNode, type MinimapPaint } from './minimap';
import { viewedRect } from './on-screen';

const SIZE = { width: 200, height: 150 };
const MASK_COLOR = 'rgb(240 242 245 / 70%)';

const viewOf = (s: ReactFlowState) => viewedRect(s.transform, s);
const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const panZoomOf = (s: ReactFlowState) => s.panZoom;
const extentOf = (s: ReactFlowState) => s.translateExtent;
const paneWidth = (s: ReactFlowState) => s.width;
const paneHeight = (s: ReactFlowState) => s.height;

/** The nodes' boxes, drawn again only when a node moved or changed size or paint. */
const MinimapPaints = memo(function MinimapPaints({ paints }: { paints: MinimapPaint[] }) {
  return paints.map(({ key, style, d }) => (
    <path
      key={key}
      d={d}
      className="pm-minimap__nodes"
      fill={THEME.nodes[style].headerFill}
      stroke={THEME.nodes[style].border}
      // A pixel however far the minimap is zoomed out: on a big map, where a node is less
      // than a pixel wide, every process still shows as a dot.
      strokeWidth={1}
      vectorEffect="non-scaling-stroke"
    />
  ));
});

/**
 * The whole map in the corner, with the part on screen unmasked; dragging in it pans the
 * canvas and the wheel zooms. Drawn from the map's own nodes rather than React Flow's
 * minimap, which gives every node an element listening to React Flow's store and measures
 * every node again on each frame of a pan: here a thousand processes are a few paths, and a
 * pan only moves the frame.
 */
export const MapMinimap = memo(function MapMinimap({
  nodes,
  bounds,
}: {
  nodes: readonly MinimapNode[];
  /** Around every node, as the canvas has it; undefined for a map without processes. */
  bounds: Rect | undefined;
}) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const [paint] = useState(createMinimapPainter);
  const paints = useMemo(() => paint(nodes), [paint, nodes]);
  const view = useStore(viewOf, sameRect);
  const { viewBox: box, scale } = minimapFrame(bounds, view, SIZE);
  const panZoom = useStore(panZoomOf);
  const translateExtent = useStore(extentOf);
  const width = useStore(paneWidth);
  const height = useStore(paneHeight);
  // How far the map moves for a pixel dragged in the minimap, read by the drag as it goes.
  const scaleRef = useRef(scale);
  useEffect(() => {
    scaleRef.current = scale;
  }, [scale]);

  useEffect(() => {
    if (!svg.current || !panZoom) return;
    const minimap = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scaleRef.current,
    });
    minimap.update({ translateExtent, width, height, pannable: true, zoomable: true });
    return () => minimap.destroy();
  }, [store, panZoom, translateExtent, width, height]);

  const outer = `M${box.x - box.width},${box.y - box.height}h${box.width * 3}v${box.height * 3}h${-box.width * 3}z`;
  const inner = `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
  return (
    <Panel
      position="bottom-right"
      className="react-flow__minimap pm-minimap"
      style={{ '--xy-minimap-mask-background-color-props': MASK_COLOR } as CSSProperties}
    >
      <svg
        ref={svg}
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
        data-testid="minimap"
      >
        <title id={titleId}>Overview of the map</title>
        <MinimapPaints paints={paints} />
        <path
          className="react-flow__minimap-mask"
          d={outer + inner}
          fillRule="evenodd"
          pointerEvents="none"
        />
        {/* Outlined, so that the view still shows where it is a speck on a big map. */}
        <path className="pm-minimap__view" d={inner} />
      </svg>
    </Panel>
  );
});
