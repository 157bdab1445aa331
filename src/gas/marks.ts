/**
 * Marks the cells of findings on the input tabs with conditional-format rules, so values and the
 * user's own formatting are never touched. Our rules carry a sentinel in their formula; each run
 * removes the previous run's rules and keeps everyone else's.
 */
import type { Finding, InputTab, Severity } from '../core';
import { services } from './services';

const MARK_SENTINEL = 'daihoi-danh-dau';
/** Always true, with no argument separator (which differs between locales). */
const MARK_FORMULA = `=N("${MARK_SENTINEL}")=0`;
/** The severities marked, and their colours (information is not marked). */
const MARK_COLOURS: Readonly<Partial<Record<Severity, string>>> = { Lỗi: '#f4c7c3', 'Cảnh báo': '#fce8b2' };

function isOurs(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  // A gradient rule has no boolean condition: never ours.
  const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return values.some((value) => String(value).includes(MARK_SENTINEL));
}

/** Replaces our marks on every input tab found: 2 reads and 1 write per tab, whatever the findings. */
export function markFindings(
  sheets: Partial<Record<InputTab, GoogleAppsScript.Spreadsheet.Sheet>>,
  findings: readonly Finding[],
): void {
  for (const [tab, sheet] of Object.entries(sheets) as [InputTab, GoogleAppsScript.Spreadsheet.Sheet][]) {
    const kept = sheet.getConditionalFormatRules().filter((rule) => !isOurs(rule));
    const rules = [...kept];
    for (const [severity, colour] of Object.entries(MARK_COLOURS) as [Severity, string][]) {
      const cells = [
        ...new Set(
          findings.filter((f) => f.sheet === tab && f.cell && f.severity === severity).map((f) => f.cell!),
        ),
      ];
      if (cells.length === 0) continue;
      const ranges = sheet.getRangeList(cells).getRanges();
      rules.unshift(
        services
          .sheetsApp()
          .newConditionalFormatRule()
          .whenFormulaSatisfied(MARK_FORMULA)
          .setBackground(colour)
          .setRanges(ranges)
          .build(),
      );
    }
    sheet.setConditionalFormatRules(rules);
  }
}
