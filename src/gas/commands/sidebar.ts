/**
 * The `Danh sách lỗi` sidebar. Its client calls two server functions through google.script.run; any
 * user who can open the sidebar can call them, so their arguments are checked before use.
 */
import { countFindings, parseA1 } from '../../core';
import { setupMenuText } from '../../core/messages';
import { SheetGrid } from '../grid';
import { NoticeError } from '../run-safely';
import { services } from '../services';
import { tabNames } from '../sheets-io';
import { validateActive, zoneNotice } from './validate';

export interface SidebarFinding {
  readonly severity: string;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly hint: string;
}

export interface SidebarData {
  readonly summary: string;
  readonly groups: readonly { sheet: string; findings: readonly SidebarFinding[] }[];
}

export function showFindingsSidebar(): void {
  const output = services.html().createHtmlOutputFromFile('sidebar').setTitle(setupMenuText.sidebarTitle);
  services.ui().showSidebar(output);
}

/** Plain strings only: google.script.run cannot carry Dates. */
export function getFindingsForSidebar(): SidebarData {
  const now = new Date();
  const run = validateActive(now);
  const notice = zoneNotice(run, now);
  const { errors, warnings, infos } = countFindings(run.findings);
  const groups = new Map<string, SidebarFinding[]>();
  const nameOf = tabNames(run.read.sheets);
  for (const finding of run.findings) {
    const sheet = nameOf(finding.sheet);
    const list = groups.get(sheet) ?? [];
    list.push({
      severity: finding.severity,
      code: finding.code,
      sheet,
      cell: finding.cell ?? '',
      message: finding.message,
      hint: finding.hint,
    });
    groups.set(sheet, list);
  }
  const summary =
    run.findings.length === 0
      ? setupMenuText.sidebarClean
      : setupMenuText.sidebarCounts(errors, warnings, infos);
  return {
    summary: notice ? `${summary} ${notice}` : summary,
    groups: [...groups].map(([sheet, findings]) => ({ sheet, findings })),
  };
}

const A1_OR_EMPTY = /^([A-Z]{1,3}[1-9]\d{0,6})?$/;

export function selectCell(sheetName: unknown, cell: unknown): void {
  if (
    typeof sheetName !== 'string' ||
    sheetName.length > 100 ||
    typeof cell !== 'string' ||
    !A1_OR_EMPTY.test(cell)
  ) {
    throw new NoticeError(setupMenuText.badCell);
  }
  const name = sheetName;
  const address = cell;
  const sheet = services.spreadsheet().getSheetByName(name);
  if (!sheet) throw new NoticeError(setupMenuText.tabGone(name));
  sheet.activate();
  // A finding may point past a tab that has since been trimmed: then the tab alone is shown.
  const target = address ? parseA1(address) : { row: 1, column: 1 };
  if (target && new SheetGrid(sheet, '').contains(target.row, target.column)) {
    sheet.getRange(target.row, target.column).activate();
  }
}
