// What `npm test` runs: typecheck, lint, unit tests, build, then the browser tests against
// the build. Stops at the first failing step and ends with one line CI can read:
// `N passed, M failed` (unit + browser tests).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { ensureChromium, ensureRsvgConvert } from './ensure-chromium.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'procmap-test-'));

const totals = { passed: 0, failed: 0 };

function finish(code) {
  rmSync(reports, { recursive: true, force: true });
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...options.env },
  });
  return result.status === 0;
}

/** A step that is not a test run: its failure counts as one failed check, so the last line never says 0 failed. */
function step(title, command, args) {
  const ok = run(title, command, args);
  if (!ok) {
    totals.failed += 1;
    console.error(`\n${title} failed; stopping here.`);
  }
  return ok;
}

/** Runs vitest with the default reporter plus a JSON report, and adds its counts to the totals. */
function vitest(title, extraArgs, options) {
  const report = join(reports, `${title.replace(/\W+/g, '-')}.json`);
  const ok = run(
    title,
    bin('vitest'),
    ['run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    options,
  );
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests ?? 0;
    totals.failed += json.numFailedTests ?? 0;
    // A file that fails to load has no failed test, yet the run failed: count it once.
    if (!ok && !json.numFailedTests) totals.failed += 1;
  } catch {
    if (!ok) totals.failed += 1;
  }
  return ok;
}

function must(ok) {
  if (!ok) finish(1);
}

must(step('Typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']));
must(step('Lint (eslint)', bin('eslint'), ['.']));
must(vitest('Unit tests (vitest)', []));
must(step('Build (vite build)', bin('vite'), ['build', '--logLevel', 'warn']));

console.log('\n▶ Browser and tools for the browser tests');
let chromiumPath;
try {
  chromiumPath = await ensureChromium();
  ensureRsvgConvert();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  totals.failed += 1;
  finish(1);
}
console.log(`Chromium: ${chromiumPath}`);

must(
  vitest('Browser tests (vitest, Chromium)', ['-c', 'vitest.e2e.config.ts'], {
    env: { CHROMIUM_PATH: chromiumPath },
  }),
);
finish(0);
