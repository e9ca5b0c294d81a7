import { renderCheckReportHtml } from '../export/check-report-html';
import { deriveModel } from '../model/derive';
import type { Problem, Severity } from '../model/types';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command';
import { loadMapFile, writeOutput } from './io';
import { terminalField } from './terminal-text';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `procmap check FILE [--json] [--strict]` (DESIGN.md, "The command line"). */
const USAGE = `Usage: procmap check FILE [--json] [--strict] [--report OUT.html]

Reads a map file (JSON or YAML; - for standard input) and lists its problems.

Options:
  --json     print one JSON object: title, processes, flows, problems
  --strict   exit 1 on warnings too, not only on errors
  --report OUT.html
             also write the check report: clause 4.4 readiness per process and
             every open problem, as a page to share
  -h, --help show this help

Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 the file
cannot be read or parsed.`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'check a map file and list its problems',
  usage: USAGE,

  async run(args, context) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      report: { type: 'string' },
    });
    if (values.help) {
      context.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1)
      throw new UsageError(positionals.length === 0 ? 'a FILE is needed' : 'one FILE at a time');
    const file = positionals[0]!;

    const loaded = await loadMapFile(file, context);
    if (!loaded.ok) {
      context.stderr(`procmap: ${loaded.message}\n`);
      return EXIT.failure;
    }
    const { map } = loaded;
    const derived = deriveModel(map);
    const problems = [...loaded.problems, ...derived.problems].sort(
      (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
    );

    if (values.json) {
      const report = {
        title: map.title,
        processes: map.processes.length,
        flows: derived.flows.map(({ from, to, artifact }) => ({ from, to, artifact })),
        problems,
      };
      context.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      context.stdout(formatProblems(problems));
      context.stdout(
        `${terminalField(file)}: ${summary(map.processes.length, derived.flows.length, problems)}\n`,
      );
    }

    if (values.report) {
      const report = renderCheckReportHtml(map, problems);
      if (!(await writeOutput(values.report, report, context))) return EXIT.failure;
    }

    const errors = problems.some((p) => p.severity === 'error');
    const warnings = problems.some((p) => p.severity === 'warning');
    return errors || (values.strict && warnings) ? EXIT.problems : EXIT.ok;
  },
};

/** One aligned line per problem: severity, code, process id, message. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map(
      (p) =>
        `${p.severity.padEnd(8)}${p.code.padEnd(18)}${p.process ? `${terminalField(p.process)}: ` : ''}${terminalField(p.message)}\n`,
    )
    .join('');
}

function summary(processes: number, flows: number, problems: readonly Problem[]): string {
  const count = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const found =
    problems.length === 0
      ? 'no problems'
      : `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
  return `${plural(processes, 'process', 'processes')}, ${plural(flows, 'flow')}; ${found}`;
}
