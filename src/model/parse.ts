import type { $ZodIssue } from 'zod/v4/core';
import { assignIds, isReservedId, reservedIdMessage } from './ids';
import { CURRENT_FORMAT, migrate, type RawMap } from './migrations';
import { formatPath } from './paths';
import { readText, type TextValue } from './read-text';
import {
  KPI_FIELDS,
  MAP_DETAIL_FIELDS,
  MAP_FIELDS,
  parseMapShape,
  PROCESS_FIELDS,
  PROCESS_OPTIONAL_LIST_FIELDS,
  REVISION_FIELDS,
  type ParsedMapShape,
  type ParsedProcessShape,
} from './schema';
import type { Extra, Kpi, Point, Problem, Process, ProcessMap, Revision } from './types';

/**
 * What reading a map file gives: the map and notes on what was read but not kept
 * (severity `warning`, code `invalid-file`), or the one error that stopped it.
 */
export type ParseResult =
  { ok: true; map: ProcessMap; problems: Problem[] } | { ok: false; error: Problem };

const MAP_KNOWN = new Set<string>(MAP_FIELDS);
const PROCESS_KNOWN = new Set<string>(PROCESS_FIELDS);
const KPI_KNOWN = new Set<string>(KPI_FIELDS);
const REVISION_KNOWN = new Set<string>(REVISION_FIELDS);

/**
 * Reads a map file, JSON or YAML, into a validated {@link ProcessMap}.
 *
 * Never throws for any text: a file that cannot be read gives `{ ok: false }` with an
 * `invalid-file` problem whose message names the place — `line 3, column 5: …` for syntax,
 * `processes[3].inputs[1]: …` for the schema (plus the line in YAML). A file without
 * `procmap:` is read as format 1, so hand-written YAML needs no envelope; a newer format is
 * refused. Unknown fields are kept in `extra`; missing ids are made from names.
 *
 * @example
 * const result = parseMap('processes: [{ name: Risk assessment, outputs: [Risk register] }]');
 * if (result.ok) result.map.processes[0].id; // 'risk-assessment'
 */
export function parseMap(text: string, fileName?: string): ParseResult {
  const prefix = fileName ? `${fileName}: ` : '';
  const fail = (message: string): ParseResult => ({
    ok: false,
    error: { severity: 'error', code: 'invalid-file', message: `${prefix}${message}` },
  });

  if (text.trim() === '') return fail('the file is empty');
  let read: ReturnType<typeof readText>;
  try {
    read = readText(text);
  } catch (error) {
    // The readers report every problem they know of; anything else still becomes one line.
    return fail(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!read.ok) return fail(read.message);
  const { value } = read;
  if (value === null || value === undefined) return fail('the file is empty');
  if (typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      `expected a map of fields (procmap, title, processes …) at the top level, found ${describe(value)}`,
    );
  }

  const raw = value as RawMap;
  const version = formatVersion(raw['procmap']);
  if (version === undefined)
    return fail(`procmap: expected the format version (${CURRENT_FORMAT})`);
  const migrated = migrate(raw, version);
  if (!migrated.ok) return fail(migrated.message);

  const parsed = parseMapShape(migrated.raw);
  if (!parsed.success) return fail(schemaMessage(parsed.error.issues, read));

  const shape = parsed.data;
  const ids =
    ownIds(shape.processes) ??
    assignIds(
      shape.processes.map((p) => ({ id: p.id?.trim() === '' ? undefined : p.id, name: p.name })),
    );
  const reserved = ids.findIndex(isReservedId);
  if (reserved >= 0) {
    const path = ['processes', reserved, 'id'];
    const line = read.locate(path);
    return fail(
      `${formatPath(path)}${line ? ` (${line})` : ''}: ${reservedIdMessage(ids[reserved]!)}`,
    );
  }

  const { direction, ...layoutExtra } = shape.layout;
  const map: ProcessMap = {
    procmap: CURRENT_FORMAT,
    title: shape.title,
    ...definedText(shape, MAP_DETAIL_FIELDS),
    layout: Object.keys(layoutExtra).length > 0 ? { direction, extra: layoutExtra } : { direction },
    processes: shape.processes.map((p, i) => toProcess(p, ids[i]!)),
    positions: copyPositions(shape.positions),
  };
  const revisions = toRevisions(shape.revisions);
  if (revisions) map.revisions = revisions;
  const extra = extraFields(shape, MAP_KNOWN);
  if (extra) map.extra = extra;

  const problems = read.notes.map((message): Problem => ({
    severity: 'warning',
    code: 'invalid-file',
    message: `${prefix}${message}`,
  }));
  return { ok: true, map, problems };
}

