import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './support/browser';

// The fixture's tour: regulator, context, review, risk, treatment, audit, monitoring, certifier.
const FIXTURE = resolve(import.meta.dirname, '../fixtures/present/audit-tour.procmap.yaml');
const PRESENTATION = '[data-testid=presentation]';

/** Opens the fixture through the toolbar's file input and waits until it is laid out and saved. */
async function openFixture(page: Page): Promise<void> {
  await page.locator('[data-testid=open-file]').setInputFiles(FIXTURE);
  await page.locator('.pm-canvas [data-process-id=certifier]').waitFor();
  await page.locator('.pm-canvas[data-pending-layout=false]').waitFor();
  await savedRecordSettled(page);
}

/** The autosaved record in IndexedDB (idb-keyval's default store), as the app wrote it. */
function savedRecord(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('keyval-store');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const read = open.result
            .transaction('keyval')
            .objectStore('keyval')
            .get('procmap:autosave');
          read.onerror = () => fail(read.error);
          read.onsuccess = () => done(read.result);
        };
      }),
  );
}

/** Waits until the fixture is saved and no further write follows. */
async function savedRecordSettled(page: Page): Promise<unknown> {
  let last: string | undefined;
  for (let i = 0; i < 40; i++) {
    const record = JSON.stringify(await savedRecord(page));
    if (record !== undefined && record.includes('Audit tour') && record === last)
      return JSON.parse(record);
    last = record;
    await page.waitForTimeout(500);
  }
  throw new Error('The opened map was never saved, or kept changing.');
}

/** Role of every badged process in the presentation: focus, upstream, downstream, both, producer, consumer. */
async function roles(page: Page): Promise<Record<string, string>> {
  return page.$$eval(`${PRESENTATION} [data-testid=present-badge]`, (badges) =>
    Object.fromEntries(
      badges.map((b) => [b.getAttribute('data-process-id'), b.getAttribute('data-role')]),
    ),
  );
}

async function counter(page: Page): Promise<string> {
  return page.locator('[data-testid=present-counter]').innerText();
}

async function cardTitle(page: Page): Promise<string> {
  return page.locator('[data-testid=present-card-title]').innerText();
}

/** Waits until the presentation's camera has arrived, so a click lands where it aims. */
async function cameraSettled(page: Page): Promise<void> {
  const camera = page.locator(`${PRESENTATION} .react-flow__viewport`);
  let last = await camera.getAttribute('style');
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(150);
    const now = await camera.getAttribute('style');
    if (now === last) return;
    last = now;
  }
}

/** The editor canvas's camera: React Flow's viewport transform. */
function editorViewport(page: Page): Promise<string | null> {
  return page.locator('.pm-canvas .react-flow__viewport').getAttribute('style');
}

