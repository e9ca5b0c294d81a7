import type { Category, Process, ProcessMap } from '../src/model/types';

/** A small fast seeded PRNG (mulberry32): the same seed gives the same map everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = [
  'Plan',
  'Assess',
  'Review',
  'Operate',
  'Monitor',
  'Control',
  'Manage',
  'Audit',
  'Improve',
  'Maintain',
];
const SUBJECTS = [
  'access',
  'assets',
  'suppliers',
  'backups',
  'incidents',
  'changes',
  'risks',
  'training',
  'logging',
  'networks',
];
const ARTIFACTS = [
  'register',
  'report',
  'plan',
  'records',
  'requirements',
  'results',
  'inventory',
  'policy',
  'log',
  'decisions',
];
const TOPICS = [
  'Risk',
  'Asset',
  'Supplier',
  'Backup',
  'Incident',
  'Change',
  'Access',
  'Training',
  'Audit',
  'Network',
];
const OWNERS = Array.from({ length: 30 }, (_, i) => `Owner ${i + 1}`);
const CATEGORIES: Category[] = ['management', 'core', 'support'];

/**
 * A map of `n` processes with 3 inputs and 3 outputs each, for benchmarks and load tests.
 * Outputs feed inputs of nearby processes (so most inputs resolve and every process has
 * flows), about 5% of outputs are artifacts several processes produce, about 1% of inputs
 * are typos of an existing output and 0.5% are produced by nobody; 1% are externals.
 *
 * @example generateMap(1000).processes.length === 1000
 */
export function generateMap(n: number, seed = 1): ProcessMap {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const shared = Array.from(
    { length: Math.max(1, Math.floor(n / 50)) },
    (_, i) => `${pick(TOPICS)} nonconformities ${i + 1}`,
  );

  const outputs: string[][] = [];
  for (let i = 0; i < n; i += 1) {
    outputs.push(
      [0, 1, 2].map((j) =>
        random() < 0.05 ? pick(shared) : `${pick(TOPICS)} ${pick(ARTIFACTS)} ${i + 1}.${j + 1}`,
      ),
    );
  }

  // Each output goes to an input slot of a process a little further on: chains, loops at the end.
  const slots = outputs
    .flatMap((names, i) => names.map((name) => ({ name, order: i + 1 + random() * 30 })))
    .sort((a, b) => a.order - b.order);

  const processes: Process[] = [];
  for (let i = 0; i < n; i += 1) {
    const inputs = [0, 1, 2].map((j) => {
      const name = slots[(3 * i + j + 3 * n - 3) % (3 * n)]!.name;
      const roll = random();
      if (roll < 0.01) return typo(name, random);
      if (roll < 0.015) return `Unplanned input ${i + 1}.${j + 1}`;
      return name;
    });
    const external = random() < 0.01;
    processes.push({
      id: `p${i + 1}`,
      name: `${pick(VERBS)} ${pick(SUBJECTS)} ${i + 1}`,
      kind: external ? 'external' : 'process',
      ...(external ? {} : { category: pick(CATEGORIES), owner: pick(OWNERS) }),
      description: `Generated process ${i + 1}.`,
      activities: ['Prepare', 'Carry out', 'Report'],
      inputs,
      outputs: outputs[i]!,
      references: [`A.5.${1 + (i % 37)}`],
    });
  }

  return {
    procmap: 1,
    title: `Generated map of ${n} processes`,
    layout: { direction: 'RIGHT' },
    processes,
    positions: {},
  };
}

/** Swaps two neighbouring letters: a typical typo, one edit away. */
function typo(name: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (name.length - 3));
  return name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
}
