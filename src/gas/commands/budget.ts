/**
 * Lập dự toán gợi ý: append one suggested line per applicable category for every congress without
 * budget lines (one write below the last row, existing rows untouched), then rebuild the printable
 * estimates in `Dự toán chi tiết`.
 */
import { estimateSheet, estimatesOf, readWorkbook, suggestEstimate, suggestionRows, TAB } from '../../core';
import { budgetMenuText } from '../../core/messages';
import { writeSheetBlock } from '../output-tab';
import { NoticeError, withDocumentLock } from '../run-safely';
import { services } from '../services';
import { appendRowsByHeader, readSheetWorkbook } from '../sheets-io';

export function suggestBudget(): void {
  const message = withDocumentLock(() => {
    const spreadsheet = services.spreadsheet();
    const read = readSheetWorkbook(spreadsheet);
    const sheet = read.sheets[TAB.budget];
    if (!sheet) throw new NoticeError(budgetMenuText.missingTab);
    const { workbook } = readWorkbook(read.raw);
    const lines = suggestEstimate(workbook);
    // The estimates are rebuilt from what was read plus what was appended: no second read.
    const { raw } = appendRowsByHeader(read, TAB.budget, suggestionRows(lines));
    const after = lines.length > 0 ? readWorkbook(raw).workbook : workbook;
    writeSheetBlock(spreadsheet, estimateSheet(estimatesOf(after)));
    const congresses = new Set(lines.map((line) => line.unitCode)).size;
    return lines.length > 0 ? budgetMenuText.added(lines.length, congresses) : budgetMenuText.nothing;
  });
  const ui = services.ui();
  ui.alert(budgetMenuText.item, message, ui.ButtonSet.OK);
}
