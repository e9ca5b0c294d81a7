import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { isTextPath } from './schema';
import { jsonErrorOffset } from './json-error';
import { formatLineColumn, formatPath, lineColumnAt, type FilePath } from './paths';

/**
 * Turning the text of a map file into a plain JavaScript value, JSON or YAML, with the
 * place of every syntax error and a way to find where a value sits in the text. Keys named
 * `__proto__` are dropped (with a note) so nothing read from a file can reach a prototype.
 */

/** Deeper than any map needs; bounds the work on hostile input. */
export const MAX_DEPTH = 64;

const MAX_ALIASES = 1000;

/**
 * How many values aliases may bring in, all together. Counting aliases is not enough: one
 * alias of a list of 600,000 names, used 999 times, is 600 million values. A real map
 * repeats a few owners or lists, far below this.
 */
export const MAX_ALIASED_VALUES = 100_000;

export interface TextValue {
  ok: true;
  value: unknown;
  /** Things read but not kept, e.g. `__proto__` keys or YAML warnings. */
  notes: string[];
  /** `line 3, column 5` of the value at a path, when the format can tell. */
  locate(path: FilePath): string | undefined;
}

export type ReadResult = TextValue | { ok: false; message: string };

class ReadError extends Error {}

/** Reads JSON when the text starts with `{` or `[`, YAML otherwise. */
export function readText(text: string): ReadResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = source.trimStart()[0];
  if (first !== '{' && first !== '[') return readYaml(source);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, message: jsonErrorMessage(source, error) };
  }
  try {
    const notes = sanitizeJson(value);
    keepNumberSpelling(source, value);
    // JSON is YAML: on the rare error path, the YAML reader finds the line of a value.
    return {
      ok: true,
      value,
      notes,
      locate(path) {
        const yaml = readYaml(source);
        return yaml.ok ? yaml.locate(path) : undefined;
      },
    };
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * Puts back the source spelling of numbers written where the schema expects text:
 * `"references": [5.10]` is clause 5.10, not 5.1. JSON.parse forgets the spelling (and
 * Node 20 has no reviver source), but JSON is YAML, and the YAML reader keeps each
 * scalar's source: only a file with such numbers pays for reading it again.
 */
function keepNumberSpelling(source: string, value: unknown): void {
  const paths = numbersAtTextPaths(value);
  if (paths.length === 0) return;
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false });
  for (const path of paths) {
    const node = doc.getIn(path, true);
    if (!isScalar(node) || typeof node.source !== 'string') continue;
    const owner = path
      .slice(0, -1)
      .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], value);
    (owner as Record<string | number, unknown>)[path[path.length - 1]!] = node.source;
  }
}

/** Where a parsed JSON map holds a number that the schema reads as text. */
function numbersAtTextPaths(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return found;
  const visit = (owner: unknown, path: (string | number)[]) => {
    if (typeof owner !== 'object' || owner === null) return;
    for (const key of Object.keys(owner)) {
      const child = (owner as Record<string, unknown>)[key];
      const at = [...path, Array.isArray(owner) ? Number(key) : key];
      if (typeof child === 'number' && isTextPath(at)) found.push(at);
      else if (Array.isArray(child) && isTextPath(at)) visit(child, at);
    }
  };
  visit(value, []);
  const processes = (value as Record<string, unknown>)['processes'];
  if (Array.isArray(processes)) processes.forEach((p, i) => visit(p, ['processes', i]));
  return found;
}

/** V8's reason, without its offset or quoted snippet, at the line and column of the error. */
function jsonErrorMessage(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(source);
  const place = lineColumnAt(source, offset < 0 ? source.length : offset);
  const reason =
    offset >= source.length
      ? 'the file ends in the middle of the JSON'
      : message
          .replace(/, ".*" is not valid JSON$/s, '')
          .replace(/\s*(in JSON )?at position \d+.*$/s, '')
          .replace(/ after JSON$/, ' after the end of the JSON');
  return `${formatLineColumn(place.line, place.column)}: ${reason}`;
}

/** Drops own `__proto__` keys and bounds the depth, without recursion (JSON can nest deeper than the stack). */
function sanitizeJson(root: unknown): string[] {
  return isPlainJson(root) ? [] : sanitizeJsonSlowly(root);
}

/** Whether a JSON value has no `__proto__` key and no deep nesting: the usual case, checked without allocating. */
function isPlainJson(root: unknown): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return false;
    if (Array.isArray(value)) {
      for (const child of value) {
        if (typeof child !== 'object' || child === null) continue;
        values.push(child);
        depths.push(depth + 1);
      }
      continue;
    }
    if (Object.hasOwn(value, '__proto__')) return false;
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null) continue;
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return true;
}

