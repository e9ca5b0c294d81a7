import { readFile, writeFile } from 'node:fs/promises';
import { parseMap } from '../model/parse';
import type { Problem, ProcessMap } from '../model/types';
import type { CommandContext } from './command';

export type LoadResult =
  { ok: true; map: ProcessMap; problems: Problem[] } | { ok: false; message: string };

/**
 * Reads and parses a map file (`-` is standard input). Failure gives one line that names
 * the file and the place, ready for stderr.
 */
export async function loadMapFile(file: string, context: CommandContext): Promise<LoadResult> {
  let text: string;
  try {
    text = file === '-' ? await context.readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${readErrorReason(error)}` };
  }
  const result = parseMap(text, file === '-' ? 'stdin' : file);
  return result.ok ? result : { ok: false, message: result.error.message };
}

function readErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Writes an output file; when it cannot be written, says so on stderr (with the system's
 * reason, e.g. `ENOENT`) and returns false. With `overwrite: false` an existing file is
 * left alone and the message says to use --force.
 */
export async function writeOutput(
  file: string,
  data: string | Uint8Array,
  context: CommandContext,
  { overwrite = true }: { overwrite?: boolean } = {},
): Promise<boolean> {
  try {
    await writeFile(file, data, { flag: overwrite ? 'w' : 'wx' });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EEXIST'
        ? 'it exists (use --force to overwrite)'
        : (code ?? (error instanceof Error ? error.message : String(error)));
    context.stderr(`procmap: cannot write ${file}: ${reason}\n`);
    return false;
  }
}
