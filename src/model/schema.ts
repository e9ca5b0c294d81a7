import { z } from 'zod';

/**
 * The schema of a format-1 map file (DESIGN.md, "File format"), tolerant where hand-written
 * YAML is (see {@link coerceTolerantly}): a number where text is expected becomes text
 * (`revision: 1.2` → "1.2"), a single name where a list is expected becomes a list of one,
 * `null` or a missing list is empty, `kind`, `category` and `direction` ignore case.
 * Anything else that does not fit is an `invalid-file` error naming the path.
 */

/** The optional document-control fields of a map, in the order files are written. */
export const MAP_DETAIL_FIELDS = [
  'organization',
  'revision',
  'date',
  'owner',
  'approvedBy',
  'classification',
  'nextReview',
] as const;

/** Top-level text fields, in the order files are written. */
export const MAP_TEXT_FIELDS = ['title', ...MAP_DETAIL_FIELDS] as const;

/** Every top-level field this version knows, in the order files are written. */
export const MAP_FIELDS = [
  'procmap',
  ...MAP_TEXT_FIELDS,
  'revisions',
  'layout',
  'processes',
  'positions',
] as const;

/** Process text fields (single values). */
export const PROCESS_TEXT_FIELDS = [
  'id',
  'name',
  'owner',
  'description',
  'documentation',
  'purpose',
  'criteria',
] as const;

/** Process list-of-text fields. */
export const PROCESS_LIST_FIELDS = ['activities', 'inputs', 'outputs', 'references'] as const;

/** Process list-of-text fields that are absent rather than empty (the clause 4.4 lists). */
export const PROCESS_OPTIONAL_LIST_FIELDS = ['resources', 'risks', 'records'] as const;

/** The fields of one KPI, in the order files are written. */
export const KPI_FIELDS = ['name', 'target', 'frequency'] as const;

/** The fields of one line of the revision history, in the order files are written. */
export const REVISION_FIELDS = ['revision', 'date', 'author', 'change'] as const;

/** Every process field this version knows, in the order files are written. */
export const PROCESS_FIELDS = [
  'id',
  'name',
  'kind',
  'category',
  'owner',
  'description',
  'activities',
  'inputs',
  'outputs',
  'documentation',
  'references',
  'purpose',
  'criteria',
  'kpis',
  ...PROCESS_OPTIONAL_LIST_FIELDS,
] as const;

const MAP_TEXT = new Set<string>(MAP_TEXT_FIELDS);
const PROCESS_LIST = new Set<string>([...PROCESS_LIST_FIELDS, ...PROCESS_OPTIONAL_LIST_FIELDS]);
const PROCESS_TEXT = new Set<string>([...PROCESS_TEXT_FIELDS, ...PROCESS_LIST]);
const KPI_TEXT = new Set<string>(KPI_FIELDS);
const REVISION_TEXT = new Set<string>(REVISION_FIELDS);

/**
 * Whether the value at `path` is text to the schema. The YAML reader keeps the source
 * spelling of numbers there, so `references: [5.10]` reads as "5.10", not "5.1".
 */
export function isTextPath(path: readonly (string | number)[]): boolean {
  if (path.length === 1) return MAP_TEXT.has(String(path[0]));
  if (path[0] === 'revisions')
    return path.length === 3 && typeof path[1] === 'number' && REVISION_TEXT.has(String(path[2]));
  if (path[0] !== 'processes' || typeof path[1] !== 'number') return false;
  const field = String(path[2]);
  if (path.length === 3) return PROCESS_TEXT.has(field);
  if (field === 'kpis')
    return (
      (path.length === 4 && typeof path[3] === 'number') ||
      (path.length === 5 && KPI_TEXT.has(String(path[4])))
    );
  return path.length === 4 && PROCESS_LIST.has(field);
}

const text = z.string({ error: 'expected text' });
const textList = z.array(text, { error: 'expected a list of text' }).default([]);
const optionalTextList = z.array(text, { error: 'expected a list of text' }).optional();
const fieldsError = { error: 'expected an object (a map of fields)' };

const kpiSchema = z.looseObject(
  { name: text.default(''), target: text.optional(), frequency: text.optional() },
  { error: 'expected a KPI: a name, or { name, target, frequency }' },
);

const revisionSchema = z.looseObject(
  {
    revision: text.optional(),
    date: text.optional(),
    author: text.optional(),
    change: text.optional(),
  },
  fieldsError,
);

