import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText, wrapText } from '../../../src/text';

const font = { size: 12 };

describe('wrapText', () => {
  it('breaks at spaces so that every line fits', () => {
    const lines = wrapText('Information security risk treatment plan', 100, font);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Information security risk treatment plan');
    for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(100);
  });

  it('keeps a text that fits on one line', () => {
    expect(wrapText('  Risk   register ', 200, font)).toEqual(['Risk register']);
  });

  it('gives no lines for blank text', () => {
    expect(wrapText(' \n\t ', 100, font)).toEqual([]);
  });

  it('splits a word longer than a line', () => {
    const lines = wrapText('Informationssicherheitsmanagementsystem', 60, font);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe('Informationssicherheitsmanagementsystem');
    for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(60);
  });

  it('ends the last line with an ellipsis when lines run out', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 50, font, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(measureText(lines[1], font)).toBeLessThanOrEqual(50);
  });

  it('truncates a very long text quickly and still fits the width', () => {
    const long = 'word '.repeat(20000);
    const lines = wrapText(long, 120, font, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(measureText(lines[2], font)).toBeLessThanOrEqual(120);
  });

  it('never returns a line wider than the width, nor more lines than allowed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9()/-]{1,25}$/), { maxLength: 12 }),
        fc.integer({ min: 30, max: 300 }),
        fc.integer({ min: 1, max: 5 }),
        (words, width, maxLines) => {
          const lines = wrapText(words.join(' '), width, font, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
