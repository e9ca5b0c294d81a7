import { coverage, unknownReferences, type CoverageLine } from '../model/coverage';
import { readiness } from '../model/readiness';
import type { TurtleBox, TurtleLine } from '../model/turtle';
import type { Problem, Process, ProcessMap } from '../model/types';
import {
  approvalRows,
  controlRows,
  displayName,
  documentFacts,
  runningHeads,
  turtleOfFacts,
  type DocumentFacts,
  type Interaction,
  type ProcessFacts,
} from './document-facts';
import { cssString, escapeXml as h } from './escape';
import { FLOW_LEGEND, legendKinds } from './svg-legend';

export interface DocumentHtmlOptions {
  /** Open problems as the analysis found them; listed only with `includeProblems`. */
  problems: readonly Problem[];
  /**
   * Adds the open problems as the document's last section. A controlled document leaves
   * them out: they belong in the check report ({@link renderCheckReportHtml}).
   */
  includeProblems?: boolean;
  /**
   * The map figure: SVG markup as {@link renderSvg} writes it. It is inserted as it is
   * (it is generated, not typed), so pass nothing else here.
   */
  figureSvg?: string;
}

/**
 * Screen and print: A4 landscape for text and tables, the figure on its own A3 landscape
 * page (a named page), table heads repeated and rows never split across pages.
 */
export const STYLE = `
@page { size: A4 landscape; margin: 16mm 12mm; }
@page figure { size: A3 landscape; margin: 9mm 8mm; }
:root { color: #1f2933; background: #ffffff; }
body { font-family: Arial, Arimo, 'Liberation Sans', Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; margin: 0 auto; max-width: 1400px; padding: 24px; }
h1 { font-size: 20pt; margin: 0 0 4px; }
h2 { font-size: 14pt; margin: 28px 0 8px; border-bottom: 1px solid #c4cad3; padding-bottom: 2px; break-after: avoid; }
h3 { font-size: 12pt; margin: 20px 0 6px; break-after: avoid; }
.classification { text-transform: uppercase; letter-spacing: 0.08em; font-size: 9pt; color: #52606d; margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #c4cad3; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eceef1; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
table.control { width: auto; min-width: 50%; }
table.control th { width: 12em; }
ul { margin: 0; padding-left: 1.1em; }
.muted { color: #52606d; }
.from, .to { color: #52606d; font-size: 0.92em; }
section.figure-page { page: figure; break-before: page; break-after: page; }
figure { margin: 12px 0; }
figure svg { display: block; max-width: 100%; height: auto; border: 1px solid #e4e7eb; }
figcaption { font-size: 9.5pt; color: #52606d; margin-top: 6px; }
.key-swatch { display: inline-block; width: 2em; height: 0.9em; vertical-align: -0.1em; margin: 0 0.3em 0 1em; border: 1.5px solid; border-radius: 3px; }
h2#procedures { break-before: page; }
section.procedure + section.procedure { break-before: page; }
table.turtle { table-layout: fixed; }
table.turtle td { width: 33.3%; height: 7em; }
table.turtle td.process { background: #eef4ff; border: 2px solid #2563eb; }
.turtle-title { display: block; font-weight: bold; }
.turtle-question { display: block; color: #52606d; font-size: 0.88em; margin-bottom: 2px; }
table.revisions td:first-child, table.revisions th:first-child { width: 7em; }
table.approval td { height: 2.2em; }
table.coverage { width: auto; font-size: 8.5pt; }
table.coverage th, table.coverage td { padding: 1px 4px; }
h2#coverage { break-before: page; }
table.coverage tbody th { font-weight: normal; white-space: nowrap; }
table.coverage thead th.process { vertical-align: bottom; }
table.coverage thead th.process span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; max-height: 38mm; overflow: hidden; text-overflow: ellipsis; font-weight: normal; }
table.coverage td { text-align: center; }
table.coverage td.on { background: #dcfae6; color: #085d3a; }
table.coverage tr.gap th { background: #fef3f2; color: #b42318; }
.ready-full { color: #085d3a; font-weight: bold; }
.ready-partial { color: #b54708; font-weight: bold; }
dl.procedure { display: grid; grid-template-columns: 11em 1fr; gap: 4px 12px; margin: 0; }
dl.procedure dt { font-weight: bold; }
dl.procedure dd { margin: 0; }
.severity-error { color: #b42318; font-weight: bold; }
.severity-warning { color: #b54708; font-weight: bold; }
.severity-info { color: #475467; }
@media print {
  body { padding: 0; max-width: none; font-size: 9.5pt; }
  section.figure-page h2 { margin-top: 0; }
  figure { margin: 4px 0 0; }
  /* The A3 page's 279 mm less heading, caption and key: the map at 6 pt or more. */
  figure svg { border: none; max-height: 255mm; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
}
`;

