/**
 * Writes an output tab (src/core/sheets) into the spreadsheet: the tab is cleared (or created) and
 * the whole block goes in with one setNumberFormats and one setValues, the grid grown to hold it and
 * every text kept as text.
 */
import { blockFormats, HEADER_COLOUR, maxOf, NUMBER_FORMAT, type SheetBlock } from '../core';
import { SheetGrid } from './grid';

export function writeSheetBlock(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  block: SheetBlock,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = spreadsheet.getSheetByName(block.name) ?? spreadsheet.insertSheet(block.name);
  sheet.clear();
  const width = maxOf(
    block.rows.map((row) => row.length),
    0,
  );
  // Every row as wide as the widest, so one range holds the block.
  const values = block.rows.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? ''));
  const formats = blockFormats(block).map((row) =>
    Array.from({ length: width }, (_, column) => NUMBER_FORMAT[row[column] ?? 'general']),
  );
  const grid = new SheetGrid(sheet, spreadsheet.getSpreadsheetTimeZone());
  grid.range(1, 1, values.length, width).setNumberFormats(formats);
  grid.write(1, 1, values, formats);
  const headerRow = block.titleRows + 1;
  sheet.getRange(headerRow, 1, 1, width).setFontWeight('bold').setBackground(HEADER_COLOUR);
  sheet.setFrozenRows(headerRow);
  block.widths.forEach((pixels, index) => {
    if (pixels !== undefined && index < width) sheet.setColumnWidth(index + 1, pixels);
  });
  return sheet;
}
