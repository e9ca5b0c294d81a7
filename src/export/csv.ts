import Papa from 'papaparse';
import { assignIds, isReservedId, reservedIdMessage } from '../model/ids';
import { PROCESS_FIELDS, PROCESS_LIST_FIELDS, PROCESS_OPTIONAL_LIST_FIELDS } from '../model/schema';
import type { Category, Extra, Kpi, Process, ProcessKind, ProcessMap } from '../model/types';

/** The columns of the process table: every process field, in the order files write them. */
export const CSV_COLUMNS = PROCESS_FIELDS;

type Column = (typeof CSV_COLUMNS)[number];
type ListColumn =
  (typeof PROCESS_LIST_FIELDS)[number] | (typeof PROCESS_OPTIONAL_LIST_FIELDS)[number];
type TextColumn = Exclude<Column, ListColumn | 'kpis'>;
const LIST_COLUMNS: ReadonlySet<Column> = new Set<Column>([
  ...PROCESS_LIST_FIELDS,
  ...PROCESS_OPTIONAL_LIST_FIELDS,
]);

const LIST_SEPARATOR = '; ';

/**
 * Spreadsheets run a cell that starts like a formula. Such a cell gets a leading `'`, and
 * one that already starts with quotes before a formula character gets one more, so that
 * import can take exactly one away.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

function guardFormula(cell: string): string {
  return FORMULA_LIKE.test(cell) ? `'${cell}` : cell;
}

function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_LIKE.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * One list item as a cell part: `;` becomes `\;`, and a backslash that could be read as
 * an escape (before `;`, before another backslash, or at the end) is doubled. Other
 * backslashes (`C:\ISMS`) stay as typed.
 */
function escapeItem(item: string): string {
  return item.replace(/\\(?=[\\;]|$)/g, '\\\\').replace(/;/g, '\\;');
}

function joinList(items: readonly string[]): string {
  return items.map(escapeItem).join(LIST_SEPARATOR);
}

/** Separates a KPI's name, target and frequency inside one list item. */
const KPI_SEPARATOR = ' | ';

/** A KPI as one list item: `name | target | frequency`, a `|` inside a part written `\|`. */
function kpiItem(kpi: Kpi): string {
  const parts = [kpi.name, kpi.target ?? '', kpi.frequency ?? ''].map((part) =>
    part.replace(/\\(?=[\\|]|$)/g, '\\\\').replace(/\|/g, '\\|'),
  );
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(KPI_SEPARATOR);
}

/** The KPI of one list item written by {@link kpiItem}. */
function kpiOf(item: string): Kpi {
  const parts: string[] = [''];
  for (let i = 0; i < item.length; i += 1) {
    const c = item[i];
    if (c === '\\' && (item[i + 1] === '|' || item[i + 1] === '\\')) {
      parts[parts.length - 1] += item[i + 1];
      i += 1;
    } else if (c === '|') parts.push('');
    else parts[parts.length - 1] += c;
  }
  const [name = '', target = '', frequency = ''] = parts.map((part) => part.trim());
  return {
    name,
    ...(target === '' ? {} : { target }),
    ...(frequency === '' ? {} : { frequency }),
  };
}

/** Splits a list cell on `;` (not `\;`), trims the items and drops empty ones. */
function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) {
      current += cell[i + 1];
      i++;
    } else if (c === ';') {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** Extra fields with a text, number or boolean value: those a spreadsheet column can hold. */
function scalarExtras(process: Process): [string, string][] {
  return Object.entries(process.extra ?? {})
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map(([k, v]) => [k, String(v)]);
}

function cellOf(process: Process, column: Column): string {
  if (column === 'kpis') return joinList((process.kpis ?? []).map(kpiItem));
  if (LIST_COLUMNS.has(column)) return joinList(process[column as ListColumn] ?? []);
  return (process[column as TextColumn] as string | undefined) ?? '';
}

/**
 * The process table as CSV: one row per process, the columns of {@link CSV_COLUMNS}, lists
 * joined by `; `, then one column per extra field with a plain value (kept from an
 * imported spreadsheet). UTF-8 with a byte-order mark and CRLF line ends, so Excel reads
 * accents right. Cells that look like formulas are prefixed with `'`.
 *
 * @example exportCsv(map).split('\r\n')[0] === '\uFEFFid,name,kind,category,owner,…'
 */
export function exportCsv(map: ProcessMap): string {
  const extraColumns: string[] = [];
  const known = new Set<string>(CSV_COLUMNS);
  for (const p of map.processes) {
    for (const [k] of scalarExtras(p)) {
      if (!known.has(k.toLowerCase())) {
        known.add(k.toLowerCase());
        extraColumns.push(k);
      }
    }
  }
  const rows = map.processes.map((p) => {
    const extras = new Map(scalarExtras(p));
    return [
      ...CSV_COLUMNS.map((c) => cellOf(p, c)),
      ...extraColumns.map((c) => extras.get(c) ?? ''),
    ].map(guardFormula);
  });
  const fields = [...CSV_COLUMNS, ...extraColumns].map(guardFormula);
  const table = Papa.unparse({ fields, data: rows }, { newline: '\r\n' });
  // One line end after the last row, also when there are no rows.
  return `\uFEFF${table.replace(/(\r\n)*$/, '')}\r\n`;
}

/** `{ [field]: list }`, or nothing for an empty list: the model holds no empty optional lists. */
function present<F extends string, T>(field: F, list: T[]): Partial<Record<F, T[]>> {
  return list.length === 0 ? {} : ({ [field]: list } as Record<F, T[]>);
}

/** A problem found in a CSV file, placed by spreadsheet row (the header is row 1) and column. */
export interface CsvIssue {
  row: number;
  column?: string;
  message: string;
}

export type CsvImport =
  { ok: true; map: ProcessMap } | { ok: false; issues: CsvIssue[]; message: string };

const KINDS: readonly ProcessKind[] = ['process', 'external'];
const CATEGORIES: readonly Category[] = ['management', 'core', 'support'];

/**
 * The delimiter, read from the header row: a comma unless the header holds none, then a
 * tab or a semicolon (what Excel writes in locales with a decimal comma). Guessing from
 * the data rows instead would be fooled by the `;` inside list cells.
 */
function headerDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return [',', '\t', ';'].find((d) => firstLine.includes(d)) ?? ',';
}

