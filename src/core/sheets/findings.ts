/** The `Kiểm tra dữ liệu` tab: every finding, with a title line that counts them and says when. */
import { formatDateVi, zonedParts } from '../dates';
import { findingsTabText as t } from '../messages/sheets';
import { countFindings, type Finding } from '../validation/finding';
import { OUTPUT_TAB } from '../workbook/contract';
import { columnsFrom, type OutputTabSpec, type SheetBlock, sheetBlock } from './output-tab';

/** The contract's tab name as the user's workbook spells it (`Đơn vị` may be `ĐƠN VỊ` there). */
export type TabNameOf = (contractName: string) => string;

const FINDINGS_TAB: OutputTabSpec<keyof typeof t.header> = {
  name: OUTPUT_TAB.findings,
  columns: columnsFrom(t.header, [
    ['severity', 'text', 80],
    ['code', 'text', 60],
    ['tab', 'text', 120],
    ['place', 'text', 110],
    ['message', 'text', 520],
    ['hint', 'text', 420],
  ]),
};

/** `HH:MM dd/mm/yyyy` of `now` in `zone`: when the check ran, for the tab's title. */
export function checkedAt(now: Date, zone: string): string {
  const { iso, hour, minute } = zonedParts(now, zone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} ${formatDateVi(iso)}`;
}

export function findingsSheet(findings: readonly Finding[], when: string, tabName: TabNameOf): SheetBlock {
  const counts = countFindings(findings);
  return sheetBlock(
    FINDINGS_TAB,
    // `Ô` is where the finding is: `Đơn vị!C5`, or the whole tab.
    findings.map((f) => {
      const tab = tabName(f.sheet);
      return { ...f, tab, place: f.cell ? `${tab}!${f.cell}` : t.wholeTab };
    }),
    {
      title: t.title(when, counts.errors, counts.warnings, counts.infos),
      whenEmpty: { message: t.noFindingsRow },
    },
  );
}
