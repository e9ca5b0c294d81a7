import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/model/parse';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin', 'procmap.mjs');
const fixture = (name: string) => join('tests', 'fixtures', 'maps', name);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `procmap` command from the checkout, as a user would. */
function procmap(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

let scratch: string;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'procmap-cli-'));
  // The first run builds dist/cli from src when it is stale; later runs reuse it.
  await procmap(['--help']);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('procmap check', () => {
  it('exits 0 and says so when a map has no problems', async () => {
    const run = await procmap(['check', fixture('clean.yaml')]);
    expect(run).toEqual({
      code: 0,
      stdout: `${fixture('clean.yaml')}: 2 processes, 2 flows; no problems\n`,
      stderr: '',
    });
  });

  it('prints one line per problem, errors first, and exits 1 on errors', async () => {
    const run = await procmap(['check', fixture('duplicate-ids.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      'error   duplicate-id      review: "Internal audit" has the id "review", which "Management review" already has; ids must be unique',
      'info    unused-output     review: No process or external takes "Decisions", an output of "Management review"',
      'info    unused-output     review: No process or external takes "Audit report", an output of "Internal audit"',
      `${fixture('duplicate-ids.yaml')}: 2 processes, 0 flows; 1 error, 0 warnings, 2 info`,
      '',
    ]);
    expect(run.stderr).toBe('');
  });

  it('exits 0 on warnings, and 1 with --strict', async () => {
    expect((await procmap(['check', fixture('warnings-only.yaml')])).code).toBe(0);
    expect((await procmap(['check', '--strict', fixture('warnings-only.yaml')])).code).toBe(1);
    expect((await procmap(['check', '--strict', fixture('clean.yaml')])).code).toBe(0);
  });

  it('prints title, process count, flows and problems as one JSON object with --json', async () => {
    const run = await procmap(['check', fixture('warnings-only.yaml'), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      title: 'Only warnings',
      processes: 2,
      flows: [{ from: 'risk-assessment', to: 'asset-management', artifact: 'Risk register' }],
      problems: [
        {
          severity: 'warning',
          code: 'missing-owner',
          process: 'risk-assessment',
          message: '"Risk assessment" has no owner',
        },
        {
          severity: 'warning',
          code: 'unresolved-input',
          process: 'risk-assessment',
          artifact: 'Asset inventry',
          message:
            'No process or external produces "Asset inventry", an input of "Risk assessment"; did you mean "Asset inventory"?',
          suggestion: 'Asset inventory',
        },
        {
          severity: 'info',
          code: 'unused-output',
          process: 'asset-management',
          artifact: 'Asset inventory',
          message:
            'No process or external takes "Asset inventory", an output of "Asset management"',
        },
      ],
    });
  });

  it('notes processes that are not audit-ready, and still exits 0 with --strict', async () => {
    const file = fixture('not-audit-ready.yaml');
    const run = await procmap(['check', file]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'info    no-activities     risk-treatment: "Risk treatment" has no activities: clause 4.4 asks what the process does',
      'info    no-kpi            risk-treatment: "Risk treatment" has no KPI: clause 9.1 asks how the process is monitored and measured',
      'info    no-records        risk-treatment: "Risk treatment" has no documented information: clause 7.5 asks what it keeps as records',
      `${file}: 4 processes, 3 flows; 0 errors, 0 warnings, 3 info`,
      '',
    ]);
    expect((await procmap(['check', '--strict', file])).code).toBe(0);
    const json = JSON.parse((await procmap(['check', '--json', file])).stdout) as {
      problems: { severity: string; code: string; process: string }[];
    };
    expect(json.problems.map((p) => [p.severity, p.code, p.process])).toEqual([
      ['info', 'no-activities', 'risk-treatment'],
      ['info', 'no-kpi', 'risk-treatment'],
      ['info', 'no-records', 'risk-treatment'],
    ]);
  });

  it('writes the check report with --report: readiness per process and the problems', async () => {
    const out = join(scratch, 'report.html');
    const run = await procmap(['check', fixture('not-audit-ready.yaml'), '--report', out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Check report — Not yet audit-ready</h1>');
    expect(html).toContain('2 processes, 0 audit-ready');
    expect(html).toContain('&quot;Risk treatment&quot; has no KPI');
    expect(html).toMatch(
      /Risk treatment<\/td><td>Risk manager<\/td><td><span class="ready-partial">3\/10/,
    );
  });

  it('puts the open problems into the rendered document only with --with-problems', async () => {
    const plain = join(scratch, 'plain.html');
    const full = join(scratch, 'full.html');
    expect((await procmap(['render', fixture('not-audit-ready.yaml'), '-o', plain])).code).toBe(0);
    expect(
      (await procmap(['render', fixture('not-audit-ready.yaml'), '-o', full, '--with-problems']))
        .code,
    ).toBe(0);
    expect(readFileSync(plain, 'utf8')).not.toContain('has no KPI');
    expect(readFileSync(full, 'utf8')).toContain('has no KPI');
  });

  it('exits 1 with --json when the map has errors, still printing the report', async () => {
    const run = await procmap(['check', '--json', fixture('problems.yaml')]);
    expect(run.code).toBe(1);
    const codes = (JSON.parse(run.stdout) as { problems: { code: string }[] }).problems.map(
      (p) => p.code,
    );
    expect(new Set(codes)).toEqual(
      new Set([
        'duplicate-id',
        'empty-name',
        'unresolved-input',
        'duplicate-name',
        'missing-owner',
        'self-loop',
        'unused-output',
        'no-activities',
        'no-kpi',
        'no-records',
      ]),
    );
  });

  it.each([
    ['broken.yaml', /^procmap: tests\/fixtures\/maps\/broken\.yaml: line 5, column 5: .+\n$/],
    [
      'broken.json',
      /^procmap: tests\/fixtures\/maps\/broken\.json: line 5, column 20: Expected double-quoted property name\n$/,
    ],
    [
      'wrong-types.yaml',
      /^procmap: .*wrong-types\.yaml: processes\[0\]\.inputs\[1\] \(line 6, column 9\): expected text\n$/,
    ],
    [
      'future-version.yaml',
      /^procmap: .*: made by a newer ProcMap \(format 99\); this version reads format 1\n$/,
    ],
    ['empty.yaml', /^procmap: .*empty\.yaml: the file is empty\n$/],
  ])('exits 2 with one line on stderr naming the place for %s', async (name, line) => {
    const run = await procmap(['check', fixture(name), '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(line);
  });

  it('exits 2 with one line when the file cannot be read', async () => {
    expect(await procmap(['check', 'no/such/map.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: cannot read no/such/map.yaml: no such file\n',
    });
    expect((await procmap(['check', 'tests'])).stderr).toBe(
      'procmap: cannot read tests: it is a directory\n',
    );
  });

  it('reads the map from standard input for "-"', async () => {
    const run = await procmap(
      ['check', '-', '--json'],
      readFileSync(join(root, fixture('clean.yaml')), 'utf8'),
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'Clean', processes: 2 });
  });

  it('prints usage and exits 2 on an unknown flag or a missing file, with no stack trace', async () => {
    const unknown = await procmap(['check', '--colour', fixture('clean.yaml')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^procmap check: Unknown option '--colour'\n\nUsage: procmap check FILE/,
    );
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    const missing = await procmap(['check']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^procmap check: a FILE is needed\n\nUsage:/);
  });

  it('escapes terminal control characters in names instead of printing them raw', async () => {
    // given a map whose names hold ESC (clear screen), BEL, NUL, a C1 CSI and a line break
    const file = join(scratch, 'escapes.json');
    writeFileSync(
      file,
      JSON.stringify({
        processes: [
          { id: 'a\u001b[2J', name: 'Clear\u001b[2J screen\u0007\u0000', outputs: ['X\u009b31m'] },
          { id: 'b', name: 'Fake\nerror   duplicate-id      line', owner: 'O', outputs: ['Y'] },
        ],
      }),
    );
    // when it is checked as text and as JSON
    const run = await procmap(['check', file]);
    const json = await procmap(['check', file, '--json']);
    // then no control character reaches the terminal, each is spelled \uXXXX
    // eslint-disable-next-line no-control-regex
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    expect(run.stdout).not.toMatch(raw);
    expect(run.stdout).toContain('a\\u001b[2J: ');
    expect(run.stdout).toContain('"X\\u009b31m"');
    expect(run.stdout).toContain('Fake\\u000aerror');
    expect(run.stdout.split('\n').filter((l) => l.startsWith('error'))).toEqual([]);
    // and the JSON still means the very same names
    expect(json.stdout).not.toMatch(raw);
    const report = JSON.parse(json.stdout) as { problems: { process?: string }[] };
    expect(report.problems.map((p) => p.process)).toContain('a\u001b[2J');
  });

  it('prints its usage with --help and exits 0', async () => {
    const run = await procmap(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: procmap check FILE \[--json\] \[--strict\]/);
  });
});

describe('procmap', () => {
  it('lists its commands with --help', async () => {
    const run = await procmap(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Commands:\n(.|\n)* {2}check +check a map file and list its problems\n/,
    );
    expect(run.stdout).toMatch(/\n {2}init +write the starter ISMS map/);
  });

  it('exits 2 on an unknown command, and on no command at all', async () => {
    const unknown = await procmap(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^procmap: unknown command "frobnicate"\n/);
    expect((await procmap([])).code).toBe(2);
  });
});

describe('procmap init', () => {
  it('prints the starter map as YAML that checks clean', async () => {
    const run = await procmap(['init']);
    expect(run.code).toBe(0);
    const parsed = parseMap(run.stdout);
    expect(parsed.ok && parsed.map.processes).toHaveLength(24);
  });

  it('writes JSON for a .json file and will not overwrite it without --force', async () => {
    const file = join(scratch, 'isms.procmap.json');
    expect((await procmap(['init', file])).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      procmap: 1,
      title: 'ISMS process map',
    });
    expect((await procmap(['check', file])).stdout).toMatch(
      /24 processes, 74 flows; no problems\n$/,
    );
    writeFileSync(file, 'mine');
    const again = await procmap(['init', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/it exists \(use --force to overwrite\)/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await procmap(['init', file, '--force'])).code).toBe(0);
  });
});
