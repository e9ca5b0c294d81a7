import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readEmbeddedMap } from '../../../src/export/svg-source';
import { parseMap } from '../../../src/model/parse';
import type { ProcessMap } from '../../../src/model/types';
import { runCli } from './run-cli';

const FIXTURE = 'tests/fixtures/export/small-map.json';
const dir = mkdtempSync(join(tmpdir(), 'procmap-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(argv, readFileSync(FIXTURE, 'utf8'));

function embeddedMap(svgFile: string): ProcessMap {
  const result = parseMap(readEmbeddedMap(readFileSync(svgFile, 'utf8'))!);
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

describe('procmap render', () => {
  it.each([
    ['map.svg', (b: Buffer) => expect(b.toString('utf8')).toMatch(/^<\?xml[^>]*>\n<svg /)],
    ['map.png', (b: Buffer) => expect([...b.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])],
    [
      'map.html',
      (b: Buffer) => expect(b.toString('utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<figure><svg /),
    ],
    [
      'map.docx',
      (b: Buffer) =>
        expect(strFromU8(unzipSync(b)['word/document.xml'])).toContain('Risk assessment'),
    ],
    ['map.csv', (b: Buffer) => expect(b.toString('utf8')).toMatch(/^\uFEFFid,name,kind,/)],
    ['map.json', (b: Buffer) => expect(parseMap(b.toString('utf8')).ok).toBe(true)],
  ])('writes %s by its ending', async (name, check) => {
    // when
    const { code, stdout, stderr } = await run('render', FIXTURE, '-o', join(dir, name));
    // then
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(name);
    check(readFileSync(join(dir, name)));
  });

  it('writes the same SVG bytes for the same file', async () => {
    // when
    await run('render', FIXTURE, '-o', join(dir, 'first.svg'));
    await run('render', FIXTURE, '-o', join(dir, 'second.svg'));
    // then
    expect(readFileSync(join(dir, 'second.svg'))).toEqual(readFileSync(join(dir, 'first.svg')));
  });

  it('keeps the positions saved in the file', async () => {
    // given
    const map = parseMap(readFileSync(FIXTURE, 'utf8'));
    if (!map.ok) throw new Error('fixture');
    const positions = Object.fromEntries(
      map.map.processes.map((p, i) => [p.id, { x: i * 300, y: (i % 2) * 400 }]),
    );
    const file = join(dir, 'placed.procmap.json');
    writeFileSync(
      file,
      JSON.stringify({ ...JSON.parse(readFileSync(FIXTURE, 'utf8')), positions }),
    );
    // when
    const { code } = await run('render', file, '-o', join(dir, 'placed.svg'));
    // then
    expect(code).toBe(0);
    expect(embeddedMap(join(dir, 'placed.svg')).positions).toEqual(positions);
  });

  it('lays the map out downwards when asked', async () => {
    // when
    const { code } = await run(
      'render',
      FIXTURE,
      '-o',
      join(dir, 'down.svg'),
      '--direction',
      'down',
    );
    // then
    expect(code).toBe(0);
    const map = embeddedMap(join(dir, 'down.svg'));
    expect(map.layout.direction).toBe('DOWN');
    const ys = new Set(Object.values(map.positions).map((p) => p.y));
    expect(ys.size).toBeGreaterThan(2);
  });

  it('reads the map from standard input', async () => {
    // when
    const { code } = await run('render', '-', '-o', join(dir, 'stdin.csv'));
    // then
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'stdin.csv'), 'utf8')).toContain('risk-assessment');
  });

  it('refuses an output ending it cannot write, in one line', async () => {
    // when
    const { code, stderr } = await run('render', FIXTURE, '-o', join(dir, 'map.pdf'));
    // then
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('cannot tell the format of');
    expect(stderr).toContain('.svg .png .html .docx .csv .json');
  });

  it('exits 2 with one line when the input cannot be read', async () => {
    // when
    const missing = await run('render', join(dir, 'nope.yaml'), '-o', join(dir, 'x.svg'));
    writeFileSync(join(dir, 'broken.json'), '{ "processes": [ }');
    const broken = await run('render', join(dir, 'broken.json'), '-o', join(dir, 'x.svg'));
    // then
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^procmap: cannot read .*nope\.yaml: no such file\n$/);
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toContain('broken.json');
  });

  it('exits 2 when OUT cannot be written', async () => {
    // when
    const { code, stderr } = await run('render', FIXTURE, '-o', join(dir, 'no-such-dir', 'x.svg'));
    // then
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write .*x\.svg: ENOENT/);
  });

  it('never writes over its own input, even with --force', async () => {
    // given a map file the user wrote
    const input = join(dir, 'own.svg');
    const svg = readFileSync(FIXTURE, 'utf8');
    writeFileSync(input, svg);
    // when asked to render it onto itself (the same path, or another spelling of it)
    const same = await run('render', input, '-o', input);
    const spelled = await run(
      'render',
      input,
      '-o',
      join(dir, '.', 'x', '..', 'own.svg'),
      '--force',
    );
    // then it refuses in one line and the file is untouched
    for (const result of [same, spelled]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^procmap render: -o .*own\.svg is the map file itself; write the picture to another file\n$/,
      );
    }
    expect(readFileSync(input, 'utf8')).toBe(svg);
  });

  it('overwrites an existing OUT only with --force, as init does', async () => {
    // given a file already at OUT
    const out = join(dir, 'existing.csv');
    writeFileSync(out, 'my own notes');
    // when rendering to it without --force
    const refused = await run('render', FIXTURE, '-o', out);
    // then nothing is written and the user is told how
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `procmap: cannot write ${out}: it exists (use --force to overwrite)\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('my own notes');
    // and with --force it is replaced
    expect((await run('render', FIXTURE, '-o', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFid,name/);
  });

  it('refuses coordinates far off the canvas (1e308) in one line, before drawing', async () => {
    const file = join(dir, 'far.json');
    writeFileSync(
      file,
      JSON.stringify({ processes: [{ id: 'a', name: 'A' }], positions: { a: { x: 1e308, y: 0 } } }),
    );
    const result = await run('render', file, '-o', join(dir, 'far.png'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `procmap: ${file}: positions.a.x (line 1, column 60): expected a number from -500000 to 500000\n`,
    );
  });

  it('refuses at once, in one line, to lay out a process with thousands of inputs', async () => {
    // given a process with 5,000 inputs (ELK took minutes over its ports)
    const inputs = Array.from({ length: 5000 }, (_, i) => `Artifact ${i}`);
    const file = join(dir, 'wide.json');
    writeFileSync(file, JSON.stringify({ processes: [{ id: 'intake', name: 'Intake', inputs }] }));
    // when it is rendered
    const result = await run('render', file, '-o', join(dir, 'wide.svg'));
    // then the user learns which process and what to do, and nothing is written
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'procmap render: failed: process "Intake" (intake) has 5000 inputs and 0 outputs; a process can have at most 500 to be laid out. Split it into several processes.\n',
    );
  });

  it('exits 2 on a wrong direction or a missing output', async () => {
    expect(
      (await run('render', FIXTURE, '-o', join(dir, 'x.svg'), '--direction', 'LEFT')).code,
    ).toBe(2);
    expect((await run('render', FIXTURE)).stderr).toContain('-o OUT is needed');
  });
});
