import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMap } from '../../../src/model/parse';
import type { ProcessMap } from '../../../src/model/types';

/** The text of a map fixture in tests/fixtures/maps. */
export function fixture(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../../fixtures/maps/${name}`, import.meta.url)),
    'utf8',
  );
}

/** A fixture's map; fails the test when it does not parse. */
export function fixtureMap(name: string): ProcessMap {
  const result = parseMap(fixture(name), name);
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

/** Parses text that must parse. */
export function mapOf(text: string): ProcessMap {
  const result = parseMap(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

/** The error message for text that must not parse. */
export function errorOf(text: string, fileName?: string): string {
  const result = parseMap(text, fileName);
  if (result.ok) throw new Error('expected the text not to parse');
  return result.error.message;
}