/**
 * The figure's legend as a line of text: a swatch drawn like each kind of box the map has,
 * and the arrow of a flow.
 */
function figureKey(map: ProcessMap): string {
  const kinds = legendKinds(map.processes).map(({ label, style }) => {
    const border = `${style.border}${style.borderDash ? '; border-style: dashed' : ''}`;
    return `<span class="key-swatch" style="background: ${style.headerFill}; border-color: ${border}"></span>${h(label)}`;
  });
  return `<b>Key:</b>${kinds.join('')}<span class="key-swatch" style="border: none; width: auto">→</span>${h(FLOW_LEGEND)}`;
}

function names(processes: readonly Process[]): string {
  return processes.map((p) => h(displayName(p))).join(', ');
}

function list(items: readonly string[]): string {
  if (items.length === 0) return '<span class="muted">—</span>';
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function inputItems(facts: ProcessFacts): string[] {
  return facts.inputs.map(({ artifact, from }) =>
    from.length > 0
      ? `${h(artifact)} <span class="from">from ${names(from)}</span>`
      : `${h(artifact)} <span class="from">(no source)</span>`,
  );
}

function outputItems(facts: ProcessFacts): string[] {
  return facts.outputs.map(({ artifact, to }) =>
    to.length > 0
      ? `${h(artifact)} <span class="to">to ${names(to)}</span>`
      : `${h(artifact)} <span class="to">(not used)</span>`,
  );
}

function text(value: string | undefined): string {
  return value && value.trim() !== '' ? h(value) : '<span class="muted">—</span>';
}

function controlBlock(map: ProcessMap): string {
  const rows = controlRows(map);
  return `<table class="control"><caption class="muted" style="text-align:left">Document control</caption><tbody>${rows
    .map(([label, value]) => `<tr><th scope="row">${label}</th><td>${text(value)}</td></tr>`)
    .join('')}</tbody></table>`;
}

function anchor(process: Process): string {
  // Ids are user-typed too: the anchor is escaped like any attribute value.
  return h(`process-${process.id}`);
}

function revisionTable(map: ProcessMap): string {
  const revisions = map.revisions ?? [];
  if (revisions.length === 0) return '<p class="muted">No revisions recorded.</p>';
  const rows = revisions.map(
    (r) =>
      `<tr><td>${text(r.revision)}</td><td>${text(r.date)}</td><td>${text(r.author)}</td><td>${text(r.change)}</td></tr>`,
  );
  return `<table class="revisions"><thead><tr><th>Revision</th><th>Date</th><th>Author</th><th>Change</th></tr></thead><tbody>${rows.join(
    '',
  )}</tbody></table>`;
}

function approvalBlock(map: ProcessMap): string {
  const rows = approvalRows(map).map(
    ([role, name, date]) =>
      `<tr><th scope="row">${role}</th><td>${text(name)}</td><td>${date ? h(date) : ''}</td><td></td></tr>`,
  );
  return `<table class="approval"><thead><tr><th></th><th>Name</th><th>Date</th><th>Signature</th></tr></thead><tbody>${rows.join(
    '',
  )}</tbody></table>`;
}

/** The running header and footer of every printed page, and the page numbers. */
function pageMargins(map: ProcessMap): string {
  const heads = runningHeads(map);
  const boxes = `@top-left { content: ${cssString(heads.left)}; font: 8pt Arial, sans-serif; color: #52606d; }
  @top-right { content: ${cssString(heads.right)}; font: 8pt Arial, sans-serif; color: #52606d; }
  @bottom-left { content: ${cssString(heads.footer)}; font: 8pt Arial, sans-serif; color: #52606d; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, sans-serif; color: #52606d; }`;
  return `@page { ${boxes} }\n@page figure { ${boxes} }`;
}

function coverageRows(lines: readonly CoverageLine[]): string {
  return lines
    .map((line) => {
      const cells = line.cells
        .map((refs) =>
          refs.length === 0
            ? '<td></td>'
            : `<td class="on" title="${h(refs.join(', '))}">${line.row.kind === 'annex' ? refs.length : '●'}</td>`,
        )
        .join('');
      const gap = line.covered ? '' : ' <strong>not covered</strong>';
      return `<tr${line.covered ? '' : ' class="gap"'}><th scope="row">${line.row.id} ${h(line.row.title)}${gap}</th>${cells}</tr>`;
    })
    .join('');
}

/** The clause coverage matrix: clauses (and Annex A themes) down, processes across. */
function coverageSection(map: ProcessMap): string {
  const { processes, clauses, annex, unknown } = coverage(map.processes);
  if (processes.length === 0) return '<p class="muted">The map has no processes yet.</p>';
  const head = processes
    .map((p) => `<th class="process" scope="col"><span>${h(displayName(p))}</span></th>`)
    .join('');
  const annexHead =
    annex.length > 0
      ? `<tr><th colspan="${processes.length + 1}" scope="rowgroup">Annex A (number of controls referenced)</th></tr>`
      : '';
  const unknownNote =
    unknown.length > 0 ? `<p class="muted">${h(unknownReferences(unknown))}</p>` : '';
  return `<table class="coverage"><thead><tr><th scope="col">ISO/IEC 27001:2022</th>${head}</tr></thead><tbody>${coverageRows(
    clauses,
  )}${annexHead}${coverageRows(annex)}</tbody></table>${unknownNote}`;
}

/** How many clause 4.4 points a process fills, coloured by whether all are. */
export function readinessCell(process: Process): string {
  const r = readiness(process);
  if (!r) return '<span class="muted">—</span>';
  const look = r.filled === r.total ? 'ready-full' : 'ready-partial';
  const missing =
    r.missing.length > 0 ? ` <span class="muted">missing: ${h(r.missing.join(', '))}</span>` : '';
  return `<span class="${look}">${r.filled}/${r.total}</span>${missing}`;
}

function turtleLine(line: TurtleLine): string {
  return line.note ? `${h(line.text)} <span class="from">${h(line.note)}</span>` : h(line.text);
}

/** The turtle card: three rows of three boxes, the process in the middle. */
function turtleCard(boxes: readonly TurtleBox[]): string {
  const cell = (box: TurtleBox) =>
    `<td class="${box.key === 'process' ? 'process' : box.key}"><span class="turtle-title">${h(box.title)}</span><span class="turtle-question">${h(
      box.question,
    )}</span>${list(box.lines.map(turtleLine))}</td>`;
  const rows = [0, 3, 6].map(
    (start) =>
      `<tr>${boxes
        .slice(start, start + 3)
        .map(cell)
        .join('')}</tr>`,
  );
  return `<table class="turtle" aria-label="Turtle card"><tbody>${rows.join('')}</tbody></table>`;
}

function processTable(facts: DocumentFacts): string {
  if (facts.processes.length === 0) return '<p class="muted">The map has no processes yet.</p>';
  const rows = facts.processes.map(
    (f) =>
      `<tr><td><a href="#${anchor(f.process)}">${h(displayName(f.process))}</a></td><td>${text(
        f.process.owner,
      )}</td><td>${list(inputItems(f))}</td><td>${list(f.process.activities.map(h))}</td><td>${list(
        outputItems(f),
      )}</td><td>${text(f.process.documentation)}</td><td>${list(f.process.references.map(h))}</td><td>${readinessCell(
        f.process,
      )}</td></tr>`,
  );
  return `<table><thead><tr><th>Process</th><th>Owner</th><th>Inputs</th><th>Activities</th><th>Outputs</th><th>Documented in</th><th>References</th><th>Clause 4.4</th></tr></thead><tbody>${rows.join(
    '',
  )}</tbody></table>`;
}

function interactionTable(
  interactions: readonly Interaction[],
  from: string,
  to: string,
  none: string,
): string {
  if (interactions.length === 0) return `<p class="muted">${none}</p>`;
  const rows = interactions.map(
    (i) =>
      `<tr><td>${h(displayName(i.from))}</td><td>${h(displayName(i.to))}</td><td>${list(i.artifacts.map(h))}</td></tr>`,
  );
  return `<table><thead><tr><th>${from}</th><th>${to}</th><th>Artifacts</th></tr></thead><tbody>${rows.join(
    '',
  )}</tbody></table>`;
}

/** A process's page: its turtle card, then what the card leaves out. */
function procedure(facts: ProcessFacts, number: string): string {
  const p = facts.process;
  const entries: [string, string][] = [
    ...(p.purpose && p.description
      ? [['Description', text(p.description)] as [string, string]]
      : []),
    ['Category', text(p.category)],
    ['References', list(p.references.map(h))],
    ['Clause 4.4', readinessCell(p)],
  ];
  return `<section class="procedure" id="${anchor(p)}"><h3>${number} ${h(displayName(p))}</h3>${turtleCard(
    turtleOfFacts(facts),
  )}<dl class="procedure">${entries
    .map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`)
    .join('')}</dl></section>`;
}

function externalsList(facts: DocumentFacts): string {
  if (facts.externals.length === 0) return '';
  const rows = facts.externals.map(
    (f) =>
      `<tr><td>${h(displayName(f.process))}</td><td>${text(f.process.description)}</td><td>${list(
        outputItems(f),
      )}</td><td>${list(inputItems(f))}</td></tr>`,
  );
  return `<h3>Interested parties and external organisations</h3><table><thead><tr><th>Party</th><th>Description</th><th>Supplies</th><th>Receives</th></tr></thead><tbody>${rows.join(
    '',
  )}</tbody></table>`;
}

/**
 * The start of a self-contained ProcMap page up to `</head>`: no scripts and nothing from
 * outside (a Content-Security-Policy says so), `title` escaped, `style` as it is.
 */
export function htmlHead(title: string, style: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="ProcMap">
<title>${h(title)}</title>
<style>${style}</style>
</head>`;
}

