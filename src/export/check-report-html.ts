import { readiness } from '../model/readiness';
import type { Problem, ProcessMap } from '../model/types';
import { displayName } from './document-facts';
import { htmlHead, problemTable, readinessCell, STYLE } from './document-html';
import { escapeXml as h } from './escape';

/**
 * The check report of a map: how audit-ready each process is and every open problem, as
 * one self-contained HTML page. It goes with the controlled document, not into it: a
 * working paper for the ISMS team, not a page an auditor signs off.
 *
 * @example renderCheckReportHtml(map, deriveModel(map).problems)
 */
export function renderCheckReportHtml(map: ProcessMap, problems: readonly Problem[]): string {
  const byId = new Map(map.processes.map((p) => [p.id, p] as const));
  const processes = map.processes.filter((p) => p.kind === 'process');
  const ready = processes.filter((p) => readiness(p)?.missing.length === 0).length;
  const rows = processes.map(
    (p) =>
      `<tr><td>${h(displayName(p))}</td><td>${p.owner ? h(p.owner) : '<span class="muted">—</span>'}</td><td>${readinessCell(p)}</td></tr>`,
  );
  const count = (severity: Problem['severity']) =>
    problems.filter((p) => p.severity === severity).length;
  return `${htmlHead(`Check report — ${map.title}`, STYLE)}
<body>
<h1>Check report — ${h(map.title)}</h1>
<p class="muted">${map.revision ? `Revision ${h(map.revision)} · ` : ''}${processes.length} processes, ${ready} audit-ready · ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes</p>
<h2 id="readiness">Clause 4.4 readiness</h2>
<table><thead><tr><th>Process</th><th>Owner</th><th>Clause 4.4 points filled</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<h2 id="problems">Open problems</h2>
${problemTable(problems, byId)}
</body>
</html>
`;
}
