/** Kiểm tra dữ liệu: read every tab, run every rule, return the findings sorted errors-first. */
import { pushAll } from '../arrays';
import type { IsoDate, RawWorkbook } from '../cells';
import { isoInZone } from '../dates';
import { INPUT_TABS } from '../workbook/contract';
import type { PlanWorkbook } from '../workbook/model';
import { readWorkbook } from '../workbook/read-workbook';
import { ruleContext } from './context';
import { type Finding, sortFindings } from './finding';
import { RULES } from './rules';

export interface ValidationResult {
  readonly workbook: PlanWorkbook;
  readonly findings: readonly Finding[];
}

export interface ValidatedWorkbook extends ValidationResult {
  readonly today: IsoDate;
}

/**
 * `today` as given, or the calendar date of `now` in the workbook's own zone (`Múi giờ`), which is
 * only known once the settings are read.
 */
export function validateWorkbook(
  raw: RawWorkbook,
  options: { today: IsoDate } | { now: Date },
): ValidatedWorkbook {
  const { workbook, findings } = readWorkbook(raw);
  const today = 'today' in options ? options.today : isoInZone(options.now, workbook.settings.timeZone);
  const context = ruleContext(workbook, today);
  const all = [...findings];
  for (const rule of RULES) pushAll(all, rule(context));
  return { workbook, today, findings: sortFindings(all, INPUT_TABS) };
}
