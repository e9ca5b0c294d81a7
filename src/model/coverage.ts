import type { Process } from './types';

/** A row of the coverage matrix: a clause of ISO/IEC 27001:2022 or a theme of its Annex A. */
export interface CoverageRow {
  /** `6.1.2`, or `A.5` for an Annex A theme. */
  id: string;
  title: string;
  kind: 'clause' | 'annex';
}

/** Clauses 4.1 to 10.2 of ISO/IEC 27001:2022, with 6.1's three parts on their own rows. */
export const CLAUSES: readonly CoverageRow[] = (
  [
    ['4.1', 'Understanding the organization and its context'],
    ['4.2', 'Needs and expectations of interested parties'],
    ['4.3', 'Scope of the ISMS'],
    ['4.4', 'Information security management system'],
    ['5.1', 'Leadership and commitment'],
    ['5.2', 'Policy'],
    ['5.3', 'Roles, responsibilities and authorities'],
    ['6.1.1', 'Actions to address risks and opportunities: general'],
    ['6.1.2', 'Information security risk assessment'],
    ['6.1.3', 'Information security risk treatment'],
    ['6.2', 'Information security objectives and planning'],
    ['6.3', 'Planning of changes'],
    ['7.1', 'Resources'],
    ['7.2', 'Competence'],
    ['7.3', 'Awareness'],
    ['7.4', 'Communication'],
    ['7.5', 'Documented information'],
    ['8.1', 'Operational planning and control'],
    ['8.2', 'Information security risk assessment (operation)'],
    ['8.3', 'Information security risk treatment (operation)'],
    ['9.1', 'Monitoring, measurement, analysis and evaluation'],
    ['9.2', 'Internal audit'],
    ['9.3', 'Management review'],
    ['10.1', 'Continual improvement'],
    ['10.2', 'Nonconformity and corrective action'],
  ] as const
).map(([id, title]) => ({ id, title, kind: 'clause' as const }));

/** The four themes of Annex A (2022) and how many controls each has. */
export const ANNEX_THEMES: readonly (CoverageRow & { controls: number })[] = (
  [
    ['A.5', 'Organizational controls', 37],
    ['A.6', 'People controls', 8],
    ['A.7', 'Physical controls', 14],
    ['A.8', 'Technological controls', 34],
  ] as const
).map(([id, title, controls]) => ({ id, title, controls, kind: 'annex' as const }));

/** What a reference, as typed, names: a clause, an Annex A control, or nothing known. */
export type ReferenceTarget =
  | { kind: 'clause'; id: string }
  | { kind: 'annex'; theme: string; id: string }
  | { kind: 'unknown' };

/**
 * Reads a reference as typed ("6.1.2", "Clause 9.2", "A.5.15", "Annex A 8.8", "A5.1").
 * References are text and stay as typed: `5.10` is control 10 of a theme, never 5.1.
 *
 * @example readReference('Annex A 5.15') // { kind: 'annex', theme: 'A.5', id: 'A.5.15' }
 */
export function readReference(reference: string): ReferenceTarget {
  const text = reference
    .trim()
    .replace(/^(ISO\s*(\/\s*IEC)?\s*27001(:\s*2022)?[,:]?\s*)/i, '')
    .replace(/^(clause|cl\.|§)\s*/i, '');
  const annex = /^(?:annex\s*)?A\s*\.?\s*(\d+)\s*\.\s*(\d+)$/i.exec(text);
  if (annex) {
    const theme = ANNEX_THEMES.find((t) => t.id === `A.${Number(annex[1])}`);
    const control = Number(annex[2]);
    if (!theme || control < 1 || control > theme.controls) return { kind: 'unknown' };
    return { kind: 'annex', theme: theme.id, id: `${theme.id}.${control}` };
  }
  if (/^\d+(\.\d+)*$/.test(text)) {
    const id = text.split('.').map(Number).join('.');
    if (CLAUSES.some((row) => covers(row.id, id) || covers(id, row.id)))
      return { kind: 'clause', id };
  }
  return { kind: 'unknown' };
}

/** `{ suggestion: 'A.5.10' }` for a reference `5.10` that is an Annex A control without its `A.`. */
function annexGuess(reference: string): { suggestion?: string } {
  if (!/^\s*\d+\.\d+\s*$/.test(reference)) return {};
  const guess = readReference(`A.${reference.trim()}`);
  return guess.kind === 'annex' ? { suggestion: guess.id } : {};
}

/** Whether clause `outer` is `inner` or contains it (`7.5` contains `7.5.1`). */
function covers(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(`${outer}.`);
}

/** One row of the matrix: per process (in {@link Coverage.processes} order) the references that cover it. */
export interface CoverageLine {
  row: CoverageRow;
  cells: string[][];
  covered: boolean;
}

export interface Coverage {
  /** The columns: the map's processes (not the externals), in model order. */
  processes: Process[];
  clauses: CoverageLine[];
  /** The Annex A themes, when some reference names an Annex A control; else empty. */
  annex: CoverageLine[];
  /**
   * References that name no clause 4.1–10.2 and no Annex A control, as typed, with the
   * Annex A control they may have meant (`5.10` → `A.5.10`).
   */
  unknown: { process: Process; reference: string; suggestion?: string }[];
}

/**
 * The clause coverage of a map: which processes answer which clause of ISO/IEC 27001:2022
 * (4.1 to 10.2) and which Annex A theme, from the processes' references. A reference to a
 * clause covers its sub-clauses' row (`9.2.2` → 9.2) and a reference to a parent covers
 * every row under it (`6.1` → 6.1.1, 6.1.2, 6.1.3). Rows no process covers are `covered: false`.
 *
 * @example coverage(map.processes).clauses.filter((line) => !line.covered).map((line) => line.row.id)
 */
export function coverage(all: readonly Process[]): Coverage {
  const processes = all.filter((p) => p.kind === 'process');
  const unknown: Coverage['unknown'] = [];
  const read = processes.map((process) =>
    process.references.map((reference) => {
      const target = readReference(reference);
      if (target.kind === 'unknown') unknown.push({ process, reference, ...annexGuess(reference) });
      return { reference, target };
    }),
  );
  const line = (row: CoverageRow, matches: (target: ReferenceTarget) => boolean): CoverageLine => {
    const cells = read.map((refs) =>
      refs.filter(({ target }) => matches(target)).map(({ reference }) => reference),
    );
    return { row, cells, covered: cells.some((cell) => cell.length > 0) };
  };
  const clauses = CLAUSES.map((row) =>
    line(row, (t) => t.kind === 'clause' && (covers(row.id, t.id) || covers(t.id, row.id))),
  );
  const usesAnnex = read.some((refs) => refs.some(({ target }) => target.kind === 'annex'));
  const annex = usesAnnex
    ? ANNEX_THEMES.map((row) => line(row, (t) => t.kind === 'annex' && t.theme === row.id))
    : [];
  return { processes, clauses, annex, unknown };
}

/**
 * The references a coverage does not know, as one sentence for people.
 *
 * @example unknownReferences(coverage(processes).unknown) // 'Not a clause 4.1–10.2 or an Annex A control: “5.10” (Risk assessment), did you mean A.5.10?'
 */
export function unknownReferences(unknown: Coverage['unknown']): string {
  const items = unknown.map((u) => {
    const hint = u.suggestion ? `, did you mean ${u.suggestion}?` : '';
    return `“${u.reference}” (${u.process.name.trim() || u.process.id})${hint}`;
  });
  return `Not a clause 4.1–10.2 or an Annex A control: ${items.join('; ')}`;
}
