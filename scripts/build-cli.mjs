// Bundles the `procmap` command (src/cli/main.ts) into dist/cli/procmap.mjs for Node.
// zod and yaml, which every command needs to read a map, are bundled in: one file parses
// faster than Node resolving and loading their many modules. The packages only `render`
// uses (docx, papaparse, ELK, the native resvg) stay imports from node_modules, in a chunk
// the command loads only when it renders.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The bundle's path. */
export const cliBundle = join(root, 'dist', 'cli', 'procmap.mjs');

/** The source files the bundle was built from, one path relative to the checkout a line. */
export const cliInputs = join(root, 'dist', 'cli', 'inputs.txt');

const BUNDLED_PACKAGES = ['zod', 'yaml'];

/** Keeps every package but {@link BUNDLED_PACKAGES} an import from node_modules. */
const externalPackages = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path }) => {
      const name = path.startsWith('@') ? path.split('/', 2).join('/') : path.split('/')[0];
      return BUNDLED_PACKAGES.includes(name) ? undefined : { path, external: true };
    });
  },
};

/**
 * zod's `locales` namespace with English only: the command never switches zod's language,
 * and the other 100-odd translations were a third of the bundle Node compiles on each run.
 */
const englishZodLocales = {
  name: 'english-zod-locales',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer, resolveDir }) =>
      /[/\\]node_modules[/\\]zod[/\\]/.test(importer)
        ? { path: join(resolveDir, '..', 'locales', 'en.js'), namespace: 'english-zod-locales' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'english-zod-locales' }, ({ path }) => ({
      contents: `export { default as en } from ${JSON.stringify(path)};`,
      resolveDir: dirname(path),
    }));
  },
};

/** Writes a file under a temporary name and renames it, so concurrent runs never see half a file. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Builds the bundle and its chunks into the bundle's folder. Chunks are written before the
 * bundle that imports them (their names carry a content hash); chunks of earlier builds go.
 */
export async function buildCli() {
  const outdir = dirname(cliBundle);
  const chunkDir = join(outdir, 'chunks');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { procmap: join(root, 'src', 'cli', 'main.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [externalPackages, englishZodLocales],
    // yaml's Node build is CommonJS and requires Node's built-ins; an ES module has no `require`.
    banner: {
      js: "import { createRequire as procmapCreateRequire } from 'node:module';\nconst require = procmapCreateRequire(import.meta.url);",
    },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(chunkDir, { recursive: true });
  const chunks = result.outputFiles.filter((file) => file.path !== cliBundle);
  for (const chunk of chunks) writeAtomically(chunk.path, chunk.contents);
  for (const old of readdirSync(chunkDir)) {
    if (!chunks.some((chunk) => chunk.path === join(chunkDir, old)))
      rmSync(join(chunkDir, old), { force: true });
  }
  const inputs = Object.keys(result.metafile.inputs).filter(
    (input) => !input.includes('node_modules'),
  );
  writeAtomically(cliInputs, `${inputs.join('\n')}\n`);
  writeAtomically(cliBundle, result.outputFiles.find((file) => file.path === cliBundle).contents);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCli();
}
