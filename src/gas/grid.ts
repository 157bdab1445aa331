/**
 * Every write into a sheet goes through here, because Google's runtime is stricter than it looks:
 * - a sheet is a fixed grid (a new tab is 1000 x 26); getRange beyond getMaxRows()/getMaxColumns()
 *   throws "The coordinates of the range are outside the dimensions of the sheet.", so the grid is
 *   grown (insertRowsAfter / insertColumnsAfter) before a block is written;
 * - a cell holds at most 50,000 characters;
 * - setValues types a string that looks like a number, date, boolean or formula unless the cell is
 *   formatted as plain text (`@`); a leading apostrophe keeps it text but is itself kept, literally,
 *   in a plain-text cell. So every string is written as text according to the format of its cell:
 *   as it is in an `@` cell, behind an apostrophe (which Sheets hides) anywhere else.
 */
import { isDateCell, midnightInZone } from '../core';

export const MAX_CELL_CHARACTERS = 50_000;
export const TEXT_FORMAT = '@';
/** Ends a text cut to fit a cell, so nobody takes it for the whole text. */
const CUT_MARK = ' …';

/** What to hand setValues for `value` in a cell of number format `format`. */
export function cellValue(value: unknown, zone: string, format: string): unknown {
  if (value === null || value === undefined) return '';
  if (isDateCell(value)) return midnightInZone(value.iso, zone);
  if (typeof value !== 'string') return value;
  if (value === '') return '';
  const fitted =
    value.length > MAX_CELL_CHARACTERS - 1
      ? `${value.slice(0, MAX_CELL_CHARACTERS - 1 - CUT_MARK.length)}${CUT_MARK}`
      : value;
  return format === TEXT_FORMAT ? fitted : `'${fitted}`;
}

/**
 * How the writer knows the formats of the cells it writes: given (it set them in this run),
 * 'general' (cells nobody formatted: a tab it created or cleared), or 'read' (one getNumberFormats
 * of the block, for rows added to a tab the user formats).
 */
export type KnownFormats = readonly (readonly string[])[] | 'general' | 'read';

/** One sheet's grid for the length of a run: its size is asked once and kept up to date. */
export class SheetGrid {
  private rows = 0;
  private columns = 0;
  private known = false;

  constructor(
    readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    private readonly zone: string,
  ) {}

  /** Makes rows 1..lastRow and columns 1..lastColumn exist, adding rows and columns at the end. */
  ensure(lastRow: number, lastColumn: number): void {
    if (!this.known) {
      this.rows = this.sheet.getMaxRows();
      this.columns = this.sheet.getMaxColumns();
      this.known = true;
    }
    if (lastRow > this.rows) {
      this.sheet.insertRowsAfter(this.rows, lastRow - this.rows);
      this.rows = lastRow;
    }
    if (lastColumn > this.columns) {
      this.sheet.insertColumnsAfter(this.columns, lastColumn - this.columns);
      this.columns = lastColumn;
    }
  }

  /** The range of a block, the grid grown to hold it first. */
  range(row: number, column: number, rows: number, columns: number): GoogleAppsScript.Spreadsheet.Range {
    this.ensure(row + rows - 1, column + columns - 1);
    return this.sheet.getRange(row, column, rows, columns);
  }

  /** Writes `values` (every row the same length) at (row, column) with one setValues. */
  write(row: number, column: number, values: readonly (readonly unknown[])[], formats: KnownFormats): void {
    if (values.length === 0) return;
    const width = values[0]!.length;
    const range = this.range(row, column, values.length, width);
    const grid = formats === 'read' ? range.getNumberFormats() : formats === 'general' ? null : formats;
    range.setValues(
      values.map((cells, r) =>
        cells.map((value, c) => cellValue(value, this.zone, grid?.[r]?.[c] ?? 'General')),
      ),
    );
  }

  /** Rich text (never typed by Sheets) at (row, column), the grid grown first. */
  writeRichText(row: number, column: number, values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): void {
    if (values.length === 0) return;
    this.range(row, column, values.length, values[0]!.length).setRichTextValues(values);
  }

  /** Whether a cell exists in the grid (a link or a selection may point past a sheet that shrank). */
  contains(row: number, column: number): boolean {
    this.ensure(0, 0);
    return row >= 1 && column >= 1 && row <= this.rows && column <= this.columns;
  }
}
