import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_FAMILY, measureText, wrapText } from '../../../src/text';

const FONT_DIR = 'node_modules/@expo-google-fonts/arimo';

function fontFace(weight: number, file: string): string {
  const data = fs.readFileSync(`${FONT_DIR}/${file}`).toString('base64');
  return `@font-face { font-family: Arimo; font-weight: ${weight}; src: url(data:font/ttf;base64,${data}) format('truetype'); }`;
}

const SAMPLES = [
  'Risk assessment',
  'Statement of applicability',
  'Information security objectives and plans',
  'Nonconformity & corrective action (10.2)',
  'Gestión de riesgos – revisión por la dirección',
  'Überprüfung der Wirksamkeit, Maßnahmenplan',
  'Zarządzanie incydentami; ciągłość działania',
  'ISO/IEC 27001:2022 — A.5.1 “Policies”',
  'WAVE AV To Ty 1/2 ½ €100 #42 @CISO',
  'Ελεγχος κινδύνου · Управление рисками',
];
const FONTS = [
  { size: 10, bold: true },
  { size: 11 },
  { size: 12 },
  { size: 14, bold: true },
  { size: 16 },
];

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('measureText in Chromium', () => {
  it('agrees with the width Chromium gives a line set in Arimo, within half a pixel', async () => {
    // given: every sample in every font, as one unwrapped span each
    const page = await browser.newPage();
    const cases = SAMPLES.flatMap((text) => FONTS.map((font) => ({ text, font })));
    await page.setContent(`<!doctype html><html><head><style>
      ${fontFace(400, '400Regular/Arimo_400Regular.ttf')}
      ${fontFace(700, '700Bold/Arimo_700Bold.ttf')}
      span { font-family: ${FONT_FAMILY}; font-kerning: none; white-space: pre; position: absolute; }
    </style></head><body></body></html>`);
    // when
    const widths = await page.evaluate(async (list) => {
      for (const { text, font } of list) {
        const span = document.createElement('span');
        span.textContent = text;
        span.style.fontSize = `${font.size}px`;
        span.style.fontWeight = font.bold ? '700' : '400';
        document.body.append(span);
      }
      await document.fonts.ready;
      return [...document.querySelectorAll('span')].map((s) => s.getBoundingClientRect().width);
    }, cases);
    // then
    const loaded = await page.evaluate(
      () => [...document.fonts].filter((f) => f.family === 'Arimo' && f.status === 'loaded').length,
    );
    expect(loaded).toBe(2);
    cases.forEach(({ text, font }, i) => {
      expect(
        Math.abs(widths[i] - measureText(text, font)),
        `${text} @ ${JSON.stringify(font)}`,
      ).toBeLessThan(0.5);
    });
    await page.close();
  });

  it('lets the lines wrapText makes stand on one line each in a box of that width', async () => {
    const page = await browser.newPage();
    const font = { size: 12 };
    const width = 110;
    const lines = SAMPLES.flatMap((text) => wrapText(text, width, font));
    await page.setContent(`<!doctype html><html><head><style>
      ${fontFace(400, '400Regular/Arimo_400Regular.ttf')}
      div { font-family: ${FONT_FAMILY}; font-kerning: none; font-size: 12px; line-height: 15px; width: ${width}px; }
    </style></head><body></body></html>`);
    const heights = await page.evaluate(async (list) => {
      for (const line of list) {
        const div = document.createElement('div');
        div.textContent = line;
        document.body.append(div);
      }
      await document.fonts.ready;
      return [...document.querySelectorAll('div')].map((d) => d.getBoundingClientRect().height);
    }, lines);
    heights.forEach((height, i) => expect(height, lines[i]).toBe(15));
    await page.close();
  });
});
