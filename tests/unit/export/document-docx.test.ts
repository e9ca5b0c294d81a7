import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderDocumentDocx } from '../../../src/export/document-docx';
import { DOCUMENT_FIGURE } from '../../../src/export/document-facts';
import { svgSize } from '../../../src/export/png-size';
import { renderSvg } from '../../../src/export/svg';
import { createNodeElk } from '../../../src/layout/elk-node';
import { layoutMap } from '../../../src/layout/layout';
import { starterMap } from '../../../src/model/starter';
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
      'Risk assessment|Risk manager|ISMS scope from Context of the organisationRisk criteria from Context of the organisationAsset inventory (no source)|Identify assetsIdentify threats and vulnerabilitiesEvaluate risks|Risk register to Risk treatment|Risk Assessment Methodology v2|6.1.28.2|5/10',
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
    // A3 landscape less its 8 mm margins
    expect(widthMm).toBeLessThanOrEqual(420 - 16 + 0.5);
    expect(widthMm).toBeGreaterThan(400);
  });

  it('prints the starter map on one A3 page with its heading, caption and key, its text at 6 pt or more', async () => {
    // given the figure the document draws of the starter map, laid out as the editor does
    const starter = starterMap();
    const layout = await layoutMap(starter, createNodeElk());
    const svg = renderSvg({ ...starter, positions: layout.positions }, layout, DOCUMENT_FIGURE);
    const { width, height } = svgSize(svg);
    // when
    const { xml, doc } = await unzipDocx(
      await renderDocumentDocx(starter, { problems: [], figure: { png: PNG, width, height, svg } }),
    );
    // then the map's smallest text (12 px) is 6 pt or more on paper
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml)!;
    const ptPerPx = ((Number(cx) / 9525) * 0.75) / width;
    expect(12 * ptPerPx).toBeGreaterThanOrEqual(6);
    // and the picture leaves 80 pt of its A3 page's text area for heading, caption and key
    const section = [...doc.getElementsByTagName('w:sectPr')].find(
      (s) => s.getElementsByTagName('w:pgSz')[0]!.getAttribute('w:w') === '23811',
    )!;
    const margin = section.getElementsByTagName('w:pgMar')[0]!;
    const textHeightPt =
      (16838 - Number(margin.getAttribute('w:top')) - Number(margin.getAttribute('w:bottom'))) / 20;
    expect((Number(cy) / 9525) * 0.75 + 80).toBeLessThanOrEqual(textHeightPt);
    // and the key under it names every kind of box and the arrow
    const key = [...doc.getElementsByTagName('w:p')]
      .map((p) => p.textContent ?? '')
      .find((text) => text.startsWith('Key:'))!;
    for (const entry of [
      'Management process',
      'Core process',
      'Support process',
      'Interested party (external)',
      'Flow: an output that is an input',
    ])
      expect(key).toContain(entry);
  });

  it('lists open problems with their severity and suggestion when asked to', async () => {
    // when
    const { doc } = await unzipDocx(
      await renderDocumentDocx(map, {
        includeProblems: true,
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

  it('leaves open problems out of the controlled document by default', async () => {
    const { doc } = await unzipDocx(
      await renderDocumentDocx(map, {
        problems: [
          { severity: 'warning', code: 'no-kpi', process: 'risk-treatment', message: 'M' },
        ],
      }),
    );
    expect(doc.documentElement.textContent).not.toContain('Open problems');
    expect(tableTexts(doc).some((rows) => rows[0] === 'Severity|Process|Problem')).toBe(false);
  });

  it('puts title, classification and revision in every header, and page numbers in every footer', async () => {
    const bytes = await renderDocumentDocx(
      { ...map, nextReview: '2027-06-30', classification: 'Confidential <b>' },
      { problems: [] },
    );
    const { files, doc } = await unzipDocx(bytes);
    const sections = doc.getElementsByTagName('w:sectPr');
    expect(sections.length).toBe(4);
    for (const section of sections) {
      expect(section.getElementsByTagName('w:headerReference')).toHaveLength(1);
      expect(section.getElementsByTagName('w:footerReference')).toHaveLength(1);
    }
    const parts = (prefix: string) =>
      Object.keys(files)
        .filter((name) => name.startsWith(`word/${prefix}`))
        .map((name) => strFromU8(files[name]!));
    for (const header of parts('header'))
      expect(
        new JSDOM(header, { contentType: 'text/xml' }).window.document.documentElement.textContent,
      ).toBe('ISMS process map\tCONFIDENTIAL <B> · Revision 1.2');
    for (const footer of parts('footer')) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('NUMPAGES');
      expect(footer).toContain('Next review: 2027-06-30');
    }
  });

  it('holds the revision history and an approval block', async () => {
    const { doc } = await unzipDocx(
      await renderDocumentDocx(
        {
          ...map,
          revisions: [{ revision: '1.2', date: '2026-11-28', author: 'CISO', change: 'KPIs' }],
        },
        { problems: [] },
      ),
    );
    const tables = tableTexts(doc);
    expect(tables.find((rows) => rows[0] === 'Revision|Date|Author|Change')).toEqual([
      'Revision|Date|Author|Change',
      '1.2|2026-11-28|CISO|KPIs',
    ]);
    expect(tables.find((rows) => rows[0] === '|Name|Date|Signature')).toEqual([
      '|Name|Date|Signature',
      'Prepared by|CISO|2026-11-28|',
      'Approved by|Management board||',
    ]);
  });

  it('gives every process a turtle card on a page of its own', async () => {
    const { doc } = await unzipDocx(await renderDocumentDocx(map, { problems: [] }));
    const turtles = tableTexts(doc).filter((rows) => rows[0]!.startsWith('With what'));
    expect(turtles).toHaveLength(5);
    const riskAssessment = turtles[1]!;
    expect(riskAssessment[1]).toBe(
      'InputsWhat comes in, from where• ISMS scope from Context of the organisation• Risk criteria from Context of the organisation• Asset inventory no source|Risk assessmentIdentify, analyse and evaluate information security risks.• Identify assets• Identify threats and vulnerabilities• Evaluate risks|OutputsWhat goes out, to where• Risk register to Risk treatment',
    );
    // each process after the first starts a new page
    const breaks = [...doc.getElementsByTagName('w:pageBreakBefore')];
    expect(breaks).toHaveLength(4);
  });
});
