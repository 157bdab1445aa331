/** The command line: one verb per file under commands/, one error boundary here. */
import { cliText } from '../core/messages';
import { budgetCommand } from './commands/budget';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { reportCommand } from './commands/report';
import { sendCommand } from './commands/send';
import { tasksCommand } from './commands/tasks';
import { validateCommand } from './commands/validate';
import { UnusableInputError } from './errors';
import { type Output, processOutput } from './io';
import { Redactor } from './secrets';

type Command = (argv: string[], output: Output) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  budget: budgetCommand,
  import: importCommand,
  init: initCommand,
  report: reportCommand,
  send: (argv, output) => sendCommand(argv, output),
  tasks: tasksCommand,
  validate: validateCommand,
};

/**
 * The URLs among the arguments (also `--smtp=URL`) and in DAIHOI_SMTP_URL: their passwords are
 * scrubbed from everything the command line prints, whatever the path that prints it.
 */
function secretSources(argv: readonly string[]): (string | undefined)[] {
  const values = argv.flatMap((arg) =>
    arg.startsWith('--') && arg.includes('=') ? [arg, arg.slice(arg.indexOf('=') + 1)] : [arg],
  );
  return [...values, process.env.DAIHOI_SMTP_URL];
}

export async function main(argv: string[], given: Output = processOutput): Promise<number> {
  const redactor = new Redactor(secretSources(argv));
  const output: Output = redactor.active
    ? { out: (text) => given.out(redactor.scrub(text)), err: (text) => given.err(redactor.scrub(text)) }
    : given;
  try {
    return await run(argv, output);
  } catch (error) {
    throw redactor.scrubError(error);
  }
}

async function run(argv: string[], output: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    output.out(cliText.usage);
    return name ? 0 : 2;
  }
  // Own keys only: `daihoi constructor` must not find Object's prototype.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    output.err(`daihoi: ${cliText.unknownCommand(name)}\n`);
    return 2;
  }
  // `daihoi <lệnh> --help` (or -h anywhere among its arguments) prints that command's usage.
  if (rest.includes('--help') || rest.includes('-h')) {
    output.out(cliText.commandUsage(name) ?? cliText.usage);
    return 0;
  }
  try {
    return await command(rest, output);
  } catch (error) {
    if (error instanceof UnusableInputError) {
      output.err(`daihoi: ${error.message}\n`);
      return 2;
    }
    // parseArgs reports unknown or malformed options with a code starting ERR_PARSE_ARGS.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      output.err(`daihoi: ${cliText.badArguments((error as Error).message)}\n`);
      return 2;
    }
    throw error;
  }
}
