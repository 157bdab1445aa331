/** What every command does with its arguments: the options it knows, then exactly one file. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { cliText } from '../../core/messages';
import { UnusableInputError } from '../errors';

/** `--today YYYY-MM-DD`: the date to check against instead of today in the workbook's zone. */
export const TODAY_OPTION = { today: { type: 'string' } } as const;

export function requireFile(command: string, positionals: readonly string[]): string {
  const [file, ...rest] = positionals;
  if (!file) throw new UnusableInputError(cliText.missingFile(command));
  if (rest.length > 0) throw new UnusableInputError(cliText.badArguments(rest.join(' ')));
  return file;
}

/** The options of `argv` (an unknown one is refused) and its one file. */
export function commandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: O,
) {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  return { values, file: requireFile(command, positionals) };
}
