/** The `Kiểm tra dữ liệu` tab: every finding, with a title line that counts them and says when. */
import { formatDateVi, zonedParts } from '../dates';
import { findingsTabText as t } from '../messages/sheets';
import { countFindings, type Finding } from '../validation/finding';
import { OUTPUT_TAB } from '../workbook/contract';
import { type OutputTabSpec, type SheetBlock, sheetBlock } from './output-tab';

/** The contract's tab name as the user's workbook spells it (`Đơn vị` may be `ĐƠN VỊ` there). */
export type TabNameOf = (contractName: string) => string;

/** Where a finding is, as the `Ô` column shows it: `Đơn vị!C5`, or the whole tab. */
export function findingPlace(finding: Finding, tabName: TabNameOf): string {
  return finding.cell ? `${tabName(finding.sheet)}!${finding.cell}` : t.wholeTab;
}

function findingsTab(tabName: TabNameOf): OutputTabSpec<Finding> {
  return {
    name: OUTPUT_TAB.findings,
    columns: [
      { header: t.header.severity, value: (f) => f.severity, format: 'text', width: 80 },
      { header: t.header.code, value: (f) => f.code, format: 'text', width: 60 },
      { header: t.header.tab, value: (f) => tabName(f.sheet), format: 'text', width: 120 },
      { header: t.header.cell, value: (f) => findingPlace(f, tabName), format: 'text', width: 110 },
      { header: t.header.message, value: (f) => f.message, format: 'text', width: 520 },
      { header: t.header.hint, value: (f) => f.hint, format: 'text', width: 420 },
    ],
  };
}

/** `HH:MM dd/mm/yyyy` of `now` in `zone`: when the check ran, for the tab's title. */
export function checkedAt(now: Date, zone: string): string {
  const { iso, hour, minute } = zonedParts(now, zone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} ${formatDateVi(iso)}`;
}

/** The row of finding `i` is row `FINDINGS_FIRST_ROW + i` of the tab (1-based, under title and header). */
export const FINDINGS_FIRST_ROW = 3;

export function findingsSheet(findings: readonly Finding[], when: string, tabName: TabNameOf): SheetBlock {
  const counts = countFindings(findings);
  return sheetBlock(findingsTab(tabName), findings, {
    title: t.title(when, counts.errors, counts.warnings, counts.infos),
    whenEmpty: { header: t.header.message, text: t.noFindingsRow },
  });
}
