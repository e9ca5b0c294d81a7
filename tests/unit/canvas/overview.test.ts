import { describe, expect, it } from 'vitest';
import {
  OVERVIEW_ZOOM,
  inOverview,
  overviewFontSize,
  overviewLabel,
} from '../../../src/canvas/overview';
import { nodeGeometry } from '../../../src/layout/geometry';
import type { Process } from '../../../src/model/types';
import { measureText } from '../../../src/text';

function proc(
  name: string,
  inputs: string[] = ['A', 'B', 'C'],
  outputs: string[] = ['D'],
): Process {
  return { id: 'p', name, kind: 'process', activities: [], inputs, outputs, references: [] };
}

describe('overview labels', () => {
  it('are off where the nodes are readable and grow as the map zooms out', () => {
    expect(overviewFontSize(OVERVIEW_ZOOM)).toBeUndefined();
    expect(overviewFontSize(1)).toBeUndefined();
    expect([inOverview(OVERVIEW_ZOOM), inOverview(1), inOverview(0.59)]).toEqual([
      false,
      false,
      true,
    ]);
    const sizes = [0.55, 0.45, 0.35, 0.27, 0.21, 0.17, 0.13, 0.05].map((z) => overviewFontSize(z)!);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    // at least 12 px on screen at the lowest zoom of each band
    expect(sizes[0] * 0.5).toBeGreaterThanOrEqual(12);
  });

  it('keeps the size within a band, so zooming inside it does not re-lay labels out', () => {
    expect(overviewFontSize(0.33)).toBe(overviewFontSize(0.39));
  });

  it("wraps the name at whole words inside the node's box", () => {
    // given a process and the overview size just under the zoom where nodes are readable
    const process = proc('Risk assessment and treatment');
    const geometry = nodeGeometry(process);
    // when its label is laid out
    const label = overviewLabel(process.name, geometry, overviewFontSize(0.55)!);
    // then every word is whole, every line fits the box, and the lines fit its height
    expect(label.lines.join(' ')).toBe('Risk assessment and treatment');
    for (const line of label.lines) {
      expect(measureText(line, { size: label.fontSize, bold: true })).toBeLessThanOrEqual(
        geometry.width - 20,
      );
    }
    expect(label.lines.length * label.lineHeight).toBeLessThanOrEqual(geometry.height - 20);
  });

  it('hyphenates a word wider than the box, never breaking it at a stray letter', () => {
    // given a box of five inputs, at the overview size of fit view on the starter map
    const process = proc('Information security objectives', ['A', 'B', 'C', 'D', 'E']);
    // when
    const label = overviewLabel(process.name, nodeGeometry(process), overviewFontSize(0.25)!);
    // then "Information" breaks as In-for-ma-tion allows, not as "Informatio" / "n"
    expect(label.lines).toEqual(['Informa-', 'tion se…']);
  });

  it('draws every name at the same size, a long one ending in an ellipsis', () => {
    // given a short and a long name in boxes of one size
    const short = proc('Audit');
    const long = proc(
      'Nonconformity, corrective action and continual improvement of the management system',
    );
    // when both are laid out at the overview size of one zoom
    const size = overviewFontSize(0.3)!;
    const a = overviewLabel(short.name, nodeGeometry(short), size);
    const b = overviewLabel(long.name, nodeGeometry(long), size);
    // then both are at that size, and the long one is cut to fit its box
    expect([a.fontSize, b.fontSize]).toEqual([size, size]);
    expect(a.lines).toEqual(['Audit']);
    expect(b.lines.at(-1)).toMatch(/…$/);
    expect(b.lines.length * b.lineHeight).toBeLessThanOrEqual(nodeGeometry(long).height - 20);
  });

  it('leaves the names out when a box is too narrow on screen for a few letters', () => {
    // given the size at a zoom where a box is about 30 px wide on screen
    const process = proc('Risk assessment');
    const size = overviewFontSize(0.12)!;
    // when
    const label = overviewLabel(process.name, nodeGeometry(process), size);
    // then no name, rather than a smaller one
    expect(label.lines).toEqual([]);
    expect(label.fontSize).toBe(size);
  });
});
