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
  font: { size: 11 },
  titleFont: { size: 13, bold: true },
  lineHeight: 14,
  titleLineHeight: 17,
  border: '#55606e',
};

/** The filled fields of the document-control block, below the title. */
function titleBlockRows(map: ProcessMap): { label: string; value: string }[] {
  return controlRows(map)
    .filter((row): row is [string, string] => row[0] !== 'Title' && Boolean(row[1]?.trim()))
    .map(([label, value]) => ({ label, value }));
}

/**
 * The title block: a bordered table, the title across the top, one row per filled field
 * (organisation, revision, date, owner, approved by, classification). Long values wrap,
 * never cut.
 */
export function titleBlock(map: ProcessMap, origin: Point): { svg: string; height: number } {
  const t = TITLE_BLOCK;
  const title = map.title.trim() || 'Untitled process map';
  const titleLines = wrapText(title, t.width - 2 * t.paddingX, t.titleFont);
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
  let y = titleBottom;
  for (const row of titleBlockRows(map)) {
    const lines = wrapText(row.value, t.width - t.labelWidth - 2 * t.paddingX, t.font);
    const top = y + t.paddingY;
    parts.push(
      rule(0, y, t.width, y),
      linesFromTop([row.label], t.paddingX, top, t.font, t.lineHeight, THEME.text.secondary),
      linesFromTop(lines, t.labelWidth + t.paddingX, top, t.font, t.lineHeight, THEME.text.primary),
    );
    y += lines.length * t.lineHeight + 2 * t.paddingY;
  }
  if (y > titleBottom) parts.push(rule(t.labelWidth, titleBottom, t.labelWidth, y));
  const frame = `<rect width="${t.width}" height="${n(y)}" fill="#ffffff" stroke="${t.border}" stroke-width="1"/>`;
  return {
    svg: `<g id="title-block" transform="translate(${n(origin.x)} ${n(origin.y)})">${frame}${parts.join('')}</g>`,
    height: y,
  };
}