describe('presentation mode', () => {
  const app = useBuiltApp();

  it('steps through the processes in flow order and lights up who feeds and who uses each', async () => {
    // given the fixture open in the editor
    const page = await app.openPage();
    await openFixture(page);

    // when the presenter presses Present
    await page.locator('[data-testid=present-button]').click();

    // then the overview shows, nothing dimmed
    await page.locator(PRESENTATION).waitFor();
    expect(await counter(page)).toBe('Overview · 8 steps');
    expect(await roles(page)).toEqual({});
    expect(await page.evaluate(() => location.hash)).toBe('#present');
    // and numbers every process with its place in the tour
    const numbers = await page.$$eval(
      `${PRESENTATION} [data-testid=present-step-number]`,
      (discs) =>
        Object.fromEntries(discs.map((d) => [d.getAttribute('data-process-id'), d.textContent])),
    );
    expect(numbers).toEqual({
      regulator: '1',
      context: '2',
      review: '3',
      risk: '4',
      treatment: '5',
      audit: '6',
      monitoring: '7',
      certifier: '8',
    });

    // when stepping forward three times (arrow, clicker, space)
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await page.keyboard.press(' ');

    // then the third step is the management review, fed by context, audit and monitoring,
    // and context also uses its decisions
    expect(await counter(page)).toBe('3 / 8');
    expect(await cardTitle(page)).toBe('Management review');
    expect(await page.evaluate(() => location.hash)).toBe('#present/review');
    expect(await roles(page)).toEqual({
      review: 'focus',
      context: 'both',
      audit: 'upstream',
      monitoring: 'upstream',
    });
    const dimmed = await page.$$eval(
      `${PRESENTATION} .react-flow__node.pm-present-node--dim`,
      (nodes) => nodes.map((n) => n.getAttribute('data-id')).sort(),
    );
    // (only what is on screen is rendered: the processes away from the review may be left out)
    expect(dimmed).toEqual(expect.arrayContaining(['risk', 'treatment']));
    expect(
      dimmed.filter((id) => ['review', 'context', 'audit', 'monitoring'].includes(id!)),
    ).toEqual([]);
    // the card says where each input comes from
    await expect
      .poll(() => page.locator('[data-testid=present-card]').innerText())
      .toMatch(/Nonconformity\s+from Internal audit, Monitoring/);

    // when stepping forward, then back with PageUp and the arrow
    await page.keyboard.press('ArrowRight');
    expect(await cardTitle(page)).toBe('Risk assessment');
    expect(await roles(page)).toEqual({
      risk: 'focus',
      context: 'upstream',
      treatment: 'downstream',
      monitoring: 'downstream',
    });
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');

    // then the tour is back on context, fed by the regulator and the review
    expect(await counter(page)).toBe('2 / 8');
    expect(await roles(page)).toEqual({
      context: 'focus',
      regulator: 'upstream',
      review: 'both',
      risk: 'downstream',
    });

    // when Home is pressed, then the overview is back
    await page.keyboard.press('Home');
    expect(await counter(page)).toBe('Overview · 8 steps');
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('follows an artifact to every producer and consumer, and jumps to a clicked or found process', async () => {
    const page = await app.openPage();
    await openFixture(page);
    await page.keyboard.press('p');
    await page.locator(PRESENTATION).waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await cardTitle(page)).toBe('Management review');

    // when the presenter clicks "Nonconformity" on the card
    await page.locator('.pm-present-artifact', { hasText: 'Nonconformity' }).click();

    // then both producers and the consumer are lit, and only its flows
    expect(await cardTitle(page)).toBe('Nonconformity');
    expect(await roles(page)).toEqual({
      audit: 'producer',
      monitoring: 'producer',
      review: 'consumer',
    });
    const threadFlows = await page.$$eval(
      `${PRESENTATION} .react-flow__edge.pm-present-flow--thread`,
      (edges) => edges.map((e) => e.getAttribute('data-id')).sort(),
    );
    expect(threadFlows).toEqual(['audit->review', 'monitoring->review']);

    // when Esc is pressed, the step is shown again (the presentation stays)
    await page.keyboard.press('Escape');
    expect(await cardTitle(page)).toBe('Management review');

    // when the presenter clicks the risk treatment process on the map (its header, not a port)
    await cameraSettled(page);
    await page
      .locator(`${PRESENTATION} [data-process-id=treatment]`)
      .click({ position: { x: 20, y: 8 } });
    // then the tour jumps there
    expect(await counter(page)).toBe('5 / 8');

    // when the presenter clicks the input port of treatment on the map
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await cameraSettled(page);
    const port = page.locator(
      `${PRESENTATION} .react-flow__node[data-id=treatment] .react-flow__handle[data-handleid="in:risk register"]`,
    );
    await port.click({ force: true });
    // then the risk register's thread is followed
    expect(await roles(page)).toEqual({
      risk: 'producer',
      treatment: 'consumer',
      monitoring: 'consumer',
    });

    // when the presenter clicks the label of the flow that leaves treatment
    await page.keyboard.press('Escape');
    await cameraSettled(page);
    await page
      .locator(`${PRESENTATION} .react-flow__edge[data-id="treatment->audit"] .pm-flow__label`)
      .click();
    // then that artifact's thread is followed: the auditors inside and outside both use it
    expect(await roles(page)).toEqual({
      treatment: 'producer',
      audit: 'consumer',
      certifier: 'consumer',
    });

    // when the presenter types a name and presses Enter
    await page.keyboard.press('Escape');
    await page.keyboard.type('monit');
    await page.keyboard.press('Enter');
    // then the tour jumps to that process
    expect(await cardTitle(page)).toBe('Monitoring');
    expect(await counter(page)).toBe('7 / 8');
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('opens at the process a link names', async () => {
    // given the fixture saved in the browser
    const page = await app.openPage();
    await openFixture(page);

    // when a link to the risk assessment step is opened
    await page.goto(`${app.url}#present/risk`);
    await page.reload();

    // then the presentation opens on that step
    await page.locator(PRESENTATION).waitFor();
    await expect.poll(() => cardTitle(page)).toBe('Risk assessment');
    expect(await counter(page)).toBe('4 / 8');
    expect(await roles(page)).toEqual({
      risk: 'focus',
      context: 'upstream',
      treatment: 'downstream',
      monitoring: 'downstream',
    });
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('returns to the editor exactly as it was, with the map unchanged, whatever was pressed', async () => {
    // given the fixture, a selected process and the editor's camera
    const page = await app.openPage();
    await openFixture(page);
    await page.locator('.pm-canvas [data-process-id=risk]').click({ position: { x: 20, y: 8 } });
    await expect
      .poll(() => page.locator('.pm-canvas .react-flow__node[data-id=risk].selected').count())
      .toBe(1);
    const before = { record: await savedRecordSettled(page), viewport: await editorViewport(page) };

    // when presenting and trying everything that edits in the editor
    await page.locator('[data-testid=present-button]').click();
    await page.locator(PRESENTATION).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    for (const key of ['Delete', 'Backspace', 'Control+z', 'Control+Shift+z', 'Control+d', 'n']) {
      await page.keyboard.press(key);
    }
    await page.keyboard.press('Escape'); // closes the search the letter n opened
    await cameraSettled(page);
    const node = page.locator(`${PRESENTATION} .react-flow__node[data-id=review] .pm-node`);
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 230, box.y + 160, { steps: 5 });
    await page.mouse.up();
    // Esc leaves, after closing whatever the clicks opened (a followed artifact).
    for (let i = 0; i < 3 && (await page.locator(PRESENTATION).count()) > 0; i++) {
      await page.keyboard.press('Escape');
    }

    // then the editor is back: same selection, same camera, the map not written again
    await page.locator(PRESENTATION).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(
      await page
        .locator('.pm-canvas .react-flow__node.selected')
        .evaluateAll((n) => n.map((e) => e.getAttribute('data-id'))),
    ).toEqual(['risk']);
    expect(await editorViewport(page)).toBe(before.viewport);
    await page.waitForTimeout(1000);
    expect(await savedRecord(page)).toEqual(before.record);
    expect(app.errorsOf(page)).toEqual([]);
  });
});
