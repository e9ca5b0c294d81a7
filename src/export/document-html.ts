import type { Problem, Process, ProcessMap } from '../model/types';
import {
  controlRows,
  displayName,
  documentFacts,
  type DocumentFacts,
  type Interaction,
  type ProcessFacts,
} from './document-facts';
import { escapeXml as h } from './escape';

export interface DocumentHtmlOptions {
  /** Open problems as the analysis found them; listed in the document's last section. */
  problems: readonly Problem[];
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
const STYLE = `
@page { size: A4 landscape; margin: 14mm 12mm; }
@page figure { size: A3 landscape; margin: 12mm; }
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
section.procedure { break-inside: avoid-page; }
dl.procedure { display: grid; grid-template-columns: 11em 1fr; gap: 4px 12px; margin: 0; }
dl.procedure dt { font-weight: bold; }
dl.procedure dd { margin: 0; }
.severity-error { color: #b42318; font-weight: bold; }
.severity-warning { color: #b54708; font-weight: bold; }
.severity-info { color: #475467; }
@media print {
  body { padding: 0; max-width: none; font-size: 9.5pt; }
  figure svg { border: none; max-height: 250mm; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
}
`;

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

function processTable(facts: DocumentFacts): string {
  if (facts.processes.length === 0) return '<p class="muted">The map has no processes yet.</p>';
  const rows = facts.processes.map(
    (f) =>
      `<tr><td><a href="#${anchor(f.process)}">${h(displayName(f.process))}</a></td><td>${text(
        f.process.owner,
      )}</td><td>${list(inputItems(f))}</td><td>${list(f.process.activities.map(h))}</td><td>${list(
        outputItems(f),
      )}</td><td>${text(f.process.documentation)}</td><td>${list(f.process.references.map(h))}</td></tr>`,
  );
  return `<table><thead><tr><th>Process</th><th>Owner</th><th>Inputs</th><th>Activities</th><th>Outputs</th><th>Documented in</th><th>References</th></tr></thead><tbody>${rows.join(
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

function procedure(facts: ProcessFacts, number: string): string {
  const p = facts.process;
  const entries: [string, string][] = [
    ['Purpose', text(p.description)],
    ['Owner', text(p.owner)],
    ['Category', text(p.category)],
    ['Inputs', list(inputItems(facts))],
    ['Activities', list(p.activities.map(h))],
    ['Outputs', list(outputItems(facts))],
    ['Documented in', text(p.documentation)],
    ['References', list(p.references.map(h))],
  ];
  return `<section class="procedure" id="${anchor(p)}"><h3>${number} ${h(displayName(p))}</h3><dl class="procedure">${entries
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

function problemTable(problems: readonly Problem[], byId: ReadonlyMap<string, Process>): string {
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
 * The process map document (clause 4.4) as one self-contained HTML page: document
 * control, the map as a figure, the process table, the interactions, the interfaces with
 * external parties, one procedure section per process and the open problems. No scripts,
 * no external resources (a Content-Security-Policy says so), everything typed escaped;
 * prints on A4 landscape with the figure on an A3 landscape page.
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
      )}: ${facts.processes.length} processes, ${facts.externals.length} external parties, ${flows} interactions between them.</figcaption></figure>`
    : '<h2 id="map">1 Process map</h2><p class="muted">No figure.</p>';

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="ProcMap">
<title>${h(map.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
${map.classification ? `<p class="classification">${h(map.classification)}</p>` : ''}
<h1>${h(map.title)}</h1>
${heading ? `<p class="muted">${heading}</p>` : ''}
${controlBlock(map)}
</header>
<nav><ol>
<li><a href="#map">Process map</a></li>
<li><a href="#processes">Processes</a></li>
<li><a href="#interactions">Interactions</a></li>
<li><a href="#external">External inputs and outputs</a></li>
<li><a href="#procedures">Procedures</a></li>
<li><a href="#problems">Open problems</a></li>
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
<h2 id="procedures">5 Procedures</h2>
${facts.processes.map((f, i) => procedure(f, `5.${i + 1}`)).join('\n')}
<h2 id="problems">6 Open problems</h2>
${problemTable(facts.problems, byId)}
</main>
</body>
</html>
`;
}
