/** The `Kiểm tra dữ liệu` tab: every finding, errors first, with a link that jumps to its cell. */
import { type AnyInputTab, type Finding, findingsSheet } from '../core';
import { SheetGrid } from './grid';
import { writeSheetBlock } from './output-tab';
import { services } from './services';
import { tabNames } from './sheets-io';

/** The column of `Ô`, whose text becomes a link. */
const PLACE_COLUMN = 4;

export function writeFindingsSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  findings: readonly Finding[],
  sheets: Partial<Record<AnyInputTab, GoogleAppsScript.Spreadsheet.Sheet>>,
  when: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const block = findingsSheet(findings, when, tabNames(sheets));
  const sheet = writeSheetBlock(spreadsheet, block);
  if (findings.length > 0) {
    // The findings' rows follow the title and the header.
    const first = block.titleRows + 2;
    // Each tab's id asked once, not once per finding.
    const ids = new Map(Object.entries(sheets).map(([tab, target]) => [tab, target.getSheetId()]));
    // Links as rich text (no formula, so no locale-dependent separator), one call for the column.
    const links = findings.map((f, index) => {
      const id = ids.get(f.sheet);
      const place = String(block.rows[first - 1 + index]![PLACE_COLUMN - 1]);
      const builder = services.sheetsApp().newRichTextValue().setText(place);
      if (id !== undefined) builder.setLinkUrl(`#gid=${id}${f.cell ? `&range=${f.cell}` : ''}`);
      return [builder.build()];
    });
    new SheetGrid(sheet, spreadsheet.getSpreadsheetTimeZone()).writeRichText(first, PLACE_COLUMN, links);
  }
  return sheet;
}
