import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText, wrapText } from '../../../src/text';

const font = { size: 12 };
/** The overview labels' type at fit view of the starter map, in a 240 px wide box. */
const bold60 = { size: 60, bold: true };

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

  it('hyphenates a word longer than a line at an English hyphenation point', () => {
    // "Information" is wider than 40 px at 12 px: it breaks as In-for-ma-tion allows
    const lines = wrapText('Information security objectives', 50, font);
    expect(lines).toEqual(['Informa-', 'tion', 'security', 'objec-', 'tives']);
    for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(50);
  });

  it('fills the line a long word starts on with its first syllables', () => {
    // "assessment" is 64 px wide at 12 px: wider than the line
    expect(wrapText('Risk assessment', 52, font)).toEqual(['Risk as-', 'sessment']);
  });

  it('does not hyphenate a word that fits on a line of its own', () => {
    expect(wrapText('Statement of applicability', 100, font)).toEqual([
      'Statement of',
      'applicability',
    ]);
  });

  it('breaks after a dash the name holds, adding no hyphen', () => {
    expect(wrapText('ISMS-GDPR-mapping', 50, font)).toEqual(['ISMS-', 'GDPR-', 'mapping']);
  });

  it('splits between two characters only a word with no break that fits', () => {
    const lines = wrapText('ID 2700120222013', 40, font);
    expect(lines.join('')).toBe('ID2700120222013');
    for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(40);
  });

  it('ends the last line with an ellipsis when lines run out', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 50, font, 2);
    expect(lines).toEqual(['one two', 'three…']);
    expect(measureText(lines[1], font)).toBeLessThanOrEqual(50);
  });

  it('cuts with an ellipsis after a whole syllable, never after a stray letter', () => {
    // "Leader-" / "ship a…" would leave the "a" of "and" alone
    expect(wrapText('Leadership and information security policy', 240, bold60, 2)).toEqual([
      'Leader-',
      'ship…',
    ]);
    expect(wrapText('Monitoring, measurement', 240, bold60, 2)).toEqual(['Monitor-', 'ing…']);
    expect(wrapText('Information security objectives', 240, bold60, 1)).toEqual(['Infor…']);
    // a syllable of the word the line starts inside of: "ment", not "mente"
    expect(wrapText('Documented information control', 240, bold60, 2)).toEqual(['Docu-', 'ment…']);
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

  it('loses no character of a text it has room for, and adds only the hyphens of its breaks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z0-9(),/-]{1,25}$/), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 30, max: 300 }),
        (words, width) => {
          const text = words.join(' ');
          const lines = wrapText(text, width, font);
          // every line but the last ends where a space was, after a dash, or with an added
          // hyphen; joined back, the lines give the text
          let rebuilt = '';
          for (const [i, line] of lines.entries()) {
            const last = i === lines.length - 1;
            const added = !last && line.endsWith('-') && !text.startsWith(line, rebuilt.length);
            const kept = added ? line.slice(0, -1) : line;
            expect(text.startsWith(kept, rebuilt.length)).toBe(true);
            rebuilt += kept;
            if (!last && text[rebuilt.length] === ' ') rebuilt += ' ';
          }
          expect(rebuilt).toBe(text);
        },
      ),
    );
  });
});
