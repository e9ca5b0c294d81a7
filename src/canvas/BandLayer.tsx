import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { BAND_PADDING, BAND_TITLE_HEIGHT, type BandRect } from '../layout/bands';
import { THEME } from '../layout/theme';
import { MapLayerPortal } from './MapLayerPortal';
import { overviewFontSize } from './overview';

/** The tallest title that stays above the boxes: the title strip and the padding under it. */
const LARGEST_TITLE = BAND_TITLE_HEIGHT + BAND_PADDING - 4;

/**
 * The band titles' size in map px: the theme's, and zoomed out the overview labels' size
 * (stepped, so it changes a few times over the whole zoom range), up to what fits above
 * the boxes.
 */
const titleSizeOf = (s: ReactFlowState) =>
  Math.min(LARGEST_TITLE, Math.max(THEME.band.fontSize, overviewFontSize(s.transform[2]) ?? 0));

/**
 * The bands of the ISO process map as pale titled areas under the flows and nodes, where
 * {@link bandRects} frames them around the boxes (so they follow a dragged box). A handful
 * of elements whatever the map's size; they take no clicks, which go to the pane.
 */
export const BandLayer = memo(function BandLayer({ bands }: { bands: readonly BandRect[] }) {
  const titleSize = useStore(titleSizeOf);
  if (bands.length === 0) return null;
  const b = THEME.band;
  return (
    <MapLayerPortal layer="below">
      <div className="pm-bands" aria-hidden="true">
        {bands.map((band) => {
          const style = b.styles[band.id];
          return (
            <div
              key={band.id}
              className="pm-band"
              data-band={band.id}
              style={{
                left: band.x,
                top: band.y,
                width: band.width,
                height: band.height,
                background: style.fill,
                border: `${b.borderWidth}px solid ${style.border}`,
                borderRadius: b.radius,
                color: style.title,
                fontSize: titleSize,
                lineHeight: `${Math.max(BAND_TITLE_HEIGHT, titleSize + 4)}px`,
                paddingLeft: b.titleInset,
              }}
            >
              {band.label}
            </div>
          );
        })}
      </div>
    </MapLayerPortal>
  );
});
