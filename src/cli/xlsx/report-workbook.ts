/** A copy of the user's workbook with the output tabs added; the user's own file is never rewritten. */
import type ExcelJS from 'exceljs';
import { blockFormats, NUMBER_FORMAT, type SheetBlock } from '../../core';
import { entryTarget, replaceFile } from '../safe-write';
import { openXlsx } from './read';
import { legaliseTabNames } from './tab-names';
import { excelValue, HEADER_FILL } from './write';

/**
 * One output tab as Sheets writes it (src/gas/output-tab.ts): every cell with its format, the header
 * row bold on the header colour and frozen under the title, the columns at their widths.
 */
function addBlock(workbook: ExcelJS.Workbook, block: SheetBlock): void {
  const headerRow = block.titleRows + 1;
  const sheet = workbook.addWorksheet(block.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  const formats = blockFormats(block);
  block.rows.forEach((row, r) => {
    const target = sheet.getRow(r + 1);
    row.forEach((value, c) => {
      const cell = target.getCell(c + 1);
      cell.value = excelValue(value);
      const format = formats[r]?.[c] ?? 'general';
      if (format !== 'general') cell.numFmt = NUMBER_FORMAT[format];
      if (r + 1 === headerRow) cell.fill = HEADER_FILL;
    });
  });
  sheet.getRow(headerRow).font = { bold: true };
  sheet.getRow(1).font = { bold: true };
  block.widths.forEach((pixels, index) => {
    if (pixels !== undefined) sheet.getColumn(index + 1).width = Math.round(pixels / 7);
  });
}

/**
 * Writes the copy; returns the tabs whose names .xlsx does not accept, renamed in the copy (see
 * tab-names.ts), so the command can say so.
 */
export async function writeWorkbookWithExtraSheets(
  input: string,
  output: string,
  blocks: readonly SheetBlock[],
): Promise<{ from: string; to: string }[]> {
  // Same checks as reading for validation: missing, too large or not a workbook -> exit 2.
  const workbook = await openXlsx(input);
  for (const block of blocks) {
    const existing = workbook.getWorksheet(block.name);
    if (existing) workbook.removeWorksheet(existing.id);
  }
  const renames = legaliseTabNames(workbook);
  for (const block of blocks) addBlock(workbook, block);
  // Inside --out: whatever is at `output` (a link to the user's workbook, say) is replaced, not followed.
  await replaceFile(entryTarget(output), (temporary) => workbook.xlsx.writeFile(temporary));
  return renames;
}
