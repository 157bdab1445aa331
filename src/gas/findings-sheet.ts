/** The `Kiểm tra dữ liệu` tab: every finding, errors first, with a link that jumps to its cell. */
import { countFindings, type Finding, type InputTab, OUTPUT_TAB } from '../core';
import { menuText } from '../core/messages/menu';
import { SheetGrid } from './grid';
import { services } from './services';
import { writeOutputTab } from './sheets-io';

export function writeFindingsSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  findings: readonly Finding[],
  sheets: Partial<Record<InputTab, GoogleAppsScript.Spreadsheet.Sheet>>,
  when: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const counts = countFindings(findings);
  const header = [...menuText.findingsHeader];
  const body =
    findings.length === 0
      ? [['', '', '', '', menuText.noFindingsRow, '']]
      : findings.map((f) => [
          f.severity,
          f.code,
          sheets[f.sheet as InputTab]?.getName() ?? f.sheet,
          '',
          f.message,
          f.hint,
        ]);
  const title = [
    menuText.findingsTitle(when, counts.errors, counts.warnings, counts.infos),
    '',
    '',
    '',
    '',
    '',
  ];
  const sheet = writeOutputTab(spreadsheet, OUTPUT_TAB.findings, {
    rows: [title, header, ...body],
    titleRows: 1,
    formats: ['text', 'text', 'text', 'text', 'text', 'text'],
    widths: [80, 60, 120, 110, 520, 420],
  });
  if (findings.length > 0) {
    // Links as rich text (no formula, so no locale-dependent separator), one call for the column.
    const links = findings.map((f) => {
      const target = sheets[f.sheet as InputTab];
      const label = f.cell ? `${target?.getName() ?? f.sheet}!${f.cell}` : menuText.wholeTab;
      const builder = services.sheetsApp().newRichTextValue().setText(label);
      if (target) builder.setLinkUrl(`#gid=${target.getSheetId()}${f.cell ? `&range=${f.cell}` : ''}`);
      return [builder.build()];
    });
    new SheetGrid(sheet, spreadsheet.getSpreadsheetTimeZone()).writeRichText(3, 4, links);
  }
  return sheet;
}
