import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readEmbeddedMap } from '../../src/export/svg-source';
import { parseMap } from '../../src/model/parse';
import { serializeMap } from '../../src/model/serialize';
import { starterMap } from '../../src/model/starter';
import type { ProcessMap } from '../../src/model/types';
import { decodePng, inkedPixels, type Pixels } from '../unit/export/decode-png';
import { useBuiltApp } from './support/browser';

const PADDING = 24;

/** Waits until the canvas shows the processes, no layout runs and the nodes stay put. */
async function settled(page: Page, processes: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('[data-testid="process-node"]').length >= n &&
      !document.querySelector('.pm-canvas__busy'),
    processes,
    { timeout: 60_000 },
  );
  const placement = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
        .map((el) => el.style.transform)
        .join(),
    );
  let before = await placement();
  for (;;) {
    await page.waitForTimeout(500);
    const now = await placement();
    if (now === before) return;
    before = now;
  }
}

/** Chooses Export ▸ `item` and returns the file the browser downloads. */
async function exportAs(page: Page, item: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page
      .getByRole('menuitem', { name: new RegExp(`^${item.replace(/[()×]/g, '\\$&')}( |$)`) })
      .click(),
  ]);
  return { download, bytes: readFileSync((await download.path())!) };
}

interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
  nodes: { id: string; x: number; y: number }[];
  /** A point a tenth of the way along the named flow's path, in map coordinates. */
  flowPoint?: { x: number; y: number };
}

/** The map's extent in map coordinates, read from the canvas: node boxes and edge paths. */
function mapBox(page: Page, flowId: string): Promise<MapBox> {
  return page.evaluate((id) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const matrix = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const zoom = matrix.a;
    const origin = viewport.getBoundingClientRect();
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const add = (x: number, y: number, w: number, h: number) => {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x + w);
      maxY = Math.max(maxY, y + h);
    };
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
      const r = el.getBoundingClientRect();
      const x = (r.x - origin.x) / zoom;
      const y = (r.y - origin.y) / zoom;
      add(x, y, r.width / zoom, r.height / zoom);
      return { id: el.dataset.id!, x, y };
    });
    // In the band layout the bands frame the boxes, and the picture frames the bands.
    for (const band of document.querySelectorAll<HTMLElement>('.pm-band')) {
      const r = band.getBoundingClientRect();
      add((r.x - origin.x) / zoom, (r.y - origin.y) / zoom, r.width / zoom, r.height / zoom);
    }
    for (const path of document.querySelectorAll<SVGPathElement>(
      '[data-testid="flow-edge"] path.pm-flow__path',
    )) {
      const box = path.getBBox();
      add(box.x, box.y, box.width, box.height);
    }
    const flow = document.querySelector<SVGPathElement>(
      `[data-flow-id="${id}"] path.pm-flow__path`,
    );
    // A tenth of the way along: a label shown when zoomed in may cover the middle.
    const along = flow?.getPointAtLength(flow.getTotalLength() / 10);
    return {
      x: minX,
      y: minY,
      width: maxX - minX,
      height: maxY - minY,
      nodes,
      flowPoint: along && { x: along.x, y: along.y },
    };
  }, flowId);
}

function pixelAt(image: Pixels, x: number, y: number): number[] {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [...image.rgba.subarray(i, i + 4)];
}

const FLOW = 'risk-assessment->risk-treatment';

