import { memo, type CSSProperties } from 'react';
import type { TextBlock } from '../layout/types';
import { baselineOffset } from '../text';

const ANCHOR_SHIFT: Record<TextBlock['anchor'], string | undefined> = {
  start: undefined,
  middle: 'translateX(-50%)',
  end: 'translateX(-100%)',
};

/**
 * Draws a pre-wrapped text block line by line at the coordinates the geometry gave, so the
 * browser never re-wraps it: the canvas then matches the SVG export and the CLI.
 * Text is rendered as React text children, never as markup.
 */
export const TextLines = memo(function TextLines({
  block,
  color,
  className,
}: {
  block: TextBlock;
  color?: string;
  className?: string;
}) {
  const top = block.y - baselineOffset({ size: block.fontSize, bold: block.bold }, block.lineHeight);
  return block.lines.map((line, i) => {
    const style: CSSProperties = {
      left: block.x,
      top: top + i * block.lineHeight,
      height: block.lineHeight,
      lineHeight: `${block.lineHeight}px`,
      fontSize: block.fontSize,
      fontWeight: block.bold ? 700 : 400,
      transform: ANCHOR_SHIFT[block.anchor],
      color,
    };
    return (
      <div key={i} className={className ? `pm-line ${className}` : 'pm-line'} style={style}>
        {line}
      </div>
    );
  });
});