/** The problems as a table: severity, process, message and "did you mean". */
export function problemTable(
  problems: readonly Problem[],
  byId: ReadonlyMap<string, Process>,
): string {
  if (problems.length === 0) return '<p>No open problems.</p>';
  const rows = problems.map((problem) => {
    const process = problem.process ? byId.get(problem.process) : undefined;
    const suggestion = problem.suggestion ? ` Did you mean “${h(problem.suggestion)}”?` : '';
    return `<tr><td class="severity-${problem.severity}">${problem.severity}</td><td>${
      process ? h(displayName(process)) : '<span class="muted">—</span>'
    }</td><td>${h(problem.message)}${suggestion}</td></tr>`;
  });
  return `<table><thead><tr><th>Severity</th><th>Process</th><th>Problem</th></tr></thead><tbody>${rows.join(
    '',
  )}</tbody></table>`;
}

/**
 * The process map document (clause 4.4) as one self-contained HTML page, a controlled
 * document: document control with the next review, revision history and approval block,
 * the map as a figure, the process table, the interactions, the interfaces with external
 * parties, and a page per process with its turtle card; the open problems only when asked
 * for. No scripts, no external resources (a Content-Security-Policy says so), everything
 * typed escaped; prints on A4 landscape with the figure on an A3 landscape page, every
 * page with the title, classification, revision and "Page n of m" in its margins.
 *
 * @example
 * const html = renderDocumentHtml(map, { problems: analysis.problems, figureSvg: renderSvg(map, layout) });
 */
