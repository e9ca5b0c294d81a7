import fs from 'node:fs';
import fc from 'fast-check';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { measureText } from '../../../src/text';

function loadFont(file: string) {
  const bytes = fs.readFileSync(`node_modules/@expo-google-fonts/arimo/${file}`);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

const regular = loadFont('400Regular/Arimo_400Regular.ttf');
const bold = loadFont('700Bold/Arimo_700Bold.ttf');

// Characters the metrics table covers: Latin, Latin-1, Latin Extended-A, punctuation, Greek, Cyrillic.
const covered = fc
  .oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xa0, max: 0x17f }),
    fc.integer({ min: 0x2010, max: 0x2027 }),
    fc.integer({ min: 0x391, max: 0x3a1 }),
    fc.integer({ min: 0x410, max: 0x44f }),
  )
  .map((cp) => String.fromCodePoint(cp));

describe('measureText', () => {
  it('matches the font file’s advance widths (no kerning) for any text', () => {
    fc.assert(
      fc.property(
        fc.array(covered, { maxLength: 40 }).map((chars) => chars.join('')),
        fc.integer({ min: 6, max: 40 }),
        fc.boolean(),
        (text, size, isBold) => {
          const font = isBold ? bold : regular;
          const expected = font.getAdvanceWidth(text, size, { kerning: false, features: {} });
          expect(measureText(text, { size, bold: isBold })).toBeCloseTo(expected, 6);
        },
      ),
    );
  });

  it('measures bold wider than regular', () => {
    expect(measureText('Risk register', { size: 12, bold: true })).toBeGreaterThan(
      measureText('Risk register', { size: 12 }),
    );
  });

  it('scales with the font size', () => {
    expect(measureText('Policy', { size: 24 })).toBeCloseTo(
      2 * measureText('Policy', { size: 12 }),
      9,
    );
  });

  it('gives characters outside the font a width: one em for CJK and emoji, none for marks', () => {
    expect(measureText('情報', { size: 10 })).toBe(20);
    expect(measureText('🔒', { size: 10 })).toBe(10);
    expect(measureText('\u{1D400}', { size: 10 })).toBeGreaterThan(0);
    expect(measureText('e\u0301', { size: 10 })).toBe(measureText('e', { size: 10 }));
  });
});
