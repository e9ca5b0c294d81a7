import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';
import {
  KPI_FIELDS,
  MAP_DETAIL_FIELDS,
  MAP_FIELDS,
  PROCESS_FIELDS,
  PROCESS_OPTIONAL_LIST_FIELDS,
  REVISION_FIELDS,
} from './schema';
import type { Extra, Kpi, Point, Process, ProcessMap, Revision } from './types';

export type MapFormat = 'json' | 'yaml';

/**
 * Writes a map as a file: known fields in a fixed order, then the unknown fields it was
 * read with, positions rounded to whole pixels in process order. Defaults are left out
 * (`kind: process`, empty activities and references) so hand-edited YAML stays short;
 * `parseMap(serializeMap(map, f))` gives back `map` for either format.
 *
 * @example serializeMap(starterMap(), 'yaml').startsWith('procmap: 1\n')
 */
export function serializeMap(map: ProcessMap, format: MapFormat): string {
  const plain = toPlain(map);
  if (format === 'json') return `${JSON.stringify(plain, null, 2)}\n`;
  const doc = new Document(plain);
  // Positions and layout read best as one line each: `risk-assessment: { x: 120, y: 40 }`.
  const positions = doc.get('positions', true);
  if (isMap(positions))
    for (const pair of positions.items) if (isMap(pair.value)) pair.value.flow = true;
  const layout = doc.get('layout', true);
  if (isMap(layout)) layout.flow = true;
  const processes = doc.get('processes', true);
  if (isSeq(processes)) {
    // A blank line between processes, as people write them by hand.
    processes.items.forEach((item, i) => {
      if (!isMap(item)) return;
      if (i > 0) item.spaceBefore = true;
      const references = item.get('references', true);
      if (isSeq(references)) references.flow = true;
    });
  }
  // A field named `<<` (one a map was read with) is written quoted: plain, YAML reads `<<` as
  // a merge key and the field would be gone.
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') pair.key.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/** The map as the plain object a file holds, keys in file order. */
export function toPlain(map: ProcessMap): Record<string, unknown> {
  const out: Record<string, unknown> = { procmap: map.procmap, title: map.title };
  for (const key of MAP_DETAIL_FIELDS) {
    if (map[key] !== undefined) out[key] = map[key];
  }
  if (map.revisions && map.revisions.length > 0)
    out['revisions'] = map.revisions.map((r) => recordToPlain(r, REVISION_FIELDS));
  out['layout'] = {
    direction: map.layout.direction,
    ...withoutKnown(map.layout.extra, ['direction']),
  };
  out['processes'] = map.processes.map(processToPlain);
  const positions = roundedPositions(map);
  if (Object.keys(positions).length > 0) out['positions'] = positions;
  return { ...out, ...withoutKnown(map.extra, MAP_FIELDS) };
}

function processToPlain(p: Process): Record<string, unknown> {
  const out: Record<string, unknown> = { id: p.id, name: p.name };
  if (p.kind !== 'process') out['kind'] = p.kind;
  if (p.category !== undefined) out['category'] = p.category;
  if (p.owner !== undefined) out['owner'] = p.owner;
  if (p.description !== undefined) out['description'] = p.description;
  if (p.activities.length > 0) out['activities'] = [...p.activities];
  out['inputs'] = [...p.inputs];
  out['outputs'] = [...p.outputs];
  if (p.documentation !== undefined) out['documentation'] = p.documentation;
  if (p.references.length > 0) out['references'] = [...p.references];
  if (p.purpose !== undefined) out['purpose'] = p.purpose;
  if (p.criteria !== undefined) out['criteria'] = p.criteria;
  if (p.kpis && p.kpis.length > 0)
    out['kpis'] = p.kpis.map((kpi) => recordToPlain(kpi, KPI_FIELDS));
  for (const field of PROCESS_OPTIONAL_LIST_FIELDS) {
    const list = p[field];
    if (list && list.length > 0) out[field] = [...list];
  }
  return { ...out, ...withoutKnown(p.extra, PROCESS_FIELDS) };
}

/** A KPI or a revision: its known text fields in order, then the fields it was read with. */
function recordToPlain<R extends Kpi | Revision>(
  record: R,
  fields: readonly (keyof R & string)[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (record[field] !== undefined) out[field] = record[field];
  return { ...out, ...withoutKnown(record.extra, fields) };
}

/** Extra fields never override known ones, whatever a caller put in `extra`. */
function withoutKnown(extra: Extra | undefined, known: readonly string[]): Extra {
  const out: Extra = {};
  if (!extra) return out;
  for (const [key, value] of Object.entries(extra)) {
    if (!known.includes(key) && key !== '__proto__') out[key] = value;
  }
  return out;
}

function roundedPositions(map: ProcessMap): Record<string, Point> {
  const out: Record<string, Point> = {};
  const round = (n: number) => Math.round(n) + 0; // `+ 0` turns -0 into 0
  const put = (id: string) => {
    const point = Object.hasOwn(map.positions, id) ? map.positions[id] : undefined;
    if (point && !Object.hasOwn(out, id)) out[id] = { x: round(point.x), y: round(point.y) };
  };
  for (const p of map.processes) put(p.id);
  for (const id of Object.keys(map.positions).sort()) put(id);
  return out;
}
