import { BAND_TITLE_HEIGHT, type BandRect } from '../layout/bands';
import { THEME } from '../layout/theme';
import { linesFromTop, n } from './svg-text';

const TITLE_FONT = { size: THEME.band.fontSize, bold: true };

/**
 * The bands of the ISO process map as pale titled areas, drawn under the flows and boxes:
 * a rounded rectangle in the band's tint and its title in the strip on top.
 */
export function bandsElement(bands: readonly BandRect[]): string {
  if (bands.length === 0) return '';
  const b = THEME.band;
  const parts = bands.map((band) => {
    const style = b.styles[band.id];
    const rect = `<rect x="${n(band.x)}" y="${n(band.y)}" width="${n(band.width)}" height="${n(band.height)}" rx="${b.radius}" fill="${style.fill}" stroke="${style.border}" stroke-width="${b.borderWidth}"/>`;
    const lineHeight = BAND_TITLE_HEIGHT - 8;
    const title = linesFromTop(
      [band.label],
      band.x + b.titleInset,
      band.y + (BAND_TITLE_HEIGHT - lineHeight) / 2 + 2,
      TITLE_FONT,
      lineHeight,
      style.title,
    );
    return `<g id="band-${band.id}">${rect}${title}</g>`;
  });
  return `<g id="bands">${parts.join('')}</g>`;
}
