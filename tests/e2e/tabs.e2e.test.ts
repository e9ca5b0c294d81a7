import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { starterMap } from '../../src/model/starter';
import { useBuiltApp } from './support/browser';

const STARTER = starterMap();

/** Waits until the canvas shows the map and no layout is running. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-testid="process-node"]').length >= n &&
      !document.querySelector('.pm-canvas__busy'),
    1,
    { timeout: 30_000 },
  );
}

async function setTitle(page: Page, title: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Title' });
  await field.fill(title);
  await field.press('Enter');
}

const titleOf = (page: Page) => page.getByRole('textbox', { name: 'Title' }).inputValue();

/** The autosave record as idb-keyval keeps it (its default database and store). */
function storedRecord(page: Page): Promise<{ map: string } | undefined> {
  return page.evaluate(
    () =>
      new Promise<{ map: string } | undefined>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result
            .transaction('keyval')
            .objectStore('keyval')
            .get('procmap:autosave');
          get.onsuccess = () => resolve(get.result as { map: string } | undefined);
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

describe('two tabs of the editor', () => {
  const app = useBuiltApp();

  it('tells the second tab when the first saves, and never saves the second over it', async () => {
    // given the editor open in two tabs of one browser
    const first = await app.openPage();
    await settled(first);
    await first.locator('[data-save-status="saved"], [data-save-status="idle"]').waitFor();
    const second = await first.context().newPage();
    await second.goto(first.url());
    await settled(second);

    // when the first tab edits the map and saves it
    await setTitle(first, 'Saved from the first tab');
    await first.locator('[data-save-status="saved"]').waitFor();

    // then the second tab says so, and stops saving
    const alert = second.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('This map was changed in another tab');
    await second.locator('[data-save-status="error"]').waitFor();

    // and an edit in the second tab does not replace the first tab's map
    await setTitle(second, 'Typed in the second tab');
    await second.waitForTimeout(1200);
    expect((await storedRecord(second))?.map).toContain('Saved from the first tab');

    // and Reload in the second tab shows the map as the first tab saved it
    await second.getByRole('button', { name: 'Reload' }).click();
    await settled(second);
    expect(await titleOf(second)).toBe('Saved from the first tab');
    expect(app.errorsOf(first)).toEqual([]);
  });

  it('keeps a saved map it cannot read, offers it for download and saves nothing over it', async () => {
    // given a saved map made by a newer ProcMap
    const page = await app.openPage();
    await settled(page);
    const newer = '{"procmap": 9, "title": "From the future", "processes": []}';
    await page.evaluate(
      (map) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('keyval-store');
          open.onsuccess = () => {
            const tx = open.result.transaction('keyval', 'readwrite');
            tx.objectStore('keyval').put(
              { kind: 'procmap-autosave', map, fileName: 'future.procmap.json', savedAt: '' },
              'procmap:autosave',
            );
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      newer,
    );

    // when the editor starts again and the user works on the starter map
    await page.reload();
    await settled(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('made by a newer ProcMap (format 9)');
    expect(await titleOf(page)).toBe(STARTER.title);
    await setTitle(page, 'Work on the starter map');
    await page.waitForTimeout(1200);

    // then the saved map is still there, and the user can download it
    expect((await storedRecord(page))?.map).toBe(newer);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the saved map' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('unreadable-saved-map.procmap.json');

    // and once the user chooses, this map is saved instead
    await page.getByRole('button', { name: 'Save this map in the browser instead' }).click();
    await page.locator('[data-save-status="saved"]').waitFor();
    expect((await storedRecord(page))?.map).toContain('Work on the starter map');
    expect(app.errorsOf(page)).toEqual([]);
  });
});
