import { BAND_TITLE_FONT, BAND_TITLE_HEIGHT, bandTitleRects, type BandRect } from '../layout/bands';
import { THEME } from '../layout/theme';
import { linesFromTop, n } from './svg-text';

/** The bands of the ISO process map as pale areas in their tints, drawn under the flows and boxes. */
export function bandsElement(bands: readonly BandRect[]): string {
  if (bands.length === 0) return '';
  const b = THEME.band;
  const parts = bands.map((band) => {
    const style = b.styles[band.id];
    return `<g id="band-${band.id}"><rect x="${n(band.x)}" y="${n(band.y)}" width="${n(band.width)}" height="${n(band.height)}" rx="${b.radius}" fill="${style.fill}" stroke="${style.border}" stroke-width="${b.borderWidth}"/></g>`;
  });
  return `<g id="bands">${parts.join('')}</g>`;
}

/**
 * The bands' titles in the strips on top of them, each on a ground of its band's tint:
 * drawn over the flows, so that a flow running along the strip does not strike it out.
 */
export function bandTitlesElement(bands: readonly BandRect[]): string {
  if (bands.length === 0) return '';
  const lineHeight = BAND_TITLE_HEIGHT - 8;
  const grounds = bandTitleRects(bands);
  const parts = bands.map((band, i) => {
    const style = THEME.band.styles[band.id];
    const ground = grounds[i]!;
    const pad = 4;
    const rect = `<rect x="${n(ground.x - pad)}" y="${n(ground.y + 2)}" width="${n(ground.width + 2 * pad)}" height="${n(ground.height - 4)}" fill="${style.fill}"/>`;
    const title = linesFromTop(
      [band.label],
      ground.x,
      band.y + (BAND_TITLE_HEIGHT - lineHeight) / 2 + 2,
      BAND_TITLE_FONT,
      lineHeight,
      style.title,
    );
    return `<g id="band-title-${band.id}">${rect}${title}</g>`;
  });
  return `<g id="band-titles">${parts.join('')}</g>`;
}
