#!/usr/bin/env node
// The `procmap` command. Runs the bundle in dist/cli, first (re)building it from src/ when
// it is missing or older than the sources, so `npx procmap` works in a fresh checkout even
// when npm skipped the install scripts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'procmap.mjs');
// Written by the build: the source files in the bundle. Only these are compared, not all of
// src/ (the editor's files too); a new source file counts once a listed one imports it.
const inputs = join(root, 'dist', 'cli', 'inputs.txt');

function isStale() {
  if (!existsSync(bundle)) return true;
  if (!existsSync(join(root, 'src'))) return false;
  const built = statSync(bundle).mtimeMs;
  const newer = (file) =>
    (statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > built;
  if (!existsSync(inputs) || newer('scripts/build-cli.mjs')) return true;
  return readFileSync(inputs, 'utf8').split('\n').filter(Boolean).some(newer);
}

if (isStale()) {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli();
  } catch (error) {
    const reason = String(error?.errors?.[0]?.text ?? error?.message ?? error).split('\n')[0];
    if (!existsSync(bundle)) {
      process.stderr.write(`procmap: cannot build the command from src/: ${reason}\n`);
      process.exit(2);
    }
    process.stderr.write(`procmap: using the previous build; src/ does not build: ${reason}\n`);
  }
}

const { main } = await import(pathToFileURL(bundle).href);
const code = await main(process.argv.slice(2));
// Exiting at once skips a last garbage collection and freeing the heap, some 70 ms after
// checking a 10,000-process map. First the output: a pipe takes it only as fast as the
// reader reads, and a write's callback runs once it and everything before it is out.
const flushed = (stream) => new Promise((resolve) => stream.write('', resolve));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
