import { describe, expect, it } from 'vitest';
import { exportFileName, formatOfFileName } from '../../../src/export/formats';
import { svgSize } from '../../../src/export/png-size';

describe('formatOfFileName', () => {
  it('reads the format from the ending, in any case', () => {
    expect(formatOfFileName('out/ISMS.DOCX')).toBe('docx');
    expect(formatOfFileName('map.procmap.json')).toBe('json');
    expect(formatOfFileName('map.svg')).toBe('svg');
  });

  it('knows no format for other endings', () => {
    expect(formatOfFileName('map.pdf')).toBeUndefined();
    expect(formatOfFileName('svg')).toBeUndefined();
  });
});

describe('exportFileName', () => {
  it('names the file after the map, without characters file systems refuse', () => {
    expect(exportFileName('ISMS map: 2026/27', 'png')).toBe('ISMS map- 2026-27.png');
    expect(exportFileName(' ..<>.. ', 'csv')).toBe('-.csv');
    expect(exportFileName('', 'json')).toBe('process-map.procmap.json');
  });
});

describe('svgSize', () => {
  it('reads the size of the root element, not of an inner one', () => {
    expect(
      svgSize(
        '<?xml version="1.0"?>\n<svg xmlns="x" width="640" height="480.5"><rect width="10" height="10"/></svg>',
      ),
    ).toEqual({
      width: 640,
      height: 480.5,
    });
  });

  it('refuses an SVG without a size', () => {
    expect(() => svgSize('<svg viewBox="0 0 10 10"/>')).toThrow(/no width and height/);
  });
});
