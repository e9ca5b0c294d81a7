import { checkCommand } from './check';
import type { Command } from './command';
import { initCommand } from './init';
import { renderCommand } from './render';

/** Every `procmap` sub-command by name; a new command is one import and one line here. */
export const commands: Record<string, Command> = {
  check: checkCommand,
  init: initCommand,
  render: renderCommand,
};
