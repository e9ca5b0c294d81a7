import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (name: string) => JSON.parse(readFileSync(`${root}${name}`, 'utf8')) as unknown;

interface Locked {
  version?: string;
  engines?: { node?: string } | string[];
}

describe('the Node versions package.json promises', () => {
  it('are versions every installed package runs on, so npm warns of none', () => {
    // given the range package.json (and the README) promise
    const promised = (read('package.json') as { engines: { node: string } }).engines.node;
    const lock = read('package-lock.json') as { packages: Record<string, Locked> };
    // then every package in the lock file accepts each of those versions
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && !Array.isArray(p.engines) && p.engines?.node)
      .filter(([, p]) => !semver.subset(promised, (p.engines as { node: string }).node))
      .map(([path, p]) => `${path}@${p.version}: ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
