/** daihoi init FILE.xlsx [--example [doan]] [--force] — a blank or example workbook. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ExampleName, examplePlan } from '../../core';
import { cliText } from '../../core/messages/cli';
import { fileText } from '../../core/messages/files';
import { UnusableInputError } from '../errors';
import type { Output } from '../io';
import { keepBackup, replaceFile, writeTarget, writtenThrough } from '../safe-write';
import { planWorkbook } from '../xlsx/write';

export async function initCommand(argv: string[], output: Output): Promise<number> {
  // `--example` optionally takes the word `doan` as the next argument (or `--example=doan`).
  const args = [...argv];
  let example: ExampleName | undefined;
  const exampleAt = args.findIndex((arg) => arg === '--example' || arg.startsWith('--example='));
  if (exampleAt >= 0) {
    const given = args[exampleAt]!;
    if (given.startsWith('--example=')) {
      const name = given.slice('--example='.length);
      if (name !== 'doan' && name !== 'huyen-uy') throw new UnusableInputError(cliText.unknownExample(name));
      example = name;
      args.splice(exampleAt, 1);
    } else {
      example = args[exampleAt + 1] === 'doan' ? 'doan' : 'huyen-uy';
      args.splice(exampleAt, example === 'doan' ? 2 : 1);
    }
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
  const target = writeTarget(file);
  // --force replaces a workbook with a blank one: the one it replaces is kept, like every write.
  const backup = target.mode !== null ? keepBackup(target) : null;
  const workbook = planWorkbook(plan);
  await replaceFile(target, (temporary) => workbook.xlsx.writeFile(temporary));
  output.out(`${cliText.wrote(file)}\n`);
  if (backup) output.out(`${fileText.backupKept(backup)}\n`);
  output.out(writtenThrough(target));
  return 0;
}
