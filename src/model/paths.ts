/** A place in a map file, as the keys and indexes that lead to it. */
export type FilePath = readonly (string | number)[];

/**
 * The place as people read it in messages.
 *
 * @example formatPath(['processes', 3, 'inputs', 1]) === 'processes[3].inputs[1]'
 */
export function formatPath(path: FilePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? 'the top level' : out;
}

/** `line 3, column 5` — both counted from 1, as editors show them. */
export function formatLineColumn(line: number, column: number): string {
  return `line ${line}, column ${column}`;
}

/** Line and column (from 1) of a character offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
