/** Where the presentation stands, as the URL says it: the overview or one process. */
export interface PresentLocation {
  /** Process id of the current step; `undefined` for the overview. */
  step?: string;
}

const PREFIX = '#present';

/**
 * Reads a location hash: `#present` is the overview, `#present/<process-id>` a step
 * (ids are percent-encoded in the hash). Any other hash is not a presentation: `undefined`.
 *
 * @example
 * parsePresentHash('#present/risk-assessment') // { step: 'risk-assessment' }
 * parsePresentHash('#present')                 // {}
 * parsePresentHash('#outline')                 // undefined
 */
export function parsePresentHash(hash: string): PresentLocation | undefined {
  if (hash === PREFIX || hash === `${PREFIX}/`) return {};
  if (!hash.startsWith(`${PREFIX}/`)) return undefined;
  const encoded = hash.slice(PREFIX.length + 1);
  try {
    return { step: decodeURIComponent(encoded) };
  } catch {
    // A hand-typed link with a stray '%': take it as written rather than refuse it.
    return { step: encoded };
  }
}

/** The hash of a presentation location: the inverse of {@link parsePresentHash}. */
export function presentHash(location: PresentLocation): string {
  return location.step === undefined ? PREFIX : `${PREFIX}/${encodeURIComponent(location.step)}`;
}
