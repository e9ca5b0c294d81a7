import type { Process } from './types';

/** One of the things clause 4.4 (and 9.1) asks to be determined for a process. */
export interface ReadinessPoint {
  key: string;
  label: string;
  filled(process: Process): boolean;
}

const has = (text: string | undefined) => (text ?? '').trim() !== '';
const some = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;

/**
 * The clause 4.4 points a process description answers, in the order an auditor asks:
 * purpose, owner, inputs, activities, outputs, criteria and methods, KPIs, resources,
 * risks and opportunities, documented information. A description counts as a purpose.
 */
export const READINESS_POINTS: readonly ReadinessPoint[] = [
  { key: 'purpose', label: 'purpose', filled: (p) => has(p.purpose) || has(p.description) },
  { key: 'owner', label: 'owner', filled: (p) => has(p.owner) },
  { key: 'inputs', label: 'inputs', filled: (p) => some(p.inputs) },
  { key: 'activities', label: 'activities', filled: (p) => some(p.activities) },
  { key: 'outputs', label: 'outputs', filled: (p) => some(p.outputs) },
  { key: 'criteria', label: 'criteria and methods', filled: (p) => has(p.criteria) },
  { key: 'kpis', label: 'KPIs', filled: (p) => some(p.kpis) },
  { key: 'resources', label: 'resources', filled: (p) => some(p.resources) },
  { key: 'risks', label: 'risks and opportunities', filled: (p) => some(p.risks) },
  { key: 'records', label: 'documented information', filled: (p) => some(p.records) },
];

export interface Readiness {
  filled: number;
  total: number;
  /** Labels of the points not filled, in {@link READINESS_POINTS} order. */
  missing: string[];
}

/**
 * How many of the clause 4.4 points a process fills, and which are missing. Externals
 * are outside the ISMS and have none to fill: `undefined`.
 *
 * @example readiness(process) // { filled: 7, total: 10, missing: ['criteria and methods', …] }
 */
export function readiness(process: Process): Readiness | undefined {
  if (process.kind === 'external') return undefined;
  const missing = READINESS_POINTS.filter((point) => !point.filled(process)).map((p) => p.label);
  return {
    filled: READINESS_POINTS.length - missing.length,
    total: READINESS_POINTS.length,
    missing,
  };
}

/** `7/10` for a process, empty for an external. */
export function readinessText(process: Process): string {
  const r = readiness(process);
  return r ? `${r.filled}/${r.total}` : '';
}
