import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FIGURE } from '../../../src/export/document-facts';
import { renderDocumentHtml } from '../../../src/export/document-html';
import { renderSvg } from '../../../src/export/svg';
import type { Problem, ProcessMap } from '../../../src/model/types';
import sample from '../../fixtures/export/small-map.json';

const map = sample as ProcessMap;
const problems: Problem[] = [
  {
    severity: 'warning',
    code: 'unresolved-input',
    process: 'risk-assessment',
    artifact: 'Asset inventory',
    message: 'No process produces "Asset inventory".',
    suggestion: 'Asset <inventory>',
  },
];

function documentOf(html: string): Document {
  return new JSDOM(html).window.document;
}

function tableAfter(doc: Document, headingId: string): HTMLTableElement {
  let node = doc.getElementById(headingId)!.nextElementSibling;
  while (node && node.tagName !== 'TABLE') node = node.nextElementSibling;
  return node as HTMLTableElement;
}

describe('renderDocumentHtml', () => {
  it('shows a name holding markup as text and runs nothing', () => {
    // when
    const doc = documentOf(renderDocumentHtml(map, { problems, includeProblems: true }));
    // then
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.body.textContent).toContain('Incident <script>alert(1)</script> & response');
    expect(doc.body.textContent).toContain('Did you mean “Asset <inventory>”?');
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/i);
    }
  });

  it('fills the document-control block from the map', () => {
    // when
    const doc = documentOf(renderDocumentHtml(map, { problems }));
    // then
    const control = [...doc.querySelectorAll('table.control tr')].map((tr) => tr.textContent);
    expect(control).toEqual([
      'TitleISMS process map',
      'OrganisationExample Ltd',
      'Revision1.2',
      'Date2026-11-28',
      'OwnerCISO',
      'Approved byManagement board',
      'ClassificationInternal',
      'Next review—',
    ]);
  });

  it('writes one table row per process with its sources and destinations', () => {
    // when
    const doc = documentOf(renderDocumentHtml(map, { problems }));
    // then
    const rows = [...tableAfter(doc, 'processes').tBodies[0].rows];
    expect(rows.map((r) => r.cells[0].textContent)).toEqual([
      'Context of the organisation',
      'Risk assessment',
      'Risk treatment',
      'Incident <script>alert(1)</script> & response',
      'Management review',
    ]);
    const riskAssessment = rows[1];
    expect(riskAssessment.cells[2].textContent).toBe(
      'ISMS scope from Context of the organisationRisk criteria from Context of the organisationAsset inventory (no source)',
    );
    expect(riskAssessment.cells[4].textContent).toBe('Risk register to Risk treatment');
  });

  it('lists interactions by producer and consumer, and the flows across the boundary apart', () => {
    // when
    const doc = documentOf(renderDocumentHtml(map, { problems }));
    // then
    const interactions = [...tableAfter(doc, 'interactions').tBodies[0].rows].map((r) =>
      [...r.cells].map((c) => c.textContent),
    );
    expect(interactions).toContainEqual([
      'Context of the organisation',
      'Risk assessment',
      'ISMS scopeRisk criteria',
    ]);
    expect(interactions.flat()).not.toContain('Regulator');
    const external = doc.getElementById('external')!.parentElement!.textContent!;
    expect(external).toContain('RegulatorContext of the organisationLegal requirements');
    expect(external).toContain(
      'Incident <script>alert(1)</script> & responseRegulatorBreach notification',
    );
  });

  it('gives every process its own procedure section', () => {
    // when
    const doc = documentOf(renderDocumentHtml(map, { problems }));
    // then
    const sections = doc.querySelectorAll('section.procedure');
    expect(sections).toHaveLength(5);
    const riskTreatment = doc.getElementById('process-risk-treatment')!;
    expect(riskTreatment.querySelector('h3')!.textContent).toBe('6.3 Risk treatment');
    expect(riskTreatment.textContent).toContain('Risk register from Risk assessment');
    expect(riskTreatment.textContent).toContain('6.1.3');
  });

  it('embeds the figure it is given and nothing from outside', () => {
    // given
    const figureSvg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';
    // when
    const html = renderDocumentHtml(map, { problems, figureSvg });
    // then
    const doc = documentOf(html);
    expect(doc.querySelector('figure svg rect')).not.toBeNull();
    expect(html).not.toMatch(/(src|href)="(?!#)/);
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'),
    ).toContain("default-src 'none'");
  });

  it('keys the figure under it: a swatch for each kind of box the map has, and the arrow', () => {
    // given a figure drawn as the documents draw it: the map alone
    const figureSvg = renderSvg(map, undefined, DOCUMENT_FIGURE);
    // when
    const doc = documentOf(renderDocumentHtml(map, { problems, figureSvg }));
    // then
    expect(doc.querySelector('figure svg #legend, figure svg #title-block')).toBeNull();
    const caption = doc.querySelector('figcaption')!;
    const kinds = new Set(
      map.processes.map((p) => (p.kind === 'external' ? 'external' : p.category)),
    );
    expect(caption.querySelectorAll('.key-swatch')).toHaveLength(kinds.size + 1);
    expect(caption.textContent).toContain('Interested party (external)');
    expect(caption.textContent).toContain('Flow: an output that is an input');
  });

  it('leaves open problems out of the controlled document unless asked for', () => {
    const doc = documentOf(renderDocumentHtml(map, { problems }));
    expect(doc.getElementById('problems')).toBeNull();
    expect(doc.body.textContent).not.toContain('Did you mean');
  });

  it('prints title, classification, revision, next review and page numbers in every page margin', () => {
    const html = renderDocumentHtml(
      { ...map, nextReview: '2027-06-30', title: 'ISMS "map" </style><script>x()</script>' },
      { problems },
    );
    const doc = documentOf(html);
    const style = doc.querySelector('style')!.textContent!;
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(style).toContain(
      '@top-left { content: "ISMS \\"map\\" \\3C /style>\\3C script>x()\\3C /script>"',
    );
    expect(style).toContain('@top-right { content: "INTERNAL · Revision 1.2"');
    expect(style).toContain('@bottom-left { content: "Next review: 2027-06-30"');
    expect(style).toContain('content: "Page " counter(page) " of " counter(pages)');
  });

  it('holds the revision history and an approval block', () => {
    const doc = documentOf(
      renderDocumentHtml(
        {
          ...map,
          revisions: [
            { revision: '1.2', date: '2026-11-28', author: 'CISO', change: '<b>KPIs</b>' },
          ],
        },
        { problems },
      ),
    );
    const cells = (selector: string) =>
      [...doc.querySelectorAll(`${selector} tbody tr`)].map((tr) =>
        [...tr.children].map((c) => c.textContent),
      );
    expect(cells('table.revisions')).toEqual([['1.2', '2026-11-28', 'CISO', '<b>KPIs</b>']]);
    expect(cells('table.approval')).toEqual([
      ['Prepared by', 'CISO', '2026-11-28', ''],
      ['Approved by', 'Management board', '', ''],
    ]);
  });

  it('gives every process a turtle card, each on its own printed page', () => {
    const doc = documentOf(renderDocumentHtml(map, { problems }));
    const turtles = doc.querySelectorAll('section.procedure table.turtle');
    expect(turtles).toHaveLength(5);
    const boxes = [...turtles[1]!.querySelectorAll('td')].map(
      (td) => td.querySelector('.turtle-title')!.textContent,
    );
    expect(boxes).toEqual([
      'With what',
      'Risks and opportunities',
      'With whom',
      'Inputs',
      'Risk assessment',
      'Outputs',
      'How',
      'Documented information',
      'How many',
    ]);
    expect(turtles[1]!.textContent).toContain('Asset inventory no source');
    expect(doc.querySelector('style')!.textContent).toContain(
      'section.procedure + section.procedure { break-before: page; }',
    );
  });

  it('shows how many clause 4.4 points each process fills', () => {
    const doc = documentOf(renderDocumentHtml(map, { problems }));
    const rows = [...tableAfter(doc, 'processes').tBodies[0]!.rows];
    expect(rows[1]!.cells[7]!.textContent).toBe(
      '5/10 missing: criteria and methods, KPIs, resources, risks and opportunities, documented information',
    );
  });
});
