import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderDocumentDocx } from '../../../src/export/document-docx';
import type { ProcessMap } from '../../../src/model/types';
import sample from '../../fixtures/export/small-map.json';

const map = sample as ProcessMap;
// A 1×1 white PNG.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

async function unzipDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']);
  const doc = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
  return { files, xml, doc };
}

/** The text of each row of each table, cells joined by `|`. */
function tableTexts(doc: Document): string[][] {
  return [...doc.getElementsByTagName('w:tbl')].map((tbl) =>
    [...tbl.getElementsByTagName('w:tr')].map((tr) =>
      [...tr.getElementsByTagName('w:tc')].map((tc) => tc.textContent).join('|'),
    ),
  );
}

describe('renderDocumentDocx', () => {
  it('packs a Word file holding the control block, the process table and the interactions', async () => {
    // when
    const { doc } = await unzipDocx(await renderDocumentDocx(map, { problems: [] }));
    // then
    const tables = tableTexts(doc);
    expect(tables[0]).toContain('Approved by|Management board');
    const processTable = tables.find((rows) => rows[0].startsWith('Process|Owner|Inputs'))!;
    expect(processTable).toHaveLength(6);
    expect(processTable[2]).toBe(
      'Risk assessment|Risk manager|ISMS scope from Context of the organisationRisk criteria from Context of the organisationAsset inventory (no source)|Identify assetsIdentify threats and vulnerabilitiesEvaluate risks|Risk register to Risk treatment|Risk Assessment Methodology v2|6.1.28.2',
    );
    const interactions = tables.find((rows) => rows[0] === 'Producer|Consumer|Artifacts')!;
    expect(interactions).toContain('Risk assessment|Risk treatment|Risk register');
  });

  it('keeps a name holding markup as text', async () => {
    // when
    const { xml, doc } = await unzipDocx(await renderDocumentDocx(map, { problems: [] }));
    // then
    expect(xml).not.toContain('<script>');
    expect(doc.documentElement.textContent).toContain(
      'Incident <script>alert(1)</script> & response',
    );
  });

  it('embeds the map picture, with the vector original when given', async () => {
    // given
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#fff"/></svg>';
    // when
    const { files, xml } = await unzipDocx(
      await renderDocumentDocx(map, {
        problems: [],
        figure: { png: PNG, width: 400, height: 200, svg },
      }),
    );
    // then
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media.some((name) => name.endsWith('.png'))).toBe(true);
    expect(media.some((name) => name.endsWith('.svg'))).toBe(true);
    expect(xml).toContain('<pic:pic');
    // 400 × 200 px at 96 dpi, in EMU (9525 per px): fits the page, so not scaled.
    expect(xml).toContain('cx="3810000" cy="1905000"');
  });

  it('shrinks a picture wider than the page to fit it', async () => {
    // when
    const { xml } = await unzipDocx(
      await renderDocumentDocx(map, {
        problems: [],
        figure: { png: PNG, width: 30000, height: 3000 },
      }),
    );
    // then
    const [, cx] = /<wp:extent cx="(\d+)"/.exec(xml)!;
    const widthMm = (Number(cx) / 9525 / 96) * 25.4;
    expect(widthMm).toBeLessThanOrEqual(420 - 24 + 0.5);
    expect(widthMm).toBeGreaterThan(390);
  });

  it('lists open problems with their severity and suggestion', async () => {
    // when
    const { doc } = await unzipDocx(
      await renderDocumentDocx(map, {
        problems: [
          {
            severity: 'info',
            code: 'unused-output',
            process: 'risk-treatment',
            message: 'Nobody uses "X".',
          },
          {
            severity: 'warning',
            code: 'unresolved-input',
            process: 'risk-assessment',
            message: 'No source.',
            suggestion: 'Asset inventories',
          },
        ],
      }),
    );
    // then
    const problems = tableTexts(doc).find((rows) => rows[0] === 'Severity|Process|Problem')!;
    expect(problems.slice(1)).toEqual([
      'warning|Risk assessment|No source. Did you mean “Asset inventories”?',
      'info|Risk treatment|Nobody uses "X".',
    ]);
  });
});
