/** Kiểm tra dữ liệu: read every tab, run every rule, return the findings sorted errors-first. */
import { pushAll } from '../arrays';
import type { IsoDate, RawWorkbook } from '../cells';
import { isoInZone } from '../dates';
import { ALL_INPUT_TABS } from '../workbook/contract';
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
  return { workbook, today, findings: sortFindings(withoutRepeats(all), ALL_INPUT_TABS) };
}

/** A code that names nothing says more than "hidden character": its hint already says to retype it. */
const SUPERSEDES: Partial<Record<Finding['code'], readonly Finding['code'][]>> = {
  R002: ['T009'],
  B001: ['T009'],
};

/** One cell never gets two findings that say the same thing. */
function withoutRepeats(findings: readonly Finding[]): Finding[] {
  const at = (item: Finding) => `${item.sheet}\u0000${item.cell ?? ''}`;
  const superseded = new Set<string>();
  for (const item of findings) {
    for (const code of SUPERSEDES[item.code] ?? []) superseded.add(`${at(item)}\u0000${code}`);
  }
  const seen = new Set<string>();
  return findings.filter((item) => {
    if (item.cell && superseded.has(`${at(item)}\u0000${item.code}`)) return false;
    const key = `${at(item)}\u0000${item.code}\u0000${item.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
