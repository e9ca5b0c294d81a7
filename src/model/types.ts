/**
 * The ProcMap domain, as `DESIGN.md` defines it. Everything here is plain data:
 * no class instances, so a map survives structuredClone, JSON and a Web Worker.
 */

export type ProcessKind = 'process' | 'external';
export type Category = 'management' | 'core' | 'support';
/** `BANDS`: the ISO band map (management, core, support; interested parties at the sides). */
export type Direction = 'BANDS' | 'RIGHT' | 'DOWN';
export type Severity = 'error' | 'warning' | 'info';

export type ProblemCode =
  | 'invalid-file'
  | 'duplicate-id'
  | 'empty-name'
  | 'unresolved-input'
  | 'duplicate-name'
  | 'missing-owner'
  | 'unused-output'
  | 'self-loop'
  | 'no-activities'
  | 'no-kpi'
  | 'no-records';

/** Fields a file carried that this version does not know; written back unchanged. */
export type Extra = Record<string, unknown>;

/** A key performance indicator of a process: how it is measured (clause 9.1). */
export interface Kpi {
  name: string;
  target?: string;
  frequency?: string;
  extra?: Extra;
}

/** One line of the map's revision history. */
export interface Revision {
  revision?: string;
  date?: string;
  author?: string;
  change?: string;
  extra?: Extra;
}

export interface Process {
  id: string;
  name: string;
  kind: ProcessKind;
  category?: Category;
  owner?: string;
  description?: string;
  activities: string[];
  inputs: string[];
  outputs: string[];
  documentation?: string;
  references: string[];
  /** Clause 4.4 fields, all optional; a list is absent rather than empty. */
  purpose?: string;
  /** Criteria and methods that make the process effective. */
  criteria?: string;
  kpis?: Kpi[];
  resources?: string[];
  /** Risks and opportunities of the process. */
  risks?: string[];
  /** Documented information the process keeps or uses. */
  records?: string[];
  extra?: Extra;
}

export interface Point {
  x: number;
  y: number;
}

export interface MapLayoutSettings {
  direction: Direction;
  /** Layout fields a file carried that this version does not know; written back unchanged. */
  extra?: Extra;
}

export interface ProcessMap {
  /** Format version of the envelope; the model always holds the current one. */
  procmap: 1;
  title: string;
  organization?: string;
  revision?: string;
  date?: string;
  owner?: string;
  approvedBy?: string;
  classification?: string;
  /** When the map is next reviewed (a date, as typed). */
  nextReview?: string;
  revisions?: Revision[];
  layout: MapLayoutSettings;
  processes: Process[];
  /** Positions the user placed or a layout produced, by process id. */
  positions: Record<string, Point>;
  extra?: Extra;
}

/** A derived edge: producer → consumer for one artifact key. Never stored. */
export interface Flow {
  /** Stable id: `${from}->${to}:${key}`. */
  id: string;
  from: string;
  to: string;
  key: string;
  /** The producer's spelling of the output. */
  artifact: string;
}

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Process id the problem is about, when there is one. */
  process?: string;
  /** Artifact name as the user spelled it, when there is one. */
  artifact?: string;
  message: string;
  /** "Did you mean …": the existing output name nearest to an unresolved input. */
  suggestion?: string;
}
