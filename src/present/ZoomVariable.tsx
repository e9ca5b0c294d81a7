import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

/** Below this zoom even enlarged flow labels are too small to read: they are hidden. */
const FAR_ZOOM = 0.45;

/**
 * Keeps the CSS variable `--pp-zoom` on the React Flow element equal to the camera's zoom,
 * without re-rendering anything, so badges, rings and flow labels can divide by it and stay
 * the same size on screen however far the camera is out; `data-far` says when it is too far
 * out for flow labels.
 */
export function ZoomVariable() {
  const store = useStoreApi();
  useEffect(() => {
    let shown = NaN;
    const write = () => {
      const { domNode, transform } = store.getState();
      const zoom = transform[2];
      if (!domNode || zoom === shown) return;
      shown = zoom;
      domNode.style.setProperty('--pp-zoom', String(zoom));
      domNode.dataset.far = String(zoom < FAR_ZOOM);
    };
    write();
    return store.subscribe(write);
  }, [store]);
  return null;
}
