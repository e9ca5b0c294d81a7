/** The first executable called `name` on PATH, or undefined. */
export function which(name: string): string | undefined;
/** `CHROMIUM_PATH`, Debian's `/usr/bin/chromium`, or Playwright's own Chromium; undefined when none. */
export function findChromium(): Promise<string | undefined>;
/** A Chromium path, installing one when none is found; rejects with one clear line when it cannot. */
export function ensureChromium(): Promise<string>;
/** The rsvg-convert path, installing Debian's librsvg2-bin when possible. */
export function ensureRsvgConvert(): string;
