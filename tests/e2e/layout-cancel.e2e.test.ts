import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate-map';
import { serializeMap } from '../../src/model/serialize';
import { useBuiltApp } from './support/browser';

describe('a long layout', () => {
  const app = useBuiltApp();

  it('shows its progress and can be cancelled, leaving the opened map on the canvas', async () => {
    // given a 1,000-process map without positions, opened from a file
    const page = await app.openPage('', { viewport: { width: 1440, height: 900 } });
    await page.locator('[data-testid="process-node"]').first().waitFor();
    await page.locator('[data-testid="open-file"]').setInputFiles({
      name: 'big.procmap.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeMap(generateMap(1000), 'json')),
    });

    // when its layout runs, the canvas says so; Cancel stops it
    const status = page.locator('.pm-canvas__busy');
    await status.getByText('Laying out 1,000 processes…').waitFor();
    await status.getByRole('button', { name: 'Cancel' }).click();

    // then the layout is gone, the map is shown where it stands, and the user is told
    await status.waitFor({ state: 'detached' });
    await page.locator('.pm-canvas[data-pending-layout="false"]').waitFor();
    await expect
      .poll(() => page.locator('[data-testid="process-node"]').count())
      .toBeGreaterThan(100);
    expect(await page.getByText('Layout cancelled').count()).toBe(1);
    expect(app.errorsOf(page)).toEqual([]);
  });
});
