// Finds a Chromium for the browser tests and rsvg-convert for the export tests, and
// installs what is missing: Debian packages when running as root with apt-get, else
// Playwright's own Chromium. Run directly, it prints the Chromium path.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable called `name` on PATH, or undefined. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium to test with: `CHROMIUM_PATH`, then Debian's `/usr/bin/chromium`, then
 * Playwright's own download; undefined when there is none.
 */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no executable there.`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightChromium();
}

function canApt() {
  return process.getuid?.() === 0 && which('apt-get') !== undefined;
}

let aptUpdated = false;

function aptInstall(pkg, why) {
  console.log(`${why}: installing Debian's ${pkg} with apt-get.`);
  const quiet = {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  };
  try {
    if (!aptUpdated) {
      execFileSync('apt-get', ['update', '-qq'], quiet);
      aptUpdated = true;
    }
    execFileSync('apt-get', ['install', '-y', '-qq', pkg], quiet);
  } catch {
    throw new Error(
      `apt-get could not install ${pkg}; install it by hand and run the tests again.`,
    );
  }
}

/** Returns a Chromium path, installing one when none is found; throws with one clear line when it cannot. */
export async function ensureChromium() {
  const found = await findChromium();
  if (found) return found;
  if (canApt()) {
    aptInstall('chromium', 'No Chromium found for the browser tests');
  } else {
    console.log(
      "No Chromium found for the browser tests: installing Playwright's Chromium (npx playwright-core install chromium).",
    );
    // The full browser only: the tests launch it by path, so the separate headless shell is not needed.
    const result = spawnSync(
      'npx',
      ['--no-install', 'playwright-core', 'install', '--no-shell', 'chromium'],
      {
        stdio: 'inherit',
      },
    );
    if (result.status !== 0) {
      throw new Error(
        'Could not install Chromium for the browser tests. Install Chromium and set CHROMIUM_PATH to its executable.',
      );
    }
  }
  const installed = await findChromium();
  if (!installed)
    throw new Error(
      'Chromium was installed but cannot be found. Set CHROMIUM_PATH to its executable.',
    );
  return installed;
}

/** Returns the rsvg-convert path (the export tests check SVGs with it), installing librsvg2-bin when possible. */
export function ensureRsvgConvert() {
  const found = which('rsvg-convert');
  if (found) return found;
  if (!canApt()) {
    throw new Error(
      'rsvg-convert is missing (the export tests need it): install librsvg (Debian: librsvg2-bin).',
    );
  }
  aptInstall('librsvg2-bin', 'No rsvg-convert found for the export tests');
  const installed = which('rsvg-convert');
  if (!installed) throw new Error('librsvg2-bin was installed but rsvg-convert is not on PATH.');
  return installed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(await ensureChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
