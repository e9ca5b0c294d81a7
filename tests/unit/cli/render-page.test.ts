import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { svgSize } from '../../../src/export/png-size';
import { readEmbeddedMap } from '../../../src/export/svg-source';
import { decodePng } from '../export/decode-png';
import { runCli } from './run-cli';

const BANDED = 'tests/fixtures/export/banded-map.json';
const dir = mkdtempSync(join(tmpdir(), 'procmap-page-'));
/** Three processes in a row: small enough for A4. */
const SMALL = join(dir, 'three.yaml');
writeFileSync(
  SMALL,
  `procmap: 1
title: Three processes
approvedBy: Management board
processes:
  - { name: Plan, category: management, outputs: [Plan] }
  - { name: Do, category: core, inputs: [Plan], outputs: [Result] }
  - { name: Check, category: support, inputs: [Result] }
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(argv);

describe('procmap render --page', () => {
  it('writes an SVG the size of the page, the map centred on it', async () => {
    // given
    const out = join(dir, 'small-a4.svg');
    // when
    const { code, stderr } = await run('render', SMALL, '-o', out, '--page', 'A4-landscape');
    // then
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/<svg [^>]*width="297mm" height="210mm"/);
    const [x, y, width, height] = /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
    expect(width / height).toBeCloseTo(297 / 210, 3);
    expect(x < 0 || y < 0).toBe(true);
    expect(svg).toContain('id="legend"');
    expect(svg).toContain('id="title-block"');
  });

  it('writes a PNG in the page proportions', async () => {
    // given
    const out = join(dir, 'small-a4.png');
    // when
    const { code } = await run('render', SMALL, '-o', out, '--page', 'a4-portrait');
    // then
    expect(code).toBe(0);
    const png = decodePng(readFileSync(out));
    expect(png.height / png.width).toBeCloseTo(297 / 210, 2);
  });

  it('refuses a page the map does not fit readably, in one line that offers A3 or a page per band', async () => {
    // given the starter map, whose text would be under 6 pt on A4
    const starter = join(dir, 'isms.yaml');
    expect((await run('init', starter)).code).toBe(0);
    const out = join(dir, 'isms-a4.svg');
    // when
    const { code, stderr } = await run('render', starter, '-o', out, '--page', 'A4-landscape');
    // then
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/does not fit on A4 landscape: its smallest text would be \d\.\d pt/);
    expect(stderr).toContain('A3 landscape, or a page per band');
    expect(existsSync(out)).toBe(false);
  });

  it('prints the starter map whole on A3 instead', async () => {
    // given the map `procmap init` writes
    const starter = join(dir, 'isms-for-a3.yaml');
    expect((await run('init', starter)).code).toBe(0);
    // when
    const out = join(dir, 'isms-a3.svg');
    const { code, stderr } = await run('render', starter, '-o', out, '--page', 'A3-landscape');
    // then
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/width="420mm" height="297mm"/);
  });

  it('prints a map of nine processes in bands on A4', async () => {
    const out = join(dir, 'banded-a4.svg');
    const { code } = await run('render', BANDED, '-o', out, '--page', 'A4-landscape');
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/width="297mm" height="210mm"/);
  });

  it('writes a page per band, each named by its band and titled with it', async () => {
    // given
    const out = join(dir, 'bands.svg');
    // when
    const { code, stdout } = await run(
      'render',
      BANDED,
      '-o',
      out,
      '--page',
      'A4-landscape',
      '--per-band',
    );
    // then
    expect(code).toBe(0);
    for (const band of ['management', 'core', 'support', 'suppliers', 'receivers']) {
      const svg = readFileSync(join(dir, `bands-${band}.svg`), 'utf8');
      expect(stdout).toContain(`bands-${band}.svg`);
      expect(svgSize(svg).width / svgSize(svg).height).toBeCloseTo(297 / 210, 3);
    }
    const core = readFileSync(join(dir, 'bands-core.svg'), 'utf8');
    expect(core).toContain('Core processes');
    expect(core).toContain('id="process-risk"');
    expect(core).not.toContain('id="process-context"');
    expect(readEmbeddedMap(core)).toBeUndefined();
  });

  it('refuses a page it does not know, and a page for a document', async () => {
    const wrong = await run('render', SMALL, '-o', join(dir, 'x.svg'), '--page', 'A5');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--page must be A4 or A3');
    const csv = await run('render', SMALL, '-o', join(dir, 'x.csv'), '--page', 'A4');
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('.svg or .png');
  });
});
