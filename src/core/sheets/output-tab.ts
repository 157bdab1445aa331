/**
 * One way to describe a tab the add-on and the command line write: a title line, a header row, one
 * row per item and an optional total row, each column with its header, value, number format and
 * width. Both hosts turn the resulting SheetBlock into cells (src/gas/output-tab.ts with one
 * setValues, src/cli/xlsx/report-workbook.ts with exceljs), so a tab looks the same in both.
 */
import type { Cell } from '../cells';

/** How a column's cells are shown; the same names serve the input template's columns. */
export type CellFormat = 'text' | 'date' | 'count' | 'money';
/** An output column may also keep the spreadsheet's general format (a 0,5 ngày stays 0,5). */
export type ColumnFormat = CellFormat | 'general';

/** The number-format pattern of each format, as Google Sheets and Excel both read it. */
export const NUMBER_FORMAT: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  date: 'dd/mm/yyyy',
  count: '#,##0',
  money: '#,##0',
  general: 'General',
};

/** The header row's background in every tab the add-on and the command line write. */
export const HEADER_COLOUR = '#d9e2f3';

export interface OutputColumn<Row> {
  readonly header: string;
  /** The cell of `row`, the `index`-th row of the body (0-based). */
  readonly value: (row: Row, index: number) => Cell;
  readonly format: ColumnFormat;
  /** Width in pixels; the column keeps the host's default without one. */
  readonly width?: number;
  /** The total row's cell, from the column's body cells; columns without one stay empty there. */
  readonly total?: (cells: readonly Cell[]) => Cell;
}

export interface OutputTabSpec<Row> {
  readonly name: string;
  readonly columns: readonly OutputColumn<Row>[];
}

/** What a host writes: rows top to bottom and, per column, its format and width. */
export interface SheetBlock {
  readonly name: string;
  /** The title lines (`titleRows` of them), the header row, the body, then the total row if any. */
  readonly rows: Cell[][];
  readonly formats: readonly ColumnFormat[];
  readonly widths: readonly (number | undefined)[];
  readonly titleRows: number;
}

export interface BlockOptions {
  /** A line above the header (the tab's title), in the first column. */
  readonly title?: string;
  /** With no rows at all: this text in the column with this header, so an empty tab says why. */
  readonly whenEmpty?: { readonly header: string; readonly text: string };
}

/** The sum of the numbers among `cells` (text and empty cells count as nothing). */
export function sumOf(cells: readonly Cell[]): number {
  let sum = 0;
  for (const cell of cells) if (typeof cell === 'number') sum += cell;
  return sum;
}

/** How many of `cells` hold exactly `value`. */
export function countOf(value: Cell): (cells: readonly Cell[]) => number {
  return (cells) => cells.filter((cell) => cell === value).length;
}

/** The header row of a tab. */
export function headerRow<Row>(spec: OutputTabSpec<Row>): string[] {
  return spec.columns.map((column) => column.header);
}

/** One item's row. */
export function rowOf<Row>(spec: OutputTabSpec<Row>, row: Row, index: number): Cell[] {
  return spec.columns.map((column) => column.value(row, index));
}

export function sheetBlock<Row>(
  spec: OutputTabSpec<Row>,
  items: readonly Row[],
  options: BlockOptions = {},
): SheetBlock {
  const { columns } = spec;
  const blank = (): Cell[] => Array<Cell>(columns.length).fill('');
  const rows: Cell[][] = [];
  if (options.title !== undefined) {
    const title = blank();
    title[0] = options.title;
    rows.push(title);
  }
  rows.push(headerRow(spec));
  const body = items.map((item, index) => rowOf(spec, item, index));
  if (body.length === 0 && options.whenEmpty) {
    const { header, text } = options.whenEmpty;
    const column = columns.findIndex((candidate) => candidate.header === header);
    if (column < 0) throw new Error(`${spec.name}: no column ${header} for the empty note`);
    const note = blank();
    note[column] = text;
    body.push(note);
  }
  for (const row of body) rows.push(row);
  if (columns.some((column) => column.total)) {
    rows.push(columns.map((column, index) => column.total?.(body.map((row) => row[index]!)) ?? ''));
  }
  return {
    name: spec.name,
    rows,
    formats: columns.map((column) => column.format),
    widths: columns.map((column) => column.width),
    titleRows: options.title === undefined ? 0 : 1,
  };
}

/**
 * The format of each cell of a block, row by row: title and header cells are text (a header such
 * as `STT` is never read as a number), body and total cells take their column's.
 */
export function blockFormats(block: SheetBlock): ColumnFormat[][] {
  return block.rows.map((_, index) =>
    index <= block.titleRows ? block.formats.map(() => 'text') : [...block.formats],
  );
}
