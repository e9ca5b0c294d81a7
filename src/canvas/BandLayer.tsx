import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { BAND_PADDING, BAND_TITLE_HEIGHT, type BandRect } from '../layout/bands';
import { THEME } from '../layout/theme';
import { MapLayerPortal } from './MapLayerPortal';
import { overviewFontSize } from './overview';

/** The tint on each side of a title, over the flows under it. */
const TITLE_GROUND_PADDING = 4;

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
 * {@link bandRects} frames them around the boxes (so they follow a dragged box); their
 * titles over the flows (under the nodes), each on its band's tint, so that a flow running
 * along the title strip does not strike the title out. A handful of elements whatever the
 * map's size; they take no clicks, which go to the pane.
 */
export const BandLayer = memo(function BandLayer({ bands }: { bands: readonly BandRect[] }) {
  const titleSize = useStore(titleSizeOf);
  if (bands.length === 0) return null;
  const b = THEME.band;
  const lineHeight = `${Math.max(BAND_TITLE_HEIGHT, titleSize + 4)}px`;
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
              }}
            />
          );
        })}
      </div>
      <div className="pm-band-titles" aria-hidden="true">
        {bands.map((band) => {
          const style = b.styles[band.id];
          return (
            <div
              key={band.id}
              className="pm-band-title"
              data-band-title={band.id}
              style={{
                left: band.x + b.titleInset - TITLE_GROUND_PADDING,
                top: band.y,
                maxWidth: band.width - 2 * b.titleInset,
                background: style.fill,
                color: style.title,
                fontSize: titleSize,
                lineHeight,
                padding: `0 ${TITLE_GROUND_PADDING}px`,
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