const processSchema = z.looseObject(
  {
    id: text.optional(),
    name: text.default(''),
    kind: z
      .enum(['process', 'external'], { error: 'expected "process" or "external"' })
      .default('process'),
    category: z
      .enum(['management', 'core', 'support'], {
        error: 'expected "management", "core" or "support"',
      })
      .optional(),
    owner: text.optional(),
    description: text.optional(),
    activities: textList,
    inputs: textList,
    outputs: textList,
    documentation: text.optional(),
    references: textList,
    purpose: text.optional(),
    criteria: text.optional(),
    kpis: z.array(kpiSchema, { error: 'expected a list of KPIs' }).optional(),
    resources: optionalTextList,
    risks: optionalTextList,
    records: optionalTextList,
  },
  fieldsError,
);

/**
 * How far from the origin a process may be placed, in canvas pixels. A 1000-process map
 * spans ~34,000 px; far beyond this a picture of the map would be drawn at under 1/100 of
 * its size, so 1e308 is refused here rather than break PNG and DOCX later.
 */
export const MAX_COORDINATE = 500_000;

const coordinate = z
  .number({ error: 'expected a number' })
  .refine(
    (v) => Math.abs(v) <= MAX_COORDINATE,
    `expected a number from -${MAX_COORDINATE} to ${MAX_COORDINATE}`,
  );

const layoutSchema = z
  .looseObject(
    {
      direction: z
        .enum(['BANDS', 'RIGHT', 'DOWN'], { error: 'expected "BANDS", "RIGHT" or "DOWN"' })
        .default('BANDS'),
    },
    { error: 'expected an object (a map of fields)' },
  )
  .default({ direction: 'BANDS' });

/**
 * The format-1 envelope, after migration (so `procmap` is already checked) and after
 * {@link coerceTolerantly} (so the schema itself can stay strict, and fast).
 */
export const mapSchema = z.looseObject({
  title: text.default(''),
  organization: text.optional(),
  revision: text.optional(),
  date: text.optional(),
  owner: text.optional(),
  approvedBy: text.optional(),
  classification: text.optional(),
  nextReview: text.optional(),
  revisions: z.array(revisionSchema, { error: 'expected a list of revisions' }).optional(),
  layout: layoutSchema,
  processes: z.array(processSchema, { error: 'expected a list of processes' }).default([]),
  positions: z
    .record(
      z.string(),
      z.object({ x: coordinate, y: coordinate }, { error: 'expected a position { x, y }' }),
      {
        error: 'expected an object of positions by process id',
      },
    )
    .default({}),
});

export type ParsedMapShape = z.output<typeof mapSchema>;
export type ParsedProcessShape = z.output<typeof processSchema>;

const KINDS: ReadonlySet<unknown> = new Set(['process', 'external']);
const CATEGORIES: ReadonlySet<unknown> = new Set(['management', 'core', 'support']);

function isTextOrAbsent(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isTextListOrAbsent(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i += 1) if (typeof value[i] !== 'string') return false;
  return true;
}

function isKpiListOrAbsent(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  return value.every(
    (kpi) => isRecord(kpi) && KPI_FIELDS.every((field) => isTextOrAbsent(kpi[field])),
  );
}

/** Whether the process schema would take `value` as it is (only defaults to fill in). */
function fitsProcessSchema(value: unknown): value is Raw {
  if (!isRecord(value)) return false;
  for (let f = 0; f < PROCESS_TEXT_FIELDS.length; f += 1)
    if (!isTextOrAbsent(value[PROCESS_TEXT_FIELDS[f]!])) return false;
  for (let f = 0; f < PROCESS_LIST_FIELDS.length; f += 1)
    if (!isTextListOrAbsent(value[PROCESS_LIST_FIELDS[f]!])) return false;
  for (let f = 0; f < PROCESS_OPTIONAL_LIST_FIELDS.length; f += 1)
    if (!isTextListOrAbsent(value[PROCESS_OPTIONAL_LIST_FIELDS[f]!])) return false;
  if (!isKpiListOrAbsent(value['kpis'])) return false;
  const { kind, category } = value;
  return (
    (kind === undefined || KINDS.has(kind)) && (category === undefined || CATEGORIES.has(category))
  );
}

