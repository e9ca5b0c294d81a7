import { serializeMap } from '../model/serialize';
import { starterMap } from '../model/starter';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command';
import { writeOutput } from './io';

const USAGE = `Usage: procmap init [FILE] [--force]

Writes the starter ISMS map (about 20 processes of ISO 27001 clauses 4-10) to FILE,
as JSON when FILE ends in .json and YAML otherwise, or to standard output.

Options:
  --force    overwrite FILE if it exists
  -h, --help show this help`;

/** `procmap init [FILE]`: the starter map as a file to edit by hand. */
export const initCommand: Command = {
  name: 'init',
  summary: 'write the starter ISMS map to start from',
  usage: USAGE,

  async run(args, context) {
    const { values, positionals } = parseCommandArgs(args, { force: { type: 'boolean' } });
    if (values.help) {
      context.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length > 1) throw new UsageError('one FILE at a time');
    const file = positionals[0];
    const text = serializeMap(
      starterMap(),
      file?.toLowerCase().endsWith('.json') ? 'json' : 'yaml',
    );
    if (file === undefined || file === '-') {
      context.stdout(text);
      return EXIT.ok;
    }
    if (!(await writeOutput(file, text, context, { overwrite: values.force === true }))) {
      return EXIT.failure;
    }
    context.stderr(`procmap: wrote the starter map to ${file}\n`);
    return EXIT.ok;
  },
};
