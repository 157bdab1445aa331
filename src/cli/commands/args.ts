import { cliText } from '../../core/messages/cli';
import { UnusableInputError } from '../errors';

export function requireFile(command: string, positionals: readonly string[]): string {
  const [file, ...rest] = positionals;
  if (!file) throw new UnusableInputError(cliText.missingFile(command));
  if (rest.length > 0) throw new UnusableInputError(cliText.badArguments(rest.join(' ')));
  return file;
}
