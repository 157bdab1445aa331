/** Kiểm tra dữ liệu: read every tab, run every rule, return the findings sorted errors-first. */
import type { IsoDate, RawWorkbook } from '../cells';
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

export function validateWorkbook(raw: RawWorkbook, options: { today: IsoDate }): ValidationResult {
  const { workbook, findings } = readWorkbook(raw);
  const context = ruleContext(workbook, options.today);
  const all = [...findings];
  for (const rule of RULES) all.push(...rule(context));
  return { workbook, findings: sortFindings(all, INPUT_TABS) };
}
