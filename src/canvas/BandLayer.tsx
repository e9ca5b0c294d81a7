import { memo } from 'react';
import { BAND_TITLE_HEIGHT, type BandRect } from '../layout/bands';
import { THEME } from '../layout/theme';
import { MapLayerPortal } from './MapLayerPortal';

/**
 * The bands of the ISO process map as pale titled areas under the flows and nodes, where
 * {@link bandRects} frames them around the boxes (so they follow a dragged box). A handful
 * of elements whatever the map's size; they take no clicks, which go to the pane.
 */
export const BandLayer = memo(function BandLayer({ bands }: { bands: readonly BandRect[] }) {
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
                fontSize: b.fontSize,
                lineHeight: `${BAND_TITLE_HEIGHT}px`,
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
