import { memo, type CSSProperties } from 'react';
import type { TextBlock } from '../layout/types';
import { baselineOffset } from '../text';

const ANCHOR: Record<
  TextBlock['anchor'],
  { transform?: string; textAlign: CSSProperties['textAlign'] }
> = {
  start: { textAlign: 'left' },
  middle: { transform: 'translateX(-50%)', textAlign: 'center' },
  end: { transform: 'translateX(-100%)', textAlign: 'right' },
};

/**
 * Draws a pre-wrapped text block at the coordinates the geometry gave: one element whose
 * lines are the geometry's lines (`white-space: pre`, a fixed line height), so the browser
 * never re-wraps them and every baseline lands where the SVG export puts it.
 * Text is rendered as React text, never as markup.
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
  if (block.lines.length === 0) return null;
  const style: CSSProperties = {
    left: block.x,
    top: block.y - baselineOffset({ size: block.fontSize, bold: block.bold }, block.lineHeight),
    lineHeight: `${block.lineHeight}px`,
    fontSize: block.fontSize,
    fontWeight: block.bold ? 700 : 400,
    color,
    ...ANCHOR[block.anchor],
  };
  return (
    <div className={className ? `pm-line ${className}` : 'pm-line'} style={style}>
      {block.lines.join('\n')}
    </div>
  );
});
