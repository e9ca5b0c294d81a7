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

  it('exits 2 on a wrong direction or a missing output', async () => {
    expect(
      (await run('render', FIXTURE, '-o', join(dir, 'x.svg'), '--direction', 'LEFT')).code,
    ).toBe(2);
    expect((await run('render', FIXTURE)).stderr).toContain('-o OUT is needed');
  });
});
