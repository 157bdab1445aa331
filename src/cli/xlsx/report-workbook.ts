/** A copy of the user's workbook with the report tabs added; the user's own file is never rewritten. */
import { type Cell, OUTPUT_TAB, type ReportSheet } from '../../core';
import { entryTarget, replaceFile } from '../safe-write';
import { openXlsx } from './read';
import { legaliseTabNames } from './tab-names';
import { excelValue } from './write';

const FORMAT = { text: '@', date: 'dd/mm/yyyy', count: '#,##0', money: '#,##0' } as const;

export interface ExtraSheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly formats?: ReportSheet['formats'];
  readonly widths?: readonly number[];
  readonly titleRows?: number;
}

/**
 * Writes the copy; returns the tabs whose names .xlsx does not accept, renamed in the copy (see
 * tab-names.ts), so the command can say so.
 */
export async function writeWorkbookWithExtraSheets(
  input: string,
  output: string,
  sheets: readonly ExtraSheet[],
): Promise<{ from: string; to: string }[]> {
  // Same checks as reading for validation: missing, too large or not a workbook -> exit 2.
  const workbook = await openXlsx(input);
  for (const extra of sheets) {
    const existing = workbook.getWorksheet(extra.name);
    if (existing) workbook.removeWorksheet(existing.id);
  }
  const renames = legaliseTabNames(workbook);
  for (const extra of sheets) {
    const headerRow = (extra.titleRows ?? 0) + 1;
    const sheet = workbook.addWorksheet(extra.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
    extra.rows.forEach((row, r) => {
      const target = sheet.getRow(r + 1);
      row.forEach((value, c) => {
        const cell = target.getCell(c + 1);
        cell.value = excelValue(value);
        const format = r >= headerRow ? extra.formats?.[c] : null;
        if (format) cell.numFmt = FORMAT[format];
      });
    });
    sheet.getRow(headerRow).font = { bold: true };
    sheet.getRow(1).font = { bold: true };
    extra.widths?.forEach((pixels, index) => {
      sheet.getColumn(index + 1).width = Math.round(pixels / 7);
    });
  }
  // Inside --out: whatever is at `output` (a link to the user's workbook, say) is replaced, not followed.
  await replaceFile(entryTarget(output), (temporary) => workbook.xlsx.writeFile(temporary));
  return renames;
}

export const REPORT_TABS = OUTPUT_TAB;
