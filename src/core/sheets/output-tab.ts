/**
 * One way to describe a tab the add-on and the command line write: a title line, a header row, one
 * row per item and an optional total row, each column with its header, the field of the row it shows,
 * its number format and width. Both hosts turn the resulting SheetBlock into cells
 * (src/gas/output-tab.ts with one setValues, src/cli/xlsx/report-workbook.ts with exceljs), so a tab
 * looks the same in both.
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

/** A row of an output tab: its cells by field; a field left out is an empty cell. */
export type TabRow<K extends string> = Readonly<Partial<Record<K, Cell>>>;

export interface OutputColumn<K extends string> {
  readonly header: string;
  /** The field of the row this column shows. */
  readonly key: K;
  readonly format: ColumnFormat;
  /** Width in pixels; the column keeps the host's default without one. */
  readonly width?: number;
  /** The total row's cell, from the column's body cells; columns without one stay empty there. */
  readonly total?: (cells: readonly Cell[]) => Cell;
}

export interface OutputTabSpec<K extends string> {
  readonly name: string;
  readonly columns: readonly OutputColumn<K>[];
}

/** One line of a spec's table: field, format, then optionally width and total. */
export type ColumnLine<K extends string> = readonly [
  key: K,
  format: ColumnFormat,
  width?: number,
  total?: OutputColumn<K>['total'],
];

/** A tab's columns as a table, each header taken from the messages under the column's field. */
export function columnsFrom<K extends string>(
  headers: Readonly<Record<K, string>>,
  lines: readonly ColumnLine<K>[],
): OutputColumn<K>[] {
  return lines.map(([key, format, width, total]) => ({ header: headers[key], key, format, width, total }));
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

export interface BlockOptions<K extends string> {
  /** A line above the header (the tab's title), in the first column. */
  readonly title?: string;
  /** With no rows at all: this one row instead, so an empty tab says why. */
  readonly whenEmpty?: TabRow<K>;
}

/** The sum of the numbers among `cells` (text and empty cells count as nothing). */
export function sumOf(cells: readonly Cell[]): number {
  let sum = 0;
  for (const cell of cells) if (typeof cell === 'number') sum += cell;
  return sum;
}

export function rowOf<K extends string>(spec: OutputTabSpec<K>, row: TabRow<K>): Cell[] {
  return spec.columns.map((column) => row[column.key] ?? '');
}

export function sheetBlock<K extends string>(
  spec: OutputTabSpec<K>,
  items: readonly TabRow<K>[],
  options: BlockOptions<K> = {},
): SheetBlock {
  const { columns } = spec;
  const rows: Cell[][] = [];
  if (options.title !== undefined) rows.push(columns.map((_, index) => (index ? '' : options.title!)));
  rows.push(columns.map((column) => column.header));
  const body = (items.length === 0 && options.whenEmpty ? [options.whenEmpty] : items).map((item) =>
    rowOf(spec, item),
  );
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
