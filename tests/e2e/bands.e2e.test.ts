import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/browser';

const NODE = '[data-testid="process-node"]';
const BANDED = readFileSync('tests/fixtures/export/banded-map.json');

async function openBanded(page: Page, buffer = BANDED): Promise<void> {
  await page.locator(NODE).first().waitFor();
  await page
    .locator('[data-testid="open-file"]')
    .setInputFiles({ name: 'banded.procmap.json', mimeType: 'application/json', buffer });
  await page.locator('[data-band="core"]').waitFor();
}

function rectOf(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

describe('bands on the canvas', () => {
  const app = useBuiltApp();

  it('draws the titled bands of a map laid out in bands, around their boxes', async () => {
    // given
    const page = await app.openPage('', { viewport: { width: 1440, height: 900 } });
    // when
    await openBanded(page);
    // then
    const titles = await page.locator('.pm-band-title').allTextContents();
    expect(titles).toEqual([
      'Management processes',
      'Core processes',
      'Support processes',
      'Interested parties: requirements',
      'Interested parties: results',
    ]);
    const band = await rectOf(page, '[data-band="core"]');
    const box = await rectOf(page, '[data-process-id="operations"]');
    expect(box.x).toBeGreaterThan(band.x);
    expect(box.y).toBeGreaterThan(band.y);
    expect(box.x + box.width).toBeLessThan(band.x + band.width);
    expect(box.y + box.height).toBeLessThan(band.y + band.height);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('lets a click on a band reach the pane, and grows the band with a dragged box', async () => {
    // given a selected process
    const page = await app.openPage('', { viewport: { width: 1440, height: 900 } });
    await openBanded(page);
    await page.locator('[data-process-id="people"]').click();
    await page.locator('.react-flow__node.selected').waitFor({ state: 'attached' });
    // when the empty part of the support band is clicked
    const band = await rectOf(page, '[data-band="support"]');
    const box = await rectOf(page, '[data-process-id="people"]');
    await page.mouse.click(box.x + box.width + 40, band.y + band.height - 8);
    // then the pane took the click: nothing is selected
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(0);
    // when the box is dragged down
    await page.mouse.move(box.x + 40, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + 40, box.y + 108, { steps: 6 });
    await page.mouse.up();
    // then the band grew with it
    await expect
      .poll(async () => (await rectOf(page, '[data-band="support"]')).height)
      .toBeGreaterThan(band.height + 50);
  });

  it('shows every process name at one type size at fit view', async () => {
    // given the banded map with one very long name, at fit view, zoomed out far enough for
    // the overview labels
    const map = JSON.parse(BANDED.toString('utf8')) as {
      processes: { id: string; name: string }[];
    };
    map.processes.find((p) => p.id === 'incidents')!.name =
      'Monitoring, measurement, analysis and evaluation of information security incidents and events';
    const page = await app.openPage('', { viewport: { width: 1440, height: 900 } });
    await openBanded(page, Buffer.from(JSON.stringify(map)));
    await page.locator('.pm-canvas[data-overview="true"]').waitFor();
    // when the labels are read
    const labels = await page
      .locator('.pm-overview__label')
      .evaluateAll((els) =>
        els.map((el) => ({ size: getComputedStyle(el).fontSize, text: el.textContent ?? '' })),
      );
    // then all nine names are there, in one size
    expect(labels).toHaveLength(9);
    expect(new Set(labels.map((l) => l.size)).size).toBe(1);
    expect(labels.map((l) => l.text.replace(/\s+/g, ' '))).toContain('Management review');
  });

  it('draws no bands once the map is laid out to the right', async () => {
    // given the starter map, in bands
    const page = await app.openPage();
    await page.locator(NODE).first().waitFor();
    await page.locator('.pm-band').first().waitFor();
    // when
    await page.getByRole('button', { name: '→ Right' }).click();
    // then
    await expect.poll(() => page.locator('.pm-band').count()).toBe(0);
  });
});
