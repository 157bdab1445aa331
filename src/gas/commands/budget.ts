/**
 * Lập dự toán gợi ý: append one suggested line per applicable category for every congress without
 * budget lines (one write below the last row, existing rows untouched), then rebuild the printable
 * estimates in `Dự toán chi tiết`.
 */
import {
  COLUMNS,
  estimateSheetRows,
  estimatesOf,
  matchKey,
  OUTPUT_TAB,
  readWorkbook,
  suggestEstimate,
  suggestionRows,
  TAB,
} from '../../core';
import { budgetMenuText } from '../../core/messages/menu';
import { NoticeError, withDocumentLock } from '../run-safely';
import { services } from '../services';
import { asCellText, readSheetWorkbook, writeOutputTab } from '../sheets-io';

export function suggestBudget(): void {
  const message = withDocumentLock(() => {
    const spreadsheet = services.spreadsheet();
    const read = readSheetWorkbook(spreadsheet);
    const sheet = read.sheets[TAB.budget];
    if (!sheet) throw new NoticeError(budgetMenuText.missingTab);
    const { workbook } = readWorkbook(read.raw);
    const lines = suggestEstimate(workbook);
    if (lines.length > 0) {
      const raw = read.raw.sheets.find((candidate) => candidate.name === sheet.getName())!;
      const header = (raw.rows[0] ?? []).map((cell) => matchKey(String(cell ?? '')));
      const width = Math.max(header.length, COLUMNS[TAB.budget].length);
      const rows = suggestionRows(lines).map((row) => {
        const cells: unknown[] = Array(width).fill('');
        for (const [key, value] of Object.entries(row)) {
          const column = header.indexOf(matchKey(key));
          if (column >= 0) cells[column] = asCellText(value ?? '');
        }
        return cells;
      });
      sheet.getRange(raw.rows.length + 1, 1, rows.length, width).setValues(rows);
    }
    const after = readWorkbook(readSheetWorkbook(spreadsheet).raw).workbook;
    writeOutputTab(spreadsheet, OUTPUT_TAB.estimate, {
      rows: estimateSheetRows(estimatesOf(after)),
      formats: ['text', 'count', 'text', 'text', null, null, 'money', 'money', 'text'],
      widths: [220, 40, 280, 90, 80, 70, 110, 130, 300],
    });
    const congresses = new Set(lines.map((line) => line.unitCode)).size;
    return lines.length > 0 ? budgetMenuText.added(lines.length, congresses) : budgetMenuText.nothing;
  });
  const ui = services.ui();
  ui.alert(budgetMenuText.item, message, ui.ButtonSet.OK);
}
