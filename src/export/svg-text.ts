import { svgNumber as n } from '../layout/routes';
import type { TextBlock } from '../layout/types';
import { baselineOffset, type FontSpec } from '../text';
import { escapeXml } from './escape';

// Coordinates with at most two decimals and no `-0`, as the routes' path data has them.
export { n };

/** A pre-wrapped text block as one `<text>` with a `<tspan>` per line, every line escaped. */
export function textElement(block: TextBlock, fill: string): string {
  if (block.lines.length === 0) return '';
  const x = n(block.x);
  const tspans = block.lines
    .map(
      (line, i) =>
        `<tspan x="${x}" y="${n(block.y + i * block.lineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const weight = block.bold ? ' font-weight="bold"' : '';
  const anchor = block.anchor === 'start' ? '' : ` text-anchor="${block.anchor}"`;
  return `<text font-size="${block.fontSize}"${weight}${anchor} fill="${fill}">${tspans}</text>`;
}

/** Lines set from their top edge (not their baseline), like the node text blocks. */
export function linesFromTop(
  lines: string[],
  x: number,
  top: number,
  font: FontSpec,
  lineHeight: number,
  fill: string,
): string {
  const block: TextBlock = {
    lines,
    x,
    y: top + baselineOffset(font, lineHeight),
    lineHeight,
    fontSize: font.size,
    bold: font.bold === true,
    anchor: 'start',
  };
  return textElement(block, fill);
}
