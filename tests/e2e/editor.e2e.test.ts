import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deriveFlows } from '../../src/model/flows';
import { deriveLinks } from '../../src/model/links';
import { serializeMap } from '../../src/model/serialize';
import { starterMap } from '../../src/model/starter';
import type { ProcessMap } from '../../src/model/types';
import { useBuiltApp } from './support/browser';

const NODE = '[data-testid="process-node"]';
const EDGE = '[data-testid="flow-edge"]';

/** Waits until the canvas shows processes and no layout is running. */
async function settled(page: Page, processes = 1): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-testid="process-node"]').length >= n &&
      !document.querySelector('.pm-canvas__busy'),
    processes,
    { timeout: 30_000 },
  );
}

/** Opens a map through the toolbar's file input, as a user choosing a file would. */
async function openMapFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .locator('[data-testid="open-file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The text of an element without its line breaks, which depend on wrapping. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, '');
}

/** Zooms with the canvas's buttons until the map is (or is no longer) in its overview. */
async function zoomToOverview(page: Page, overview: boolean): Promise<void> {
  const button = page.locator(`.react-flow__controls-${overview ? 'zoomout' : 'zoomin'}`);
  const wanted = page.locator(`.pm-canvas[data-overview="${overview}"]`);
  for (let i = 0; i < 20 && (await wanted.count()) === 0; i++) await button.click();
  await wanted.waitFor();
}

function twoProcessMap(): ProcessMap {
  return {
    procmap: 1,
    title: 'Two processes',
    layout: { direction: 'RIGHT' },
    processes: [
      {
        id: 'audit',
        name: 'Internal audit',
        kind: 'process',
        owner: 'Auditor',
        activities: [],
        inputs: [],
        outputs: ['Audit report'],
        references: [],
      },
      {
        id: 'review',
        name: 'Management review',
        kind: 'process',
        owner: 'CEO',
        activities: [],
        inputs: ['Agenda'],
        outputs: [],
        references: [],
      },
    ],
    positions: { audit: { x: 0, y: 0 }, review: { x: 480, y: 40 } },
  };
}

/**
 * A chain of `n` processes with a second input on every other one: about 1.5 flows per
 * process, the density of real ISMS maps, and no positions, so opening it lays it out.
 */
