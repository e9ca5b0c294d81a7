import { pathToFileURL } from 'node:url';
import { EXIT, UsageError, type CommandContext } from './command';
import { commands } from './commands';
import { terminalText } from './terminal-text';

function generalUsage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const list = Object.values(commands)
    .map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`)
    .join('\n');
  return `Usage: procmap <command> [options]

ProcMap: ISO 27001 clause 4.4 ISMS process maps from JSON or YAML files.

Commands:
${list}

Run procmap <command> --help for its options.`;
}

/** The real process's streams. */
export function processContext(): CommandContext {
  return {
    stdout: (text) => void process.stdout.write(terminalText(text)),
    stderr: (text) => void process.stderr.write(terminalText(text)),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/**
 * Runs `procmap <command> …` and resolves to the exit code. Never throws: a wrong
 * command line prints usage (exit 2), an unexpected failure one line (exit 2), no stack.
 *
 * @example process.exitCode = await main(['check', 'map.yaml', '--json']);
 */
export async function main(
  argv: string[],
  context: CommandContext = processContext(),
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    context.stderr(`${generalUsage()}\n`);
    return EXIT.failure;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    context.stdout(`${generalUsage()}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    context.stderr(`procmap: unknown command "${name}"\n\n${generalUsage()}\n`);
    return EXIT.failure;
  }
  try {
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr(`procmap ${command.name}: ${error.message}\n\n${command.usage}\n`);
    } else {
      context.stderr(
        `procmap ${command.name}: failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
    return EXIT.failure;
  }
}

// Run when this file is the program itself (`node dist/cli/procmap.mjs`, `tsx src/cli/main.ts`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
