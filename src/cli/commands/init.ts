/** daihoi init FILE.xlsx [--example [doan]] [--force] — a blank or example workbook. */
import { existsSync } from 'node:fs';
import { type ExampleName, examplePlan } from '../../core';
import { cliText, fileText } from '../../core/messages';
import { UnusableInputError } from '../errors';
import type { Output } from '../io';
import { keepBackup, replaceFile, writeTarget, writtenThrough } from '../safe-write';
import { planWorkbook } from '../xlsx/write';
import { commandArgs } from './args';

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
  const { values, file } = commandArgs('init', args, { force: { type: 'boolean' } });
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