function chainMap(n: number): ProcessMap {
  const processes = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Process ${i}`,
    kind: 'process' as const,
    owner: `Owner ${i % 12}`,
    activities: [],
    inputs: [
      i > 0 ? `Record ${i - 1}` : 'Request',
      ...(i >= 7 && i % 2 === 0 ? [`Record ${i - 7}`] : []),
    ],
    outputs: [`Record ${i}`],
    references: [],
  }));
  return {
    procmap: 1,
    title: `${n} processes`,
    layout: { direction: 'RIGHT' },
    processes,
    positions: {},
  };
}

/** {@link chainMap} with every process saved on a grid of `columns`, `step` apart. */
function gridChainMap(n: number, columns: number, step: { x: number; y: number }): ProcessMap {
  const map = chainMap(n);
  map.processes.forEach((p, i) => {
    map.positions[p.id] = { x: (i % columns) * step.x, y: Math.floor(i / columns) * step.y };
  });
  return map;
}

async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from the centre of one element (an output port) to the centre of another, in steps. */
async function dragOnto(page: Page, from: string, to: string): Promise<void> {
  const start = await centreOf(page, from);
  const end = await centreOf(page, to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

describe('the editor', () => {
  const app = useBuiltApp();

  it('opens on the starter map, laid out, with one edge per pair of processes with flows and no overlapping nodes', async () => {
    // given a first visit (nothing saved)
    const page = await app.openPage('', { viewport: { width: 1600, height: 1000 } });

    // when the starter map has been laid out
    await settled(page, starterMap().processes.length);

    // then every pair of processes with flows between them is one edge on the canvas
    const expected = deriveLinks(deriveFlows(starterMap().processes)).length;
    expect(await page.locator(EDGE).count()).toBe(expected);
    expect(await page.locator(NODE).count()).toBe(starterMap().processes.length);

    // and no two process boxes overlap at fit view
    const boxes = await page.locator(NODE).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
    const overlaps = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h),
    );
    expect(overlaps).toEqual([]);

    const shot = join(mkdtempSync(join(tmpdir(), 'procmap-shots-')), 'starter-fit.png');
    await page.screenshot({ path: shot });
    console.log(`starter map at fit view: ${shot}`);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('lays the starter map out in bands, and Down brings flows into the top of each box', async () => {
    // given the starter map, laid out by default
    const page = await app.openPage('', { viewport: { width: 1600, height: 1000 } });
    await settled(page, starterMap().processes.length);
    const choice = (name: RegExp) =>
      page.getByRole('group', { name: 'Layout direction' }).getByRole('button', { name });
    expect(await choice(/Bands/).getAttribute('aria-pressed')).toBe('true');

    // then every management box is above every core box, every core box above every support box
    const top = async (id: string) =>
      (await page.locator(`${NODE}[data-process-id="${id}"]`).boundingBox())!;
    const band = async (category: string) =>
      Promise.all(
        starterMap()
          .processes.filter((p) => p.kind === 'process' && p.category === category)
          .map((p) => top(p.id)),
      );
    const [management, core, support] = await Promise.all(
      ['management', 'core', 'support'].map(band),
    );
    const bottomOf = (boxes: { y: number; height: number }[]) =>
      Math.max(...boxes.map((b) => b.y + b.height));
    const topOf = (boxes: { y: number }[]) => Math.min(...boxes.map((b) => b.y));
    expect(bottomOf(management)).toBeLessThan(topOf(core));
    expect(bottomOf(core)).toBeLessThan(topOf(support));

    // when Down is chosen
    await choice(/Down/).click();
    await page.waitForFunction(() => !document.querySelector('.pm-canvas__busy'));
    expect(await choice(/Down/).getAttribute('aria-pressed')).toBe('true');

    // then every arrow points down into the top of its box, none sideways
    // (an arrow that carries several artifacts has a head at each of their input ports)
    const heads = async () =>
      page.locator(`${EDGE} .pm-flow__head`).evaluateAll((els) =>
        els.flatMap((el) =>
          el
            .getAttribute('d')!
            .split('M')
            .filter((part) => part.trim())
            .map((part) => {
              const [tip, left, right] = [...part.matchAll(/-?[\d.]+ -?[\d.]+/g)].map((m) =>
                m[0].split(' ').map(Number),
              );
              return { tip: tip!, left: left!, right: right! };
            }),
        ),
      );
    const down = await heads();
    expect(down).toHaveLength(deriveFlows(starterMap().processes).length);
    for (const { tip, left, right } of down) {
      expect(tip[1]).toBeGreaterThan(left[1]!);
      expect(left[1]).toBeCloseTo(right[1]!, 1);
    }
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('draws the arrow when a new process takes an existing output as input, and undo removes it', async () => {
    // given the starter map
    const page = await app.openPage();
    await settled(page, starterMap().processes.length);
    const before = await page.locator(EDGE).count();

    // when the user adds a process, names it and types an input that Risk assessment outputs
    await page.keyboard.press('n');
    const name = page.locator('[data-testid="field-name"]');
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.fill('Security awareness check');
    await name.press('Enter');
    const id = await page.locator('.react-flow__node.selected').getAttribute('data-id');
    const addInput = page.getByLabel('Add an input…', { exact: true });
    await addInput.fill('risk  register');
    await addInput.press('Enter');

    // then the flow from Risk assessment to the new process is drawn
    const flow = page.locator(`${EDGE}[data-flow-id="risk-assessment->${id}"]`);
    await flow.waitFor();
    expect(await page.locator(EDGE).count()).toBeGreaterThan(before);

    // when the user leaves the field and undoes
    await addInput.press('Escape');
    await page.keyboard.press('Control+z');

    // then the arrow is gone, and the process is still there
    await flow.waitFor({ state: 'detached' });
    expect(await page.locator(`.react-flow__node[data-id="${id}"]`).count()).toBe(1);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('shows a new name on its node and its overview label at once, and undo brings the old one back', async () => {
    // given the starter map, zoomed in far enough for nodes to show their text
    const page = await app.openPage();
    await settled(page, starterMap().processes.length);
    await zoomToOverview(page, false);
    const [first, second] = starterMap().processes;
    const node = page.locator(`${NODE}[data-process-id="${first.id}"]`);
    const other = page.locator(`${NODE}[data-process-id="${second.id}"]`);
    const otherText = await textOf(other);
    const search = page.getByRole('searchbox', { name: 'Find a process' });
    await search.fill(first.name);
    await search.press('Enter');

    // when the user renames it in the inspector
    const name = page.locator('[data-testid="field-name"]');
    await name.fill('Renamed <b>process</b>');
    await name.press('Enter');

    // then its node shows the new name as text, and the other nodes are as they were (once
    // the view has come to rest on the process: on its way it may zoom out past the overview,
    // where nodes draw no text)
    await expect.poll(() => textOf(node)).toContain('Renamed<b>process</b>');
    expect(await node.locator('b').count()).toBe(0);
    await expect.poll(() => textOf(other)).toBe(otherText);

    // when the map is zoomed out to its overview, then the label shows the new name
    await zoomToOverview(page, true);
    const label = page.locator(`.pm-overview__label[data-overview-of="${first.id}"]`);
    await expect.poll(() => textOf(label)).toContain('Renamed');

    // when the rename is undone
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');

    // then the label and, zoomed in again, the node show the old name
    await expect.poll(() => textOf(label)).not.toContain('Renamed');
    await zoomToOverview(page, false);
    await expect.poll(() => textOf(node)).toContain(first.name.replace(/\s+/g, ''));
    expect(await textOf(node)).not.toContain('Renamed');
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('gives a process an input when an output port is dragged onto it', async () => {
    // given two unconnected processes
    const page = await app.openPage();
    await settled(page);
    await openMapFile(page, 'two.procmap.json', serializeMap(twoProcessMap(), 'json'));
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="process-node"]').length === 2,
    );
    await page.keyboard.press('f');
    await page.waitForTimeout(300);
    expect(await page.locator(EDGE).count()).toBe(0);

    // when the user drags the "Audit report" port onto Management review's body
    await dragOnto(
      page,
      '.react-flow__node[data-id="audit"] .react-flow__handle[data-handleid="out:audit report"]',
      '.react-flow__node[data-id="review"] [data-testid="process-node"]',
    );

    // then Management review takes "Audit report" as input and the flow is drawn
    await page.locator(`${EDGE}[data-flow-id="audit->review"]`).waitFor();
    await page.locator('[data-process-id="review"]').click();
    await expect
      .poll(() => page.getByLabel('Inputs 2', { exact: true }).inputValue())
      .toBe('Audit report');
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('moves a process with its flows during a drag and undoes the whole drag in one step', async () => {
    // given two connected processes
    const page = await app.openPage();
    await settled(page);
    const map = twoProcessMap();
    map.processes[1].inputs = ['Audit report'];
    await openMapFile(page, 'two.procmap.json', serializeMap(map, 'json'));
    const edge = page.locator(`${EDGE}[data-flow-id="audit->review"] path.pm-flow__path`);
    await edge.waitFor();
    const pathBefore = await edge.getAttribute('d');
    const node = page.locator('.react-flow__node[data-id="review"]');
    const transformBefore = await node.evaluate((el) => el.style.transform);

    // when the user drags Management review by its header, pausing half-way
    const box = await node.locator('[data-testid="process-node"]').boundingBox();
    if (!box) throw new Error('no node');
    await page.mouse.move(box.x + box.width / 2, box.y + 12);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + 80, { steps: 6 });

    // then the flow already follows the node
    await expect.poll(() => edge.getAttribute('d')).not.toBe(pathBefore);
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + 160, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => node.evaluate((el) => el.style.transform)).not.toBe(transformBefore);

    // when the user undoes once
    await page.keyboard.press('Control+z');

    // then the node and its flow are back where they were
    await expect.poll(() => node.evaluate((el) => el.style.transform)).toBe(transformBefore);
    expect(await edge.getAttribute('d')).toBe(pathBefore);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('pans the canvas by a drag in the minimap and zooms it by the wheel there', async () => {
    // given the starter map at fit view
    const page = await app.openPage('', { viewport: { width: 1600, height: 1000 } });
    await settled(page, starterMap().processes.length);
    const viewport = page.locator('.react-flow__viewport');
    const transform = async () => {
      const m = await viewport.evaluate(
        (el) => new DOMMatrixReadOnly(getComputedStyle(el).transform),
      );
      return { x: m.e, y: m.f, zoom: m.a };
    };
    const frame = page.locator('[data-testid="minimap"] .pm-minimap__view');
    const before = await transform();
    const frameBefore = await frame.getAttribute('d');
    const minimap = await page.locator('[data-testid="minimap"]').boundingBox();
    if (!minimap) throw new Error('no minimap');

    // when the user drags right and down in the minimap
    const start = { x: minimap.x + minimap.width / 2, y: minimap.y + minimap.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 30, start.y + 20, { steps: 5 });
    await page.mouse.up();

    // then the view moved right and down over the map, at the same zoom, and the minimap's
    // frame of the view followed
    const panned = await transform();
    expect(panned.x).toBeLessThan(before.x - 50);
    expect(panned.y).toBeLessThan(before.y - 30);
    expect(panned.zoom).toBeCloseTo(before.zoom, 5);
    expect(await frame.getAttribute('d')).not.toBe(frameBefore);

    // when the user turns the wheel up over the minimap
    await page.mouse.wheel(0, -300);

    // then the canvas zoomed in
    await expect.poll(async () => (await transform()).zoom).toBeGreaterThan(before.zoom * 1.2);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('creates a consumer when an output port is dropped on empty canvas', async () => {
    // given two processes
    const page = await app.openPage();
    await settled(page);
    await openMapFile(page, 'two.procmap.json', serializeMap(twoProcessMap(), 'json'));
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="process-node"]').length === 2,
    );

    // when the "Audit report" port is dropped below both processes
    const from = await centreOf(
      page,
      '.react-flow__node[data-id="audit"] .react-flow__handle[data-handleid="out:audit report"]',
    );
    const canvas = await page.locator('[data-testid="canvas"]').boundingBox();
    if (!canvas) throw new Error('no canvas');
    const drop = { x: from.x + 60, y: canvas.y + canvas.height - 80 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(drop.x, drop.y, { steps: 8 });
    await page.mouse.up();

    // then a third process consumes it, with a flow from the producer
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="process-node"]').length === 3,
    );
    expect(await page.locator(`${EDGE}[data-flow-id^="audit->"]`).count()).toBe(1);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('opens a map file dropped on the canvas', async () => {
    // given the starter map
    const page = await app.openPage();
    await settled(page, starterMap().processes.length);

    // when a map file is dropped on the canvas
    const text = serializeMap(twoProcessMap(), 'json');
    await page.locator('[data-testid="canvas"]').evaluate((canvas, json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'dropped.procmap.json', { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        canvas.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
        );
      }
    }, text);

    // then the dropped map replaces the starter map
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="process-node"]').length === 2,
    );
    expect(await page.locator('.pm-toolbar__file').innerText()).toBe('Two processes');
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('restores the edited map after a reload', async () => {
    // given an edit of the map title that autosave has stored
    const page = await app.openPage();
    await settled(page, starterMap().processes.length);
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('ACME ISMS map');
    await title.press('Enter');
    await page.locator('[data-save-status="saved"]').waitFor();

    // when the page is reloaded
    await page.reload();
    await settled(page, starterMap().processes.length);

    // then the edited map is back
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('ACME ISMS map');
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('shows the whole of a big saved map after a reload, not only its first nodes', async () => {
    // given a map of 200 processes with saved places on a tall grid, opened and autosaved
    const page = await app.openPage('', { viewport: { width: 1280, height: 800 } });
    await settled(page);
    const map = gridChainMap(200, 10, { x: 340, y: 320 });
    await openMapFile(page, 'grid.procmap.json', serializeMap(map, 'json'));
    await settled(page, 200);
    await page.locator('[data-save-status="saved"]').waitFor();

    // when the page is reloaded (the map mounts over several frames)
    await page.reload();
    await settled(page, 200);

    // then the first view frames every process, not just the ones mounted first
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const outside = await page.evaluate((pane) => {
      const off: string[] = [];
      for (const node of document.querySelectorAll<HTMLElement>('[data-testid="process-node"]')) {
        const r = node.getBoundingClientRect();
        if (
          r.left < pane.x ||
          r.top < pane.y ||
          r.right > pane.x + pane.width ||
          r.bottom > pane.y + pane.height
        )
          off.push(node.dataset.processId!);
      }
      return off;
    }, pane);
    expect(outside).toEqual([]);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('shows what is wrong with a broken file and keeps the map on screen', async () => {
    // given the starter map
    const page = await app.openPage();
    await settled(page, starterMap().processes.length);
    const nodesBefore = await page.locator(NODE).count();

    // when the user opens a file with a syntax error on line 3
    await openMapFile(
      page,
      'broken.procmap.json',
      '{\n  "procmap": 1,\n  "processes": [ { "name": "A",, } ]\n}\n',
    );

    // then an alert names the file and the place, and the map is unchanged
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/broken\.procmap\.json/);
    expect(await alert.innerText()).toMatch(/line 3/i);
    expect(await page.locator(NODE).count()).toBe(nodesBefore);
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(
      starterMap().title,
    );
  });

  it('lays out a 300-process map in a worker while the page stays responsive', async () => {
    // given the editor, watching the main thread for long tasks
    const page = await app.openPage('', { viewport: { width: 1600, height: 1000 } });
    await settled(page);
    await page.evaluate(() => {
      const w = window as unknown as { longest: number; observer: PerformanceObserver };
      w.longest = 0;
      w.observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      });
      w.observer.observe({ type: 'longtask', buffered: false });
    });

    // when a 300-process map without positions is opened (so it is laid out)
    const started = Date.now();
    await openMapFile(page, 'big.procmap.json', serializeMap(chainMap(300), 'json'));
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="process-node"]').length === 300 &&
        document.querySelector('.pm-canvas')?.getAttribute('data-pending-layout') === 'false' &&
        !document.querySelector('.pm-canvas__busy'),
      null,
      // Slow polling: the probe itself must not add main-thread work to what is measured.
      { timeout: 60_000, polling: 250 },
    );
    const elapsed = Date.now() - started;
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);

    // then it is laid out, and no main-thread task came near freezing the page: ELK on the
    // main thread would block it for the whole layout (many seconds for this map)
    console.log(
      `300 processes: opened and laid out in ${elapsed} ms; longest main-thread task ${Math.round(longest)} ms`,
    );
    expect(longest).toBeLessThan(1500);
    // and the minimap draws a box for each of them
    const boxes = await page
      .locator('[data-testid="minimap"] .pm-minimap__nodes')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')?.match(/M/g)?.length ?? 0));
    expect(boxes.reduce((a, b) => a + b, 0)).toBe(300);
    // and the outline lists every process, its rows added over a few frames
    await expect
      .poll(() => page.locator('[data-testid="outline"] li').count(), { timeout: 10_000 })
      .toBe(300);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('keeps a big map’s nodes mounted and draws the insides of those on screen', async () => {
    // given a 500-process map with saved positions, at fit view
    const page = await app.openPage('', { viewport: { width: 1600, height: 1000 } });
    await settled(page);
    await openMapFile(
      page,
      'big.procmap.json',
      serializeMap(gridChainMap(500, 25, { x: 420, y: 360 }), 'json'),
    );
    const nodes = page.locator('[data-testid="process-node"]');
    const bare = page.locator('.pm-node--bare');
    await expect.poll(() => nodes.count(), { timeout: 30_000 }).toBe(500);
    // then zoomed out, every node is a bare box under its overview label, with nothing in it
    await expect.poll(() => bare.count()).toBe(500);
    expect(await page.locator('.pm-node--bare *').count()).toBe(0);

    // when a process is found, which zooms in on it
    const search = page.getByRole('searchbox', { name: 'Find a process' });
    await search.fill('Process 250');
    await search.press('Enter');
    const found = page.locator('.react-flow__node[data-id="p250"]');
    const port = found.locator('.react-flow__handle[data-handleid="out:record 250"]');
    await port.waitFor();

    // then every node is still mounted, and only those on screen draw their insides
    expect(await nodes.count()).toBe(500);
    const detailed = await page.$$eval(
      '[data-testid="process-node"]:not(.pm-node--bare)',
      (all) => {
        const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
        return all.map((node) => {
          const box = node.getBoundingClientRect();
          return (
            box.right > pane.left &&
            box.left < pane.right &&
            box.bottom > pane.top &&
            box.top < pane.bottom
          );
        });
      },
    );
    expect(detailed.length).toBeGreaterThan(0);
    expect(detailed.length).toBeLessThan(40);
    expect(detailed.every(Boolean)).toBe(true);

    // when the output port of the process below, which came on screen with the found one
    // (its handles measured as they appeared), is dragged onto the found process
    await dragOnto(
      page,
      '.react-flow__node[data-id="p275"] .react-flow__handle[data-handleid="out:record 275"]',
      '[data-process-id="p250"]',
    );

    // then the found process takes "Record 275" as input, and the new flow is drawn
    await page.locator(`${EDGE}[data-flow-id="p275->p250"]`).waitFor();

    // when the whole map is shown again
    await page.locator('.react-flow__controls-fitview').click();

    // then every node is bare again, none was unmounted, and nothing failed
    await expect.poll(() => bare.count()).toBe(500);
    expect(await nodes.count()).toBe(500);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('draws a big map’s flows as a few bundles zoomed out, and each as its own element zoomed in', async () => {
    // given a 500-process map with saved positions (no layout to wait for), at fit view
    const page = await app.openPage('', { viewport: { width: 1600, height: 1000 } });
    await settled(page);
    const map = gridChainMap(500, 25, { x: 420, y: 360 });
    const flows = deriveFlows(map.processes).length;
    await openMapFile(page, 'big.procmap.json', serializeMap(map, 'json'));
    await expect
      .poll(() => page.locator('[data-testid="process-node"]').count(), { timeout: 30_000 })
      .toBe(500);

    // then zoomed out, each group of 32 processes draws its flows as one bundle, and no
    // flow is an element of its own
    await expect.poll(() => page.locator('[data-testid="flow-bundle"]').count()).toBe(16);
    expect(await page.locator(EDGE).count()).toBe(0);
    const lines = await page.$$eval('[data-testid="flow-bundle"]', (paths) =>
      paths.reduce((sum, path) => sum + (path.getAttribute('d')!.match(/M/g)?.length ?? 0), 0),
    );
    expect(lines).toBe(flows);

    // when a process is found, which zooms in on it
    const search = page.getByRole('searchbox', { name: 'Find a process' });
    await search.fill('Process 250');
    await search.press('Enter');

    // then, a few frames later, every flow is an element of its own, the found process's
    // flows emphasised, and no bundle is left
    await expect.poll(() => page.locator(EDGE).count(), { timeout: 10_000 }).toBe(flows);
    expect(await page.locator('[data-testid="flow-bundle"]').count()).toBe(0);
    expect(await page.locator(`${EDGE}.pm-flow--highlighted`).count()).toBe(3);
    expect(app.errorsOf(page)).toEqual([]);
  });
});
