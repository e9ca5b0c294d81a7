import type { CommandContext } from '../../../src/cli/command';
import { main } from '../../../src/cli/main';

/**
 * Runs `procmap` with `argv` in-process and returns its exit code and what it printed;
 * `stdin` is what it reads for `-`.
 */
export async function runCli(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const context: CommandContext = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => stdin,
  };
  const code = await main(argv, context);
  return { code, stdout, stderr };
}