/** The ids of the processes when every one has its own (the usual file): none to make. */
function ownIds(processes: readonly ParsedProcessShape[]): string[] | undefined {
  const ids = new Array<string>(processes.length);
  for (let i = 0; i < processes.length; i += 1) {
    const { id } = processes[i]!;
    if (id === undefined || id.trim() === '') return undefined;
    ids[i] = id;
  }
  return ids;
}

function formatVersion(value: unknown): number | undefined {
  if (value === undefined || value === null) return CURRENT_FORMAT;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  }
  if (typeof value === 'number') return 'a number';
  return typeof value === 'boolean' ? 'true/false' : 'a value';
}

function schemaMessage(issues: readonly $ZodIssue[], read: TextValue): string {
  const issue = issues[0]!;
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const line = read.locate(path);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${formatPath(path)}${line ? ` (${line})` : ''}: ${issue.message}${more}`;
}

function definedText<K extends string>(
  source: Partial<Record<K, string>>,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function extraFields(source: object, known: ReadonlySet<string>): Extra | undefined {
  let extra: Extra | undefined;
  for (const key in source) {
    if (known.has(key)) continue;
    extra ??= {};
    extra[key] = (source as Record<string, unknown>)[key];
  }
  return extra;
}

function toProcess(p: ParsedProcessShape, id: string): Process {
  const process: Process = { id, name: p.name, kind: p.kind } as Process;
  if (p.category) process.category = p.category;
  if (p.owner !== undefined) process.owner = p.owner;
  if (p.description !== undefined) process.description = p.description;
  process.activities = p.activities;
  process.inputs = p.inputs;
  process.outputs = p.outputs;
  if (p.documentation !== undefined) process.documentation = p.documentation;
  process.references = p.references;
  if (p.purpose !== undefined) process.purpose = p.purpose;
  if (p.criteria !== undefined) process.criteria = p.criteria;
  const kpis = p.kpis?.map(toKpi);
  if (kpis && kpis.length > 0) process.kpis = kpis;
  for (const field of PROCESS_OPTIONAL_LIST_FIELDS) {
    const list = p[field];
    if (list && list.length > 0) process[field] = list;
  }
  const extra = extraFields(p, PROCESS_KNOWN);
  if (extra) process.extra = extra;
  return process;
}

type ParsedKpi = NonNullable<ParsedProcessShape['kpis']>[number];

function toKpi(k: ParsedKpi): Kpi {
  const kpi: Kpi = { name: k.name ?? '' };
  if (k.target !== undefined) kpi.target = k.target;
  if (k.frequency !== undefined) kpi.frequency = k.frequency;
  const extra = extraFields(k, KPI_KNOWN);
  if (extra) kpi.extra = extra;
  return kpi;
}

/** The revision history; an empty one is absent, as the model holds no empty lists. */
function toRevisions(list: ParsedMapShape['revisions']): Revision[] | undefined {
  if (!list || list.length === 0) return undefined;
  return list.map((r) => {
    const revision: Revision = definedText(r, REVISION_FIELDS);
    const extra = extraFields(r, REVISION_KNOWN);
    if (extra) revision.extra = extra;
    return revision;
  });
}

function copyPositions(positions: Record<string, Point>): Record<string, Point> {
  const out: Record<string, Point> = {};
  for (const [id, { x, y }] of Object.entries(positions)) out[id] = { x, y };
  return out;
}
