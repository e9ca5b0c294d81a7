import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, startPreview, type PreviewHandle } from './launch';

export { CHROMIUM_ARGS, launchChromium, startPreview, type PreviewHandle } from './launch';

/** The built app in a browser, for one test file. */
export interface AppHarness {
  /** Base URL of the preview server. */
  readonly url: string;
  readonly browser: Browser;
  /**
   * Opens the app in a fresh browser context (its own IndexedDB, so tests do not share a
   * saved map) and waits for the page to load. Uncaught page errors are collected.
   */
  openPage(
    path?: string,
    options?: { viewport?: { width: number; height: number } },
  ): Promise<Page>;
  /** Uncaught exceptions and console errors the page has reported so far. */
  errorsOf(page: Page): string[];
}

/**
 * Starts the preview server and Chromium before the tests of the calling file and closes
 * both (and every page opened) after them.
 *
 * @example
 * const app = useBuiltApp();
 * it('renders', async () => {
 *   const page = await app.openPage();
 *   expect(await page.title()).toBe('ProcMap');
 * });
 */
export function useBuiltApp(): AppHarness {
  let server: PreviewHandle | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const errors = new WeakMap<Page, string[]>();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startPreview(), launchChromium()]);
  });

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`The ${what} is not started: use the harness inside a test.`);
    return value;
  };

  return {
    get url() {
      return started(server, 'preview server').url;
    },
    get browser() {
      return started(browser, 'browser');
    },
    async openPage(path = '', options = {}) {
      const context = await started(browser, 'browser').newContext({
        viewport: options.viewport ?? { width: 1280, height: 800 },
      });
      contexts.push(context);
      const page = await context.newPage();
      const seen: string[] = [];
      errors.set(page, seen);
      page.on('pageerror', (error) => seen.push(error.message));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const where = message.location().url;
        // Chromium asks for /favicon.ico by itself when the page names no icon.
        if (where.endsWith('/favicon.ico')) return;
        seen.push(where ? `${message.text()} (${where})` : message.text());
      });
      await page.goto(new URL(path, started(server, 'preview server').url).href, {
        waitUntil: 'load',
      });
      return page;
    },
    errorsOf(page) {
      return errors.get(page) ?? [];
    },
  };
}
