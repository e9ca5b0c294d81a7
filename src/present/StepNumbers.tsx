import { MapLayerPortal } from '../canvas/MapLayerPortal';
import type { MapNodeType } from '../canvas/flow-adapter';

/**
 * The overview's numbers: each process's place in the tour, in a disc on its top-left
 * corner, the same size on screen at any zoom. The audience sees the path before it starts.
 */
export function StepNumbers({
  nodes,
  order,
}: {
  nodes: readonly MapNodeType[];
  order: readonly string[];
}) {
  const stepOf = new Map(order.map((id, i) => [id, i + 1]));
  return (
    <MapLayerPortal>
      {nodes.map((node) => {
        const step = stepOf.get(node.id);
        if (step === undefined) return null;
        return (
          <div
            key={node.id}
            className="pm-present-number"
            style={{ left: node.position.x, top: node.position.y }}
            data-testid="present-step-number"
            data-process-id={node.id}
          >
            {step}
          </div>
        );
      })}
    </MapLayerPortal>
  );
}
