import { THEME } from '../layout/theme';
import type { Point, ProcessMap } from '../model/types';
import { wrapText } from '../text';
import { controlRows } from './document-facts';
import { linesFromTop, n } from './svg-text';

export const TITLE_BLOCK = {
  width: 340,
  labelWidth: 96,
  paddingX: 8,
  paddingY: 5,
  font: { size: THEME.fontSize.legend },
  titleFont: { size: THEME.fontSize.title, bold: true },
  lineHeight: THEME.lineHeight.legend,
  titleLineHeight: THEME.lineHeight.title,
  border: '#55606e',
};

/** The filled fields of the document-control block, below the title. */
function titleBlockRows(map: ProcessMap): { label: string; value: string }[] {
  return controlRows(map)
    .filter((row): row is [string, string] => row[0] !== 'Title' && Boolean(row[1]?.trim()))
    .map(([label, value]) => ({ label, value }));
}

/**
 * The title block: a bordered table, the title across the top, then the filled fields
 * (organisation, revision, date, owner, approved by, classification) in `columns` pairs of
 * label and value per row, read left to right. Long values wrap, never cut. It is
 * `columns` × {@link TITLE_BLOCK}.width wide.
 */
export function titleBlock(
  map: ProcessMap,
  origin: Point,
  columns = 1,
): { svg: string; height: number; width: number } {
  const t = TITLE_BLOCK;
  const width = columns * t.width;
  const title = map.title.trim() || 'Untitled process map';
  const titleLines = wrapText(title, width - 2 * t.paddingX, t.titleFont);
  const parts = [
    linesFromTop(
      titleLines,
      t.paddingX,
      t.paddingY,
      t.titleFont,
      t.titleLineHeight,
      THEME.text.primary,
    ),
  ];
  const titleBottom = titleLines.length * t.titleLineHeight + 2 * t.paddingY;
  const rule = (x1: number, y1: number, x2: number, y2: number) =>
    `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${t.border}" stroke-width="0.75"/>`;
  const rows = titleBlockRows(map);
  let y = titleBottom;
  for (let start = 0; start < rows.length; start += columns) {
    const top = y + t.paddingY;
    parts.push(rule(0, y, width, y));
    let lineCount = 1;
    rows.slice(start, start + columns).forEach((row, column) => {
      const left = column * t.width;
      const lines = wrapText(row.value, t.width - t.labelWidth - 2 * t.paddingX, t.font);
      lineCount = Math.max(lineCount, lines.length);
      parts.push(
        linesFromTop(
          [row.label],
          left + t.paddingX,
          top,
          t.font,
          t.lineHeight,
          THEME.text.secondary,
        ),
        linesFromTop(
          lines,
          left + t.labelWidth + t.paddingX,
          top,
          t.font,
          t.lineHeight,
          THEME.text.primary,
        ),
      );
    });
    y += lineCount * t.lineHeight + 2 * t.paddingY;
  }
  if (y > titleBottom) {
    for (let column = 0; column < columns; column++) {
      const left = column * t.width;
      if (column > 0) parts.push(rule(left, titleBottom, left, y));
      parts.push(rule(left + t.labelWidth, titleBottom, left + t.labelWidth, y));
    }
  }
  const frame = `<rect width="${width}" height="${n(y)}" fill="#ffffff" stroke="${t.border}" stroke-width="1"/>`;
  return {
    svg: `<g id="title-block" transform="translate(${n(origin.x)} ${n(origin.y)})">${frame}${parts.join('')}</g>`,
    height: y,
    width,
  };
}
