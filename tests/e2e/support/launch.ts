import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { ensureChromium } from '../../../scripts/ensure-chromium.mjs';

// Browser and server for tests and benchmarks alike: nothing here needs the test runner.

/** Flags for a quiet headless Chromium in a container (no sandbox as root, no background traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

const ROOT = resolve(import.meta.dirname, '../../..');
const DIST = resolve(ROOT, 'dist');

/** Launches headless Chromium (CHROMIUM_PATH, Debian's, or Playwright's; installed when missing). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await ensureChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/** A running `vite preview` of the built app. */
export interface PreviewHandle {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves the built `dist/` with Vite's preview server on a free port. */
export async function startPreview(): Promise<PreviewHandle> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(
      'The app is not built: run `npx vite build` before the browser tests (npm test does).',
    );
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite preview started but reports no local URL.');
  }
  return { url, close: () => server.close() };
}
