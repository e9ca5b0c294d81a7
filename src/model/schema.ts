import { z } from 'zod';

/**
 * The schema of a format-1 map file (DESIGN.md, "File format"), tolerant where hand-written
 * YAML is: a number where text is expected becomes text (`revision: 1.2` → "1.2"), a single
 * name where a list is expected becomes a list of one, `null` or a missing list is empty,
 * `kind`, `category` and `direction` ignore case. Anything else that does not fit is an
 * `invalid-file` error naming the path.
 */

/** Top-level text fields, in the order files are written. */
export const MAP_TEXT_FIELDS = [
  'title',
  'organization',
  'revision',
  'date',
  'owner',
  'approvedBy',
  'classification',
] as const;

/** Every top-level field this version knows, in the order files are written. */
export const MAP_FIELDS = ['procmap', ...MAP_TEXT_FIELDS, 'layout', 'processes', 'positions'] as const;

/** Process text fields (single values). */
export const PROCESS_TEXT_FIELDS = ['id', 'name', 'owner', 'description', 'documentation'] as const;

/** Process list-of-text fields. */
export const PROCESS_LIST_FIELDS = ['activities', 'inputs', 'outputs', 'references'] as const;

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
] as const;

const MAP_TEXT = new Set<string>(MAP_TEXT_FIELDS);
const PROCESS_TEXT = new Set<string>([...PROCESS_TEXT_FIELDS, ...PROCESS_LIST_FIELDS]);
const PROCESS_LIST = new Set<string>(PROCESS_LIST_FIELDS);

/**
 * Whether the value at `path` is text to the schema. The YAML reader keeps the source
 * spelling of numbers there, so `references: [5.10]` reads as "5.10", not "5.1".
 */
export function isTextPath(path: readonly (string | number)[]): boolean {
  if (path.length === 1) return MAP_TEXT.has(String(path[0]));
  if (path[0] !== 'processes' || typeof path[1] !== 'number') return false;
  const field = String(path[2]);
  if (path.length === 3) return PROCESS_TEXT.has(field);
  return path.length === 4 && PROCESS_LIST.has(field);
}

const numberAsText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

const text = z.preprocess(numberAsText, z.string({ error: 'expected text' }));
const optionalText = z.preprocess(
  (value) => (value === null ? undefined : numberAsText(value)),
  z.string({ error: 'expected text' }).optional(),
);
const textList = z.preprocess(
  (value) => {
    if (value === null || value === undefined) return [];
    if (typeof value === 'string' || typeof value === 'number') return [String(value)];
    return value;
  },
  z.array(text, { error: 'expected a list of text' }),
);

const lowerCase = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '')
    ? undefined
    : typeof value === 'string'
      ? value.trim().toLowerCase()
      : value;

const processSchema = z.looseObject(
  {
    id: optionalText,
    name: z.preprocess((value) => (value === null || value === undefined ? '' : numberAsText(value)), text),
    kind: z.preprocess(
      lowerCase,
      z.enum(['process', 'external'], { error: 'expected "process" or "external"' }).default('process'),
    ),
    category: z.preprocess(
      lowerCase,
      z.enum(['management', 'core', 'support'], { error: 'expected "management", "core" or "support"' }).optional(),
    ),
    owner: optionalText,
    description: optionalText,
    activities: textList,
    inputs: textList,
    outputs: textList,
    documentation: optionalText,
    references: textList,
  },
  { error: 'expected an object (a map of fields)' },
);

const coordinate = z.number({ error: 'expected a number' }).refine(Number.isFinite, 'expected a finite number');

const layoutSchema = z.preprocess(
  (value) => (value === null || value === undefined ? {} : value),
  z.looseObject(
    {
      direction: z.preprocess(
        (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value === null ? undefined : value),
        z.enum(['RIGHT', 'DOWN'], { error: 'expected "RIGHT" or "DOWN"' }).default('RIGHT'),
      ),
    },
    { error: 'expected an object (a map of fields)' },
  ),
);

/** The format-1 envelope, after migration (so `procmap` is already checked). */
export const mapSchema = z.looseObject({
  title: z.preprocess((value) => (value === null || value === undefined ? '' : numberAsText(value)), text),
  organization: optionalText,
  revision: optionalText,
  date: optionalText,
  owner: optionalText,
  approvedBy: optionalText,
  classification: optionalText,
  layout: layoutSchema,
  processes: z.preprocess(
    (value) => (value === null || value === undefined ? [] : value),
    z.array(processSchema, { error: 'expected a list of processes' }),
  ),
  positions: z.preprocess(
    (value) => (value === null || value === undefined ? {} : value),
    z.record(
      z.string(),
      z.object({ x: coordinate, y: coordinate }, { error: 'expected a position { x, y }' }),
      { error: 'expected an object of positions by process id' },
    ),
  ),
});

export type ParsedMapShape = z.output<typeof mapSchema>;
export type ParsedProcessShape = z.output<typeof processSchema>;