describe('export from the editor', () => {
  const app = useBuiltApp();

  it('exports the whole map as a PNG with its flows, not just what is on screen', async () => {
    // given the starter map, zoomed in so that only a part of it is on screen
    const page = await app.openPage('', { viewport: { width: 1280, height: 800 } });
    await settled(page, starterMap().processes.length);
    const box = await mapBox(page, FLOW);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400);
    await page.waitForTimeout(300);

    // when the user exports a PNG at 2×
    const { download, bytes } = await exportAs(page, 'PNG 2×');

    // then the picture frames every process and flow at twice the map's size, with the
    // legend and the title block under the map
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const image = decodePng(new Uint8Array(bytes));
    // (The canvas is measured from its DOM, a pixel either way from the model's bounds.)
    expect(Math.abs(image.width - 2 * Math.ceil(box.width + 2 * PADDING))).toBeLessThanOrEqual(2);
    const mapBottom = 2 * (box.height + PADDING);
    expect(image.height).toBeGreaterThan(mapBottom + 2 * 100);
    expect(inkedPixels(image, 0, mapBottom, image.width, image.height - mapBottom)).toBeGreaterThan(
      1000,
    );
    const at = (x: number, y: number) => ({
      x: (x - box.x + PADDING) * 2,
      y: (y - box.y + PADDING) * 2,
    });
    // Every node's border and header are drawn where the map has it.
    for (const node of box.nodes) {
      const corner = at(node.x, node.y);
      expect(
        inkedPixels(image, corner.x, corner.y + 20, 8, 20),
        `border of ${node.id}`,
      ).toBeGreaterThan(0);
    }
    // The flow from Risk assessment to Risk treatment has ink a tenth of the way along it.
    const along = at(box.flowPoint!.x, box.flowPoint!.y);
    expect(inkedPixels(image, along.x - 3, along.y - 3, 7, 7)).toBeGreaterThan(0);
    expect(pixelAt(image, 1, 1)).toEqual([255, 255, 255, 255]);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('leaves the background transparent when asked', async () => {
    // given
    const page = await app.openPage();
    await settled(page, starterMap().processes.length);
    // when
    const { bytes } = await exportAs(page, 'PNG 1×, transparent');
    // then
    const image = decodePng(new Uint8Array(bytes));
    expect(pixelAt(image, 1, 1)[3]).toBe(0);
    expect(inkedPixels(image, 0, 0, image.width, image.height)).toBeGreaterThan(1000);
  });

  it('draws a map too large for a canvas from its SVG, and says at which scale', async () => {
    // given two processes 30,000 px apart
    const page = await app.openPage();
    await settled(page, 1);
    const wide: ProcessMap = {
      procmap: 1,
      title: 'Wide',
      layout: { direction: 'RIGHT' },
      processes: [
        {
          id: 'a',
          name: 'Far left',
          kind: 'process',
          owner: 'A',
          activities: [],
          inputs: [],
          outputs: ['Report'],
          references: [],
        },
        {
          id: 'b',
          name: 'Far right',
          kind: 'process',
          owner: 'B',
          activities: [],
          inputs: ['Report'],
          outputs: [],
          references: [],
        },
      ],
      positions: { a: { x: 0, y: 0 }, b: { x: 30_000, y: 0 } },
    };
    await page.locator('[data-testid="open-file"]').setInputFiles({
      name: 'wide.procmap.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeMap(wide, 'json')),
    });
    await page.waitForFunction(() => document.body.textContent?.includes('Far right'));
    // when
    const { bytes } = await exportAs(page, 'PNG 1×');
    // then
    const image = decodePng(new Uint8Array(bytes));
    expect(image.width).toBeLessThanOrEqual(16_384);
    expect(image.width).toBeGreaterThan(16_000);
    await expect.poll(() => page.getByText(/Drawn at 0\.5\d× instead of 1×/).count()).toBe(1);
  });

  it('exports an SVG that opens again as the same map', async () => {
    // given
    const page = await app.openPage();
    await settled(page, starterMap().processes.length);
    // when
    const { download, bytes } = await exportAs(page, 'SVG');
    // then
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).not.toContain('foreignObject');
    const reopened = parseMap(readEmbeddedMap(svg)!);
    expect(reopened.ok && reopened.map.processes.map((p) => p.name)).toEqual(
      starterMap().processes.map((p) => p.name),
    );
  });

  it('exports the process map document as HTML and DOCX', async () => {
    // given
    const page = await app.openPage();
    await settled(page, starterMap().processes.length);
    // when
    const html = await exportAs(page, 'Document (HTML)');
    const docx = await exportAs(page, 'Document (DOCX)');
    // then
    expect(html.bytes.toString('utf8')).toContain('<figure><svg');
    expect([...docx.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(docx.download.suggestedFilename()).toMatch(/\.docx$/);
    expect(app.errorsOf(page)).toEqual([]);
  });

  it('imports a CSV process table as a new map with its flows', async () => {
    // given a spreadsheet's process table
    const page = await app.openPage();
    await settled(page, 1);
    const csv =
      'Name,Owner,Inputs,Outputs\r\nRisk assessment,Risk manager,Asset inventory,Risk register\r\nRisk treatment,Risk manager,Risk register,Risk treatment plan\r\n';
    // when
    await page
      .locator('[data-testid="import-csv"]')
      .setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // then
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="process-node"]').length === 2,
    );
    await page.locator('[data-flow-id="risk-assessment->risk-treatment"]').waitFor();
    expect(app.errorsOf(page)).toEqual([]);
  });
});
