// Bundles the `procmap` command (src/cli/main.ts) into dist/cli/procmap.mjs for Node.
// Dependencies stay imports from node_modules; only the project's own TypeScript is bundled.
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The bundle's path. */
export const cliBundle = join(root, 'dist', 'cli', 'procmap.mjs');

/** Builds the bundle; written under a temporary name and renamed, so concurrent runs never see half a file. */
export async function buildCli(outfile = cliBundle) {
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  try {
    await build({
      entryPoints: [join(root, 'src', 'cli', 'main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile: temporary,
      logLevel: 'silent',
    });
    renameSync(temporary, outfile);
  } finally {
    rmSync(temporary, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCli();
}