function describe(issue: CsvIssue): string {
  const where = issue.column ? `row ${issue.row}, column "${issue.column}"` : `row ${issue.row}`;
  return `${where}: ${issue.message}`;
}

function failure(issues: CsvIssue[]): CsvImport {
  const shown = issues.slice(0, 5).map(describe).join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return { ok: false, issues, message: `The CSV file cannot be imported: ${shown}${more}.` };
}

/**
 * Reads a process table in the shape {@link exportCsv} writes (the shape many ISMS teams
 * keep in a spreadsheet): a header row, then one row per process. Header names are matched
 * case-insensitively; only `name` is required. Lists are split on `;`. Empty ids are made
 * from the names; unknown columns are kept on each process as extra fields. Every problem
 * is reported with its row and column, and nothing is imported when there is one.
 *
 * @example
 * const result = importCsv('name,inputs\nRisk assessment,Asset inventory; Risk criteria\n');
 * if (result.ok) result.map.processes[0].inputs; // ['Asset inventory', 'Risk criteria']
 */
export function importCsv(text: string, options: { title?: string } = {}): CsvImport {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: headerDelimiter(body) });
  const issues: CsvIssue[] = parsed.errors.map((e) => ({
    row: (e.row ?? 0) + 1,
    message: e.message,
  }));
  const [header, ...rows] = parsed.data;
  if (!header || header.every((c) => c.trim() === '')) {
    return failure([{ row: 1, message: 'the file has no header row; a "name" column is needed' }]);
  }

  const columnIndex = new Map<string, number>();
  const extraColumns: { name: string; index: number }[] = [];
  header.forEach((raw, index) => {
    const name = unguardFormula(raw).trim();
    const lower = name.toLowerCase();
    if ((CSV_COLUMNS as readonly string[]).includes(lower)) {
      if (columnIndex.has(lower))
        issues.push({ row: 1, column: name, message: 'this column appears twice' });
      else columnIndex.set(lower, index);
    } else if (name !== '') {
      extraColumns.push({ name, index });
    }
  });
  if (!columnIndex.has('name')) issues.push({ row: 1, message: 'the header has no "name" column' });
  if (issues.length > 0) return failure(issues);

  const entries = rows.flatMap((cells, r) => {
    const row = r + 2;
    if (cells.every((c) => c.trim() === '')) return [];
    const cell = (column: Column): string => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : unguardFormula(cells[index] ?? '').trim();
    };
    const optional = <C extends Column>(column: C): Partial<Record<C, string>> =>
      cell(column) === '' ? {} : ({ [column]: cell(column) } as Record<C, string>);

    const kind = (cell('kind').toLowerCase() || 'process') as ProcessKind;
    if (!KINDS.includes(kind)) {
      issues.push({
        row,
        column: 'kind',
        message: `"${cell('kind')}" is neither process nor external`,
      });
    }
    const category = cell('category').toLowerCase() as Category | '';
    if (category !== '' && !CATEGORIES.includes(category)) {
      issues.push({
        row,
        column: 'category',
        message: `"${cell('category')}" is not management, core or support`,
      });
    }
    const id = cell('id');
    if (id !== '' && isReservedId(id))
      issues.push({ row, column: 'id', message: reservedIdMessage(id) });
    if (cell('name') === '')
      issues.push({ row, column: 'name', message: 'the process has no name' });

    const extra: Extra = {};
    for (const { name, index } of extraColumns) {
      const value = unguardFormula(cells[index] ?? '').trim();
      if (value !== '') extra[name] = value;
    }
    const process: Omit<Process, 'id'> = {
      name: cell('name'),
      kind,
      ...(category ? { category } : {}),
      ...optional('owner'),
      ...optional('description'),
      activities: splitList(cell('activities')),
      inputs: splitList(cell('inputs')),
      outputs: splitList(cell('outputs')),
      ...optional('documentation'),
      references: splitList(cell('references')),
      ...optional('purpose'),
      ...optional('criteria'),
      ...present('kpis', splitList(cell('kpis')).map(kpiOf)),
      ...present('resources', splitList(cell('resources'))),
      ...present('risks', splitList(cell('risks'))),
      ...present('records', splitList(cell('records'))),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
    };
    return [{ id: optional('id').id, process }];
  });
  if (issues.length > 0) return failure(issues);

  const ids = assignIds(entries.map((e) => ({ id: e.id, name: e.process.name })));
  return {
    ok: true,
    map: {
      procmap: 1,
      title: options.title ?? 'Imported process map',
      layout: { direction: 'BANDS' },
      processes: entries.map((e, i) => ({ id: ids[i], ...e.process })),
      positions: {},
    },
  };
}
