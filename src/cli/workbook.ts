/** Reads and validates a workbook file, with `today` in the workbook's own time zone unless given. */
import {
  type IsoDate,
  parseIsoDate,
  type RawWorkbook,
  type ValidatedWorkbook,
  validateWorkbook,
} from '../core';
import { cliText } from '../core/messages';
import { UnusableInputError } from './errors';
import { readXlsx } from './xlsx/read';

export interface LoadedWorkbook extends ValidatedWorkbook {
  readonly raw: RawWorkbook;
}

function parseToday(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const iso = parseIsoDate(text);
  if (!iso) throw new UnusableInputError(cliText.badToday(text));
  return iso;
}

export async function loadWorkbook(
  file: string,
  todayText: string | undefined,
  now: Date = new Date(),
): Promise<LoadedWorkbook> {
  const given = parseToday(todayText);
  const raw = await readXlsx(file);
  return { raw, ...validateWorkbook(raw, given ? { today: given } : { now }) };
}
