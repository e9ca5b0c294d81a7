import { THEME, type NodeStyle, type NodeStyleKey } from '../layout/theme';
import type { Point, Process } from '../model/types';
import { linesFromTop, n } from './svg-text';

const L = {
  width: 250,
  paddingX: 8,
  paddingY: 6,
  rowHeight: 20,
  swatchWidth: 30,
  swatchHeight: 14,
  gap: 10,
  font: { size: THEME.fontSize.legend },
  titleFont: { size: THEME.fontSize.legend, bold: true },
  lineHeight: THEME.lineHeight.legend,
  border: '#55606e',
};

const ENTRIES: { key: NodeStyleKey; label: string }[] = [
  { key: 'management', label: 'Management process' },
  { key: 'core', label: 'Core process' },
  { key: 'support', label: 'Support process' },
  { key: 'none', label: 'Process without a category' },
  { key: 'external', label: 'Interested party (external)' },
];

/** The label of the legend's arrow. */
export const FLOW_LEGEND = 'Flow: an output that is an input';

/** The kinds of box a map has, in the legend's order: what its legend explains. */
export function legendKinds(
  processes: readonly Pick<Process, 'kind' | 'category'>[],
): { key: NodeStyleKey; label: string; style: NodeStyle }[] {
  const used = new Set<NodeStyleKey>(
    processes.map((p) => (p.kind === 'external' ? 'external' : (p.category ?? 'none'))),
  );
  return ENTRIES.filter((entry) => used.has(entry.key)).map((entry) => ({
    ...entry,
    style: THEME.nodes[entry.key],
  }));
}

/** The legend's width, for placing it beside the title block. */
export const LEGEND_WIDTH = L.width;

/** A box drawn like a node of that style, small: header tint, border, dash. */
function swatch(key: NodeStyleKey, x: number, y: number): string {
  const style: NodeStyle = THEME.nodes[key];
  const dash = style.borderDash ? ' stroke-dasharray="4 3"' : '';
  const radius = Math.min(style.radius, L.swatchHeight / 2);
  return `<rect x="${n(x)}" y="${n(y)}" width="${L.swatchWidth}" height="${L.swatchHeight}" rx="${n(radius)}" fill="${style.headerFill}" stroke="${style.border}" stroke-width="${THEME.node.borderWidth}"${dash}/>`;
}

/**
 * The legend of a map: a swatch for each kind of box the map has (the categories and the
 * dashed external), and the arrow of a flow, drawn by `drawFlow` as the map draws its flows;
 * its entries down `columns` columns, each {@link LEGEND_WIDTH} wide. Placed with its
 * top-left corner at `origin`.
 */
export function legend(
  processes: readonly Pick<Process, 'kind' | 'category'>[],
  origin: Point,
  drawFlow: (route: readonly Point[]) => string,
  columns = 1,
): { svg: string; height: number; width: number } {
  const entries: { draw: (x: number, y: number) => string; label: string }[] = [
    ...legendKinds(processes).map((entry) => ({
      label: entry.label,
      draw: (x: number, y: number) => swatch(entry.key, x, y + (L.rowHeight - L.swatchHeight) / 2),
    })),
    {
      label: FLOW_LEGEND,
      draw: (x: number, y: number) =>
        drawFlow([
          { x, y: y + L.rowHeight / 2 },
          { x: x + L.swatchWidth, y: y + L.rowHeight / 2 },
        ]),
    },
  ];
  const perColumn = Math.ceil(entries.length / columns);
  const textOffset = (L.rowHeight - L.lineHeight) / 2;
  const parts = [
    linesFromTop(['Legend'], L.paddingX, L.paddingY, L.titleFont, L.lineHeight, THEME.text.primary),
  ];
  const top = L.paddingY + L.lineHeight + 4;
  entries.forEach((entry, i) => {
    const x = Math.floor(i / perColumn) * L.width + L.paddingX;
    const y = top + (i % perColumn) * L.rowHeight;
    parts.push(
      entry.draw(x, y),
      linesFromTop(
        [entry.label],
        x + L.swatchWidth + L.gap,
        y + textOffset,
        L.font,
        L.lineHeight,
        THEME.text.primary,
      ),
    );
  });
  const height = top + perColumn * L.rowHeight + L.paddingY;
  const width = Math.ceil(entries.length / perColumn) * L.width;
  const frame = `<rect width="${width}" height="${n(height)}" fill="#ffffff" stroke="${L.border}" stroke-width="1"/>`;
  return {
    svg: `<g id="legend" transform="translate(${n(origin.x)} ${n(origin.y)})">${frame}${parts.join('')}</g>`,
    height,
    width,
  };
}
