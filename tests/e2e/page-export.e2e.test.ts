import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serializeMap } from '../../src/model/serialize';
import { starterMap } from '../../src/model/starter';
import type { ProcessMap } from '../../src/model/types';
import { decodePng, inkedPixels } from '../unit/export/decode-png';
import { useBuiltApp } from './support/browser';

const NODE = '[data-testid="process-node"]';

function threeProcesses(): ProcessMap {
  const process = (
    id: string,
    category: 'management' | 'core' | 'support',
    inputs: string[],
    outputs: string[],
  ) => ({
    id,
    name: id,
    kind: 'process' as const,
    category,
    owner: 'Owner',
    activities: [],
    inputs,
    outputs,
    references: [],
  });
  return {
    procmap: 1,
    title: 'Three processes',
    approvedBy: 'Management board',
    layout: { direction: 'RIGHT' },
    processes: [
      process('Plan', 'management', [], ['Plan']),
      process('Do', 'core', ['Plan'], ['Result']),
      process('Check', 'support', ['Result'], []),
    ],
    positions: { Plan: { x: 0, y: 0 }, Do: { x: 360, y: 0 }, Check: { x: 720, y: 0 } },
  };
}

async function openMap(page: Page, map: ProcessMap): Promise<void> {
  await page.locator('[data-testid="open-file"]').setInputFiles({
    name: 'map.procmap.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeMap(map, 'json')),
  });
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="process-node"]').length === n,
    map.processes.length,
  );
}

async function openPageDialog(page: Page) {
  await page.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('menuitem', { name: /^On a page/ }).click();
  const dialog = page.getByTestId('page-export');
  await dialog.waitFor();
  return dialog;
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

describe('export on a page', () => {
  const app = useBuiltApp();

  it('exports an A4 landscape PNG of a small map with its title block and legend', async () => {
    // given a map of three processes
    const page = await app.openPage();
    await page.locator(NODE).first().waitFor();
    await openMap(page, threeProcesses());
    // when the user picks A4 landscape, PNG at 192 dpi
    const dialog = await openPageDialog(page);
    await dialog.getByRole('radio', { name: /A4 landscape/ }).check();
    await expect.poll(() => dialog.getByText(/A4 landscape\s*text \d+(\.\d)? pt$/).count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export' }).click(),
    ]);
    // then the picture is an A4 landscape sheet at 192 dpi, with ink in its lower half
    // (legend and title block under the map)
    expect(download.suggestedFilename()).toBe('Three processes.png');
    const image = decodePng(new Uint8Array(await bytesOf(download)));
    expect(image.width).toBe(Math.round((297 / 25.4) * 192));
    expect(image.height).toBe(Math.round((210 / 25.4) * 192));
    const half = image.height / 2;
    expect(inkedPixels(image, 0, half, image.width, half)).toBeGreaterThan(1000);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('says the starter map does not fit A4 readably and prints a page per band instead', async () => {
    // given the starter map
    const page = await app.openPage();
    await page
      .locator(NODE)
      .nth(starterMap().processes.length - 1)
      .waitFor();
    // when the user opens the page export on A4 landscape
    const dialog = await openPageDialog(page);
    await dialog.getByRole('radio', { name: /A4 landscape/ }).check();
    // then it says why not and offers a page per band; Export waits
    const alert = dialog.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/does not fit on A4 landscape: its smallest text would be \d(\.\d)? pt, under 6 pt/);
    expect(await dialog.getByRole('button', { name: 'Export' }).isDisabled()).toBe(true);
    await alert.getByRole('button', { name: 'A page per band' }).click();
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0);
    // and a page per band downloads one SVG per band, each an A4 landscape sheet
    await dialog.getByRole('radio', { name: /SVG/ }).check();
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(4);
    const names = downloads.map((d) => d.suggestedFilename());
    expect(names).toEqual([
      'ISMS process map-management.svg',
      'ISMS process map-core.svg',
      'ISMS process map-support.svg',
      'ISMS process map-suppliers.svg',
    ]);
    for (const download of downloads) {
      const svg = (await bytesOf(download)).toString('utf8');
      expect(svg).toMatch(/<svg [^>]*width="297mm" height="210mm"/);
      expect(svg).toContain('id="title-block"');
      expect(svg).toContain('id="legend"');
    }
    expect(app.errorsOf(page)).toEqual([]);
  });
});
