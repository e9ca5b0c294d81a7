import fc from 'fast-check';
import { isReservedId } from '../../../src/model/ids';
import { MAP_FIELDS, MAX_COORDINATE, PROCESS_FIELDS } from '../../../src/model/schema';
import type { Process, ProcessMap } from '../../../src/model/types';

/** Text as people type it, ASCII and beyond. */
export const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

/** JSON data as unknown fields carry it, without `__proto__` keys or -0 (which no file can hold apart from 0). */
export const fieldValue = fc.jsonValue({ maxDepth: 3 }).map(function clean(
  value: unknown,
): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== '__proto__')
        .map(([k, v]) => [k, clean(v)]),
    );
  }
  return value;
});

const extraFields = (known: readonly string[]) =>
  fc.option(
    fc.dictionary(
      fc.string({ minLength: 1 }).filter((k) => !known.includes(k) && k !== '__proto__'),
      fieldValue,
      { minKeys: 1, maxKeys: 3 },
    ),
    { nil: undefined },
  );

/** Ids a file may use: not blank, and no name every JavaScript object has (files refuse those). */
const id = fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !isReservedId(s));
const optionalText = fc.option(anyText, { nil: undefined });

export const processArbitrary: fc.Arbitrary<Process> = fc
  .record({
    id,
    name: anyText,
    kind: fc.constantFrom('process' as const, 'external' as const),
    category: fc.option(
      fc.constantFrom('management' as const, 'core' as const, 'support' as const),
      { nil: undefined },
    ),
    owner: optionalText,
    description: optionalText,
    activities: fc.array(anyText, { maxLength: 3 }),
    inputs: fc.array(anyText, { maxLength: 4 }),
    outputs: fc.array(anyText, { maxLength: 4 }),
    documentation: optionalText,
    references: fc.array(anyText, { maxLength: 3 }),
    extra: extraFields(PROCESS_FIELDS),
  })
  .map(dropUndefined);

/** Any map a file can hold: the model parse gives, positions in whole pixels. */
export const mapArbitrary: fc.Arbitrary<ProcessMap> = fc
  .record({
    procmap: fc.constant(1 as const),
    title: anyText,
    organization: optionalText,
    revision: optionalText,
    date: optionalText,
    owner: optionalText,
    approvedBy: optionalText,
    classification: optionalText,
    layout: fc
      .record({
        direction: fc.constantFrom('RIGHT' as const, 'DOWN' as const),
        extra: extraFields(['direction']),
      })
      .map(dropUndefined),
    processes: fc.array(processArbitrary, { maxLength: 6 }),
    positions: fc.dictionary(
      id,
      fc.record({
        x: fc.integer({ min: -MAX_COORDINATE, max: MAX_COORDINATE }),
        y: fc.integer({ min: -MAX_COORDINATE, max: MAX_COORDINATE }),
      }),
      {
        maxKeys: 4,
      },
    ),
    extra: extraFields(MAP_FIELDS),
  })
  .map(dropUndefined);

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