/**
 * The raw map read tolerantly ({@link coerceTolerantly}) and parsed by {@link mapSchema},
 * with processes that already fit (the usual case: a file this program wrote) checked by
 * hand and taken as they are, defaults filled in place, instead of copied by the schema.
 * When any process does not fit, the schema parses everything, so problems are reported
 * exactly as it reports them.
 */
export function parseMapShape(
  raw: Raw,
): { success: true; data: ParsedMapShape } | { success: false; error: z.ZodError } {
  if (!coerceTolerantly(raw)) return mapSchema.safeParse(raw);
  const processes = raw['processes'] as Raw[];
  const parsed = mapSchema.safeParse({ ...raw, processes: [] });
  if (!parsed.success) return parsed;
  for (let i = 0; i < processes.length; i += 1) {
    const process = processes[i]!;
    process['name'] ??= '';
    process['kind'] ??= 'process';
    for (let f = 0; f < PROCESS_LIST_FIELDS.length; f += 1) process[PROCESS_LIST_FIELDS[f]!] ??= [];
  }
  parsed.data.processes = processes as ParsedProcessShape[];
  return parsed;
}

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Applies the tolerant readings of hand-written files to a raw map, in place, before the
 * schema checks it: `null` means absent, a number where text is meant becomes text, a
 * single name where a list is meant becomes a list of one, and `kind`, `category` and
 * `direction` ignore case and surrounding space. Anything else is left for the schema to
 * refuse with its path. Returns whether the map has a list of processes that all fit the
 * process schema as they now are.
 */
function coerceTolerantly(raw: Raw): boolean {
  for (const field of MAP_TEXT_FIELDS) coerceText(raw, field);
  coerceRecords(raw, 'revisions', REVISION_FIELDS, 'change');
  for (const field of ['layout', 'processes', 'positions'])
    if (raw[field] === null) delete raw[field];
  const layout = raw['layout'];
  if (isRecord(layout)) coerceWord(layout, 'direction', (word) => word.toUpperCase());
  const processes = raw['processes'];
  if (!Array.isArray(processes)) return false;
  let allFit = true;
  for (let i = 0; i < processes.length; i += 1) {
    const process: unknown = processes[i];
    // A process that fits (the usual case) has nothing to coerce.
    if (fitsProcessSchema(process)) continue;
    if (isRecord(process)) {
      for (const field of PROCESS_TEXT_FIELDS) coerceText(process, field);
      for (const field of PROCESS_LIST_FIELDS) coerceList(process, field);
      for (const field of PROCESS_OPTIONAL_LIST_FIELDS) coerceList(process, field);
      coerceRecords(process, 'kpis', KPI_FIELDS, 'name');
      coerceWord(process, 'kind', (word) => word.toLowerCase());
      coerceWord(process, 'category', (word) => word.toLowerCase());
    }
    allFit &&= fitsProcessSchema(process);
  }
  return allFit;
}

function coerceText(owner: Raw, field: string): void {
  const value = owner[field];
  if (value === null) delete owner[field];
  else if (typeof value === 'number') owner[field] = String(value);
}

function coerceList(owner: Raw, field: string): void {
  const value = owner[field];
  if (value === null) delete owner[field];
  else if (typeof value === 'string' || typeof value === 'number') owner[field] = [String(value)];
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1)
      if (typeof value[i] === 'number') value[i] = String(value[i]);
  }
}

/**
 * A list of small records (KPIs, revisions) read tolerantly: `null` is absent, one record
 * or one name is a list of one, a name alone is the record `{ [nameField]: name }`, and a
 * number in a field becomes text.
 */
function coerceRecords(
  owner: Raw,
  field: string,
  fields: readonly string[],
  nameField: string,
): void {
  let value = owner[field];
  if (value === null) {
    delete owner[field];
    return;
  }
  if (typeof value === 'string' || typeof value === 'number' || isRecord(value)) value = [value];
  if (!Array.isArray(value)) return;
  owner[field] = value.map((item: unknown) => {
    if (typeof item === 'string' || typeof item === 'number') return { [nameField]: String(item) };
    if (isRecord(item)) for (const key of fields) coerceText(item, key);
    return item;
  });
}

function coerceWord(owner: Raw, field: string, fold: (word: string) => string): void {
  const value = owner[field];
  if (value === null || (typeof value === 'string' && value.trim() === '')) delete owner[field];
  else if (typeof value === 'string') owner[field] = fold(value.trim());
}
