/** The `Kiểm tra dữ liệu` tab: every finding, errors first, with a link that jumps to its cell. */
import {
  type AnyInputTab,
  FINDINGS_FIRST_ROW,
  type Finding,
  findingPlace,
  findingsSheet,
  type TabNameOf,
} from '../core';
import { SheetGrid } from './grid';
import { writeSheetBlock } from './output-tab';
import { services } from './services';

/** The column of `Ô`, whose text becomes a link. */
const PLACE_COLUMN = 4;

export function writeFindingsSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  findings: readonly Finding[],
  sheets: Partial<Record<AnyInputTab, GoogleAppsScript.Spreadsheet.Sheet>>,
  when: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const tabName: TabNameOf = (name) => sheets[name as AnyInputTab]?.getName() ?? name;
  const sheet = writeSheetBlock(spreadsheet, findingsSheet(findings, when, tabName));
  if (findings.length > 0) {
    // Links as rich text (no formula, so no locale-dependent separator), one call for the column.
    const links = findings.map((f) => {
      const target = sheets[f.sheet as AnyInputTab];
      const builder = services.sheetsApp().newRichTextValue().setText(findingPlace(f, tabName));
      if (target) builder.setLinkUrl(`#gid=${target.getSheetId()}${f.cell ? `&range=${f.cell}` : ''}`);
      return [builder.build()];
    });
    new SheetGrid(sheet, spreadsheet.getSpreadsheetTimeZone()).writeRichText(
      FINDINGS_FIRST_ROW,
      PLACE_COLUMN,
      links,
    );
  }
  return sheet;
}
