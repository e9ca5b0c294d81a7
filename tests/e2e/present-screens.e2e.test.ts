import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/browser';

// Screenshots of the starter map presented on a 1080p projector, for people to look at,
// and the measurements that make it readable from the back of a meeting room.
const OUT = resolve(import.meta.dirname, '../../test-results/present');
const PRESENTATION = '[data-testid=presentation]';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Rendered size in px of the first element's text. */
function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

async function stepTo(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Home');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('ArrowRight');
    if ((await page.locator('[data-testid=present-card-title]').innerText()) === name) break;
  }
  expect(await page.locator('[data-testid=present-card-title]').innerText()).toBe(name);
  // The camera takes 500 ms to arrive.
  await page.waitForTimeout(900);
}

describe('presentation screens at 1920×1080', () => {
  const app = useBuiltApp();

  it('keeps every name, badge and card line readable at projector size', async () => {
    // given the starter map, laid out, on a 1080p screen
    mkdirSync(OUT, { recursive: true });
    const page = await app.openPage('', { viewport: { width: 1920, height: 1080 } });
    await page.locator('.pm-canvas [data-testid=process-node]').first().waitFor();
    await page.locator('.pm-canvas[data-pending-layout=false]').waitFor();
    await page.waitForTimeout(500);
    await page.keyboard.press('p');
    await page.locator(PRESENTATION).waitFor();

    for (const [i, name] of [
      'Context of the organisation',
      'Risk assessment',
      'Management review',
    ].entries()) {
      // when the tour stands on the step
      await stepTo(page, name);
      await page.screenshot({ path: resolve(OUT, `step-${i + 1}.png`) });

      // then the card and bar use large type
      expect(await fontSize(page, '[data-testid=present-card-title]')).toBeGreaterThanOrEqual(30);
      expect(await fontSize(page, '.pm-present-card__flow')).toBeGreaterThanOrEqual(18);
      expect(await fontSize(page, '[data-testid=present-counter]')).toBeGreaterThanOrEqual(28);

      // and every highlighted process has a badge at least 30 px high, none covering another
      const badges: Box[] = await page
        .locator(`${PRESENTATION} [data-testid=present-badge]`)
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
      expect(badges.length).toBeGreaterThan(1);
      for (const badge of badges) expect(badge.height).toBeGreaterThanOrEqual(30);
      for (let a = 0; a < badges.length; a++) {
        for (let b = a + 1; b < badges.length; b++)
          expect(overlap(badges[a]!, badges[b]!)).toBe(false);
      }
    }
    expect(app.errorsOf(page)).toEqual([]);
  });
});
