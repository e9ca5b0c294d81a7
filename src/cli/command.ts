import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes; the real process in the shell, buffers in tests. */
export interface CommandContext {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads standard input, for `-` as a file name. */
  readStdin(): Promise<string>;
}

/** One `procmap <name> …` sub-command. Register it in `commands.ts`. */
export interface Command {
  name: string;
  /** One line for `procmap --help`. */
  summary: string;
  /** Full usage text for `procmap <name> --help` and after a usage error. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], context: CommandContext): Promise<number>;
}

/** Exit codes DESIGN.md fixes for `procmap check`, shared by every command. */
export const EXIT = {
  ok: 0,
  /** The map has errors (or warnings too, with `--strict`). */
  problems: 1,
  /** The file cannot be read or parsed, or the command line is wrong. */
  failure: 2,
} as const;

/** A wrong command line: `main` prints the message and the command's usage, exit 2. */
export class UsageError extends Error {}

/**
 * `node:util` parseArgs with unknown flags and missing values turned into a
 * {@link UsageError} (no stack trace reaches the user).
 *
 * @example const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
) {
  try {
    return parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' }, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // Node adds a long hint on how to pass a positional that starts with "-"; the first sentence says it.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/\n|\. To specify/)[0]!);
  }
}
