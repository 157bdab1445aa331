/** daihoi init FILE.xlsx [--example [doan]] [--force] — a blank or example workbook. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ExampleName, examplePlan } from '../../core';
import { cliText } from '../../core/messages/cli';
import { UnusableInputError } from '../errors';
import type { Output } from '../io';
import { planWorkbook, saveWorkbook } from '../xlsx/write';

export async function initCommand(argv: string[], output: Output): Promise<number> {
  // `--example` optionally takes the word `doan` as the next argument.
  const args = [...argv];
  let example: ExampleName | undefined;
  const exampleAt = args.indexOf('--example');
  if (exampleAt >= 0) {
    example = args[exampleAt + 1] === 'doan' ? 'doan' : 'huyen-uy';
    args.splice(exampleAt, example === 'doan' ? 2 : 1);
  }
  const { values, positionals } = parseArgs({
    args,
    options: { force: { type: 'boolean' } },
    allowPositionals: true,
  });
  const [file, ...rest] = positionals;
  if (!file) throw new UnusableInputError(cliText.missingFile('init'));
  if (rest.length > 0) throw new UnusableInputError(cliText.badArguments(rest.join(' ')));
  if (existsSync(file) && !values.force) throw new UnusableInputError(cliText.fileExists(file));
  const plan = example ? examplePlan(example) : {};
  try {
    await saveWorkbook(planWorkbook(plan), file);
  } catch (error) {
    throw new UnusableInputError(cliText.cannotWrite(file, (error as Error).message));
  }
  output.out(`${cliText.wrote(file)}\n`);
  return 0;
}