export function renderDocumentHtml(map: ProcessMap, options: DocumentHtmlOptions): string {
  const facts = documentFacts(map, options.problems);
  const byId = new Map(map.processes.map((p) => [p.id, p] as const));
  const flows =
    facts.interactions.length + facts.externalInputs.length + facts.externalOutputs.length;
  const heading = [
    map.organization,
    map.revision ? `Revision ${map.revision}` : undefined,
    map.date,
  ]
    .filter((part): part is string => Boolean(part && part.trim()))
    .map(h)
    .join(' · ');
  const figure = options.figureSvg
    ? `<h2 id="map">1 Process map</h2><figure>${options.figureSvg}<figcaption>Figure 1 — ${h(
        map.title,
      )}: ${facts.processes.length} processes, ${facts.externals.length} external parties, ${flows} interactions between them.<br>${figureKey(map)}</figcaption></figure>`
    : '<h2 id="map">1 Process map</h2><p class="muted">No figure.</p>';

  return `${htmlHead(map.title, `${STYLE}${pageMargins(map)}`)}
<body>
<header>
${map.classification ? `<p class="classification">${h(map.classification)}</p>` : ''}
<h1>${h(map.title)}</h1>
${heading ? `<p class="muted">${heading}</p>` : ''}
${controlBlock(map)}
<h2 id="revisions">Revision history</h2>
${revisionTable(map)}
<h2 id="approval">Approval</h2>
${approvalBlock(map)}
</header>
<nav><ol>
<li><a href="#map">Process map</a></li>
<li><a href="#processes">Processes</a></li>
<li><a href="#interactions">Interactions</a></li>
<li><a href="#external">External inputs and outputs</a></li>
<li><a href="#coverage">Clause coverage</a></li>
<li><a href="#procedures">Procedures</a></li>
${options.includeProblems ? '<li><a href="#problems">Open problems</a></li>' : ''}
</ol></nav>
<main>
<section class="figure-page">${figure}</section>
<h2 id="processes">2 Processes</h2>
${processTable(facts)}
<h2 id="interactions">3 Interactions</h2>
${interactionTable(facts.interactions, 'Producer', 'Consumer', 'No process feeds another yet.')}
<h2 id="external">4 External inputs and outputs</h2>
<h3>Into the ISMS</h3>
${interactionTable(facts.externalInputs, 'From (external)', 'To (process)', 'Nothing comes in from external parties.')}
<h3>Out of the ISMS</h3>
${interactionTable(facts.externalOutputs, 'From (process)', 'To (external)', 'Nothing goes out to external parties.')}
${externalsList(facts)}
<h2 id="coverage">5 Clause coverage</h2>
${coverageSection(map)}
<h2 id="procedures">6 Procedures</h2>
${facts.processes.map((f, i) => procedure(f, `6.${i + 1}`)).join('\n')}
${options.includeProblems ? `<h2 id="problems">7 Open problems</h2>\n${problemTable(facts.problems, byId)}` : ''}
</main>
</body>
</html>
`;
}