/** Drops `__proto__` keys and refuses deep nesting, naming the path of each. */
function sanitizeJsonSlowly(root: unknown): string[] {
  const notes: string[] = [];
  type Entry = { value: object; depth: number; key: string | number; parent?: Entry };
  const stack: Entry[] = [];
  if (typeof root === 'object' && root !== null) stack.push({ value: root, depth: 1, key: '' });
  const pathOf = (entry: Entry): FilePath => {
    const path: (string | number)[] = [];
    for (let e: Entry | undefined = entry; e?.parent; e = e.parent) path.unshift(e.key);
    return path;
  };
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (entry.depth > MAX_DEPTH)
      throw new ReadError(`${formatPath(pathOf(entry))}: nested deeper than ${MAX_DEPTH} levels`);
    const { value } = entry;
    if (Array.isArray(value)) {
      // Children are pushed last-first so that notes come out in document order.
      for (let i = value.length - 1; i >= 0; i -= 1) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null)
          stack.push({ value: child, depth: entry.depth + 1, key: i, parent: entry });
      }
      continue;
    }
    if (Object.hasOwn(value, '__proto__')) {
      delete (value as Record<string, unknown>)['__proto__'];
      notes.push(
        `${formatPath([...pathOf(entry), '__proto__'])}: ignored (not a field name a map can use)`,
      );
    }
    for (const key of Object.keys(value).reverse()) {
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth: entry.depth + 1, key, parent: entry });
    }
  }
  return notes;
}

function readYaml(source: string): ReadResult {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      merge: true,
    });
  } catch (error) {
    if (error instanceof RangeError)
      return { ok: false, message: `nested deeper than this reader can follow` };
    throw error;
  }
  const place = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return formatLineColumn(line, col);
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return { ok: false, message: `${place(error.pos[0])}: ${firstLine(error.message)}` };
  }
  const notes = doc.warnings.map(
    (warning) => `${place(warning.pos[0])}: ${firstLine(warning.message)}`,
  );
  let value: unknown;
  try {
    value = toPlain(doc, doc.contents, [], notes, place, {
      aliases: 0,
      aliased: 0,
    });
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, message: error.message };
    if (error instanceof RangeError)
      return { ok: false, message: `nested deeper than this reader can follow` };
    throw error;
  }
  return {
    ok: true,
    value,
    notes,
    locate(path) {
      const node = doc.getIn(path as (string | number)[], true) as Node | undefined;
      return node?.range ? place(node.range[0]) : undefined;
    },
  };
}

/** The maps a `<<` merge key names: one map, or a list of maps. */
function mergedMaps(value: unknown, where: string): Record<string, unknown>[] {
  const isMapValue = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const list = Array.isArray(value) ? value : [value];
  if (!list.every(isMapValue))
    throw new ReadError(`${where}: << (merge) takes a map or a list of maps, e.g. <<: *defaults`);
  return list;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

interface Budget {
  aliases: number;
  /** Values read through aliases so far. */
  aliased: number;
  /** Where the outermost alias being read is, while one is. */
  inAlias?: string;
}

/**
 * The YAML tree as plain data. Unlike `doc.toJS()` it keeps the source spelling of numbers
 * where the schema expects text, drops `__proto__` keys, bounds depth and alias expansion
 * (in aliases and in the values they bring in), and applies `<<` merge keys.
 */
function toPlain(
  doc: Document.Parsed,
  node: unknown,
  path: (string | number)[],
  notes: string[],
  place: (offset: number) => string,
  budget: Budget,
): unknown {
  if (node === null || node === undefined) return null;
  const at = (n: unknown) => {
    const range = (n as Node).range;
    return range ? place(range[0]) : formatPath(path);
  };
  if (path.length > MAX_DEPTH)
    throw new ReadError(`${at(node)}: nested deeper than ${MAX_DEPTH} levels`);
  if (budget.inAlias !== undefined && (budget.aliased += 1) > MAX_ALIASED_VALUES)
    throw new ReadError(
      `${budget.inAlias}: the aliases (*name) bring in more than ${MAX_ALIASED_VALUES} values; write the values out instead`,
    );
  if (isAlias(node)) {
    budget.aliases += 1;
    if (budget.aliases > MAX_ALIASES)
      throw new ReadError(`${at(node)}: more than ${MAX_ALIASES} aliases`);
    const outer = budget.inAlias;
    budget.inAlias ??= at(node);
    try {
      return toPlain(doc, node.resolve(doc), path, notes, place, budget);
    } finally {
      budget.inAlias = outer;
    }
  }
  if (isScalar(node)) {
    const { value } = node;
    if ((typeof value === 'number' || typeof value === 'boolean') && isTextPath(path)) {
      return node.source ?? String(value);
    }
    if (typeof value === 'bigint') return Number(value);
    return value;
  }
  if (isSeq(node)) {
    return node.items.map((item, i) => toPlain(doc, item, [...path, i], notes, place, budget));
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const merged: Record<string, unknown>[] = [];
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key === 'symbol') {
        merged.push(
          ...mergedMaps(toPlain(doc, pair.value, path, notes, place, budget), at(pair.key)),
        );
        continue;
      }
      if (key !== null && typeof key === 'object')
        throw new ReadError(`${at(pair.key)}: a key must be plain text`);
      const name = String(key);
      if (name === '__proto__') {
        notes.push(
          `${formatPath([...path, name])} (${at(pair.key)}): ignored (not a field name a map can use)`,
        );
        continue;
      }
      out[name] = toPlain(doc, pair.value, [...path, name], notes, place, budget);
    }
    // `<<: *base` fills in what the map does not say itself; of several, the first wins.
    for (const source of merged)
      for (const name of Object.keys(source))
        if (!Object.hasOwn(out, name)) out[name] = source[name];
    return out;
  }
  throw new ReadError(`${at(node)}: unsupported YAML value`);
}
