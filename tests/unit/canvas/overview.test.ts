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
    // given a process and a large overview size
    const process = proc('Risk assessment and treatment');
    const geometry = nodeGeometry(process);
    // when its label is laid out
    const label = overviewLabel(process.name, geometry, 40);
    // then every word is whole, every line fits the box, and the lines fit its height
    expect(label.lines.join(' ')).toBe('Risk assessment and treatment');
    for (const line of label.lines) {
      expect(measureText(line, { size: label.fontSize, bold: true })).toBeLessThanOrEqual(
        geometry.width - 20,
      );
    }
    expect(label.lines.length * label.lineHeight).toBeLessThanOrEqual(geometry.height - 20);
  });

  it('shrinks a name that does not fit at the wanted size', () => {
    const process = proc('Nonconformity, corrective action and improvement', [], []);
    const label = overviewLabel(process.name, nodeGeometry(process), 60);
    expect(label.fontSize).toBeLessThan(60);
    expect(label.fontSize).toBeGreaterThanOrEqual(30);
  });
});
