/**
 * In-memory SpreadsheetApp: spreadsheets, sheets, ranges, conditional formats, rich text; as strict
 * as Google documents (see docs/apps-script-fidelity.md): a fixed grid that grows only through
 * insertRowsAfter, insertColumnsAfter and appendRow, at most 50,000 characters per cell, and written strings
 * typed the way Sheets types them (numbers, dates, booleans, formulas) unless the cell is formatted
 * as plain text or the string starts with an apostrophe.
 */
import { type CallLog, loud } from './loud';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function a1Column(letters: string): number {
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

export const GRID_ERRORS = {
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
} as const;

/** A new tab's grid. */
export const NEW_SHEET = { rows: 1000, columns: 26 } as const;
export const MAX_CELL_CHARACTERS = 50_000;

/** The spreadsheet settings that decide how a typed string is read. */
export interface TypingContext {
  readonly locale: string;
  readonly timeZone: string;
}

/** A locale writes decimals with a comma (vi_VN, de_DE ...): formulas then separate arguments with ';'. */
export function commaDecimal(locale: string): boolean {
  return (1.5).toLocaleString(locale.replace('_', '-')).includes(',');
}

/** The instant of `hh:mm` on y-m-d in `zone`. */
function instantIn(zone: string, y: number, m: number, d: number, hh = 0, mm = 0): Date {
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'));
  return new Date(guess - (shown - guess));
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * What Sheets makes of a string written into a cell that is not plain-text formatted: a number
 * (locale separators, percent, exponent, a đồng sign in vi_VN), a date or date-time (ISO, or
 * day/month/year in vi_VN and month/day/year in en_US), a time, or a boolean. Google documents no
 * grammar: this is deliberately broad, so that code which relies on a string staying text fails here
 * rather than on a real workbook.
 */
export function autoType(text: string, context: TypingContext): unknown {
  const value = text.trim();
  if (value === '') return text;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  const comma = commaDecimal(context.locale);
  const group = comma ? '\\.' : ',';
  const decimal = comma ? ',' : '\\.';
  const number = new RegExp(
    `^([+-]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d+))?(?:[eE]([+-]?\\d+))?\\s*(%|₫|đ|VND|VNĐ)?$`,
  );
  const n = number.exec(value);
  if (n) {
    const digits = `${n[2]!.replace(/[.,]/g, '')}${n[3] ? `.${n[3]}` : ''}${n[4] ? `e${n[4]}` : ''}`;
    const parsed = Number(`${n[1]}${digits}`);
    return n[5] === '%' ? parsed / 100 : parsed;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(value);
  if (iso) {
    const [y, m, d, hh, mm] = iso.slice(1).map((part) => Number(part ?? 0)) as number[];
    if (validDay(y!, m!, d!)) return instantIn(context.timeZone, y!, m!, d!, hh, mm);
  }
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: (\d{1,2}):(\d{2}))?$/.exec(value);
  if (local) {
    const [a, b, y, hh, mm] = local.slice(1).map((part) => Number(part ?? 0)) as number[];
    const [d, m] = context.locale === 'en_US' ? [b!, a!] : [a!, b!];
    if (validDay(y!, m, d)) return instantIn(context.timeZone, y!, m, d, hh, mm);
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    return instantIn(context.timeZone, 1899, 12, 30, Number(time[1]), Number(time[2]));
  }
  return text;
}

function letters(column: number): string {
  let text = '';
  let n = column;
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

export class FakeRichTextValue {
  constructor(
    private readonly text: string,
    private readonly link: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.link;
  }
}

export class FakeRichTextValueBuilder
  implements Pick<GoogleAppsScript.Spreadsheet.RichTextValueBuilder, 'setText' | 'setLinkUrl' | 'build'>
{
  private text = '';
  private link: string | null = null;
  setText(text: string): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    this.text = text;
    return this as unknown as GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
  }
  setLinkUrl(...args: unknown[]): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    this.link = String(args[args.length - 1]);
    return this as unknown as GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
  }
  build(): GoogleAppsScript.Spreadsheet.RichTextValue {
    return new FakeRichTextValue(
      this.text,
      this.link,
    ) as unknown as GoogleAppsScript.Spreadsheet.RichTextValue;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    readonly formula: string,
    readonly background: string,
    readonly ranges: FakeRange[],
  ) {}
  getBooleanCondition() {
    return { getCriteriaValues: () => [this.formula] };
  }
  getRanges(): FakeRange[] {
    return this.ranges;
  }
  /** The A1 cells the rule covers, for assertions. */
  cells(): string[] {
    return this.ranges.map((range) => range.getA1Notation());
  }
}

export class FakeConditionalFormatRuleBuilder
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
      'whenFormulaSatisfied' | 'setBackground' | 'setRanges' | 'build'
    >
{
  private formula = '';
  private background = '';
  private ranges: FakeRange[] = [];
  constructor(private readonly locale = 'vi_VN') {}
  /**
   * Google does not say whether a rule's formula takes ',' or the locale's ';' between arguments, so
   * in a comma-decimal locale (vi_VN) the fake accepts only formulas that need no separator.
   */
  whenFormulaSatisfied(formula: string): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    const outsideStrings = formula.replace(/"[^"]*"/g, '""');
    if (commaDecimal(this.locale) && /[,;]/.test(outsideStrings)) {
      throw new Error(
        `fake ConditionalFormatRuleBuilder: "${formula}" separates arguments, which is locale-dependent in ${this.locale}`,
      );
    }
    this.formula = formula;
    return this as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
  setBackground(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.background = color ?? '';
    return this as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
  setRanges(ranges: Range[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.ranges = ranges as unknown as FakeRange[];
    return this as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    return new FakeConditionalFormatRule(
      this.formula,
      this.background,
      this.ranges,
    ) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }
}

/** Google's cell limit, checked for the whole block before anything is written. */
function assertCellLengths(values: readonly (readonly unknown[])[]): void {
  for (const row of values) {
    for (const value of row) {
      if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS)
        throw new Error(GRID_ERRORS.cellTooLong);
    }
  }
}

type RangeMethods =
  | 'getValues'
  | 'setValues'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'setNumberFormats'
  | 'getNumberFormats'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getBackgrounds'
  | 'setRichTextValues'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setDataValidation'
  | 'protect'
  | 'activate';

export class FakeRange implements Pick<Range, RangeMethods> {
  constructor(
    readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly rows: number,
    private readonly columns: number,
  ) {}

  private log(call: string): void {
    this.sheet.log.record(`Range(${this.sheet.title}!${this.getA1Notation()}).${call}`);
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.columns;
  }
  getA1Notation(): string {
    const start = `${letters(this.column)}${this.row}`;
    if (this.rows === 1 && this.columns === 1) return start;
    return `${start}:${letters(this.column + this.columns - 1)}${this.row + this.rows - 1}`;
  }
  getValues(): unknown[][] {
    this.log('getValues');
    this.sheet.assertExists();
    // Like Apps Script, every call hands out new Date objects: changing one changes no cell.
    return this.cells((row, column) => {
      const value = this.sheet.valueAt(row, column);
      return value instanceof Date ? new Date(value.getTime()) : value;
    });
  }
  setValues(values: unknown[][]): Range {
    this.log('setValues');
    this.sheet.assertWritable();
    // Checked before any cell changes: Apps Script writes all of the block or none of it.
    this.assertShape(values);
    assertCellLengths(values);
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        this.sheet.store(this.row + r, this.column + c, value);
      });
    });
    return this as unknown as Range;
  }
  setNumberFormats(formats: string[][]): Range {
    this.log('setNumberFormats');
    this.assertShape(formats);
    formats.forEach((row, r) => {
      row.forEach((format, c) => {
        this.sheet.formats.set(`${this.row + r}:${this.column + c}`, format);
      });
    });
    return this as unknown as Range;
  }
  /** The formats set on each cell ('General' where none was set), as Sheets reports them. */
  getNumberFormats(): string[][] {
    this.log('getNumberFormats');
    return this.cells((row, column) => this.sheet.formats.get(`${row}:${column}`) ?? 'General');
  }
  /** Per cell: the background set on that very cell ('#ffffff' when none). */
  getBackgrounds(): string[][] {
    this.log('getBackgrounds');
    return this.cells((row, column) => this.sheet.backgrounds.get(`${letters(column)}${row}`) ?? '#ffffff');
  }
  setBackgrounds(colors: string[][]): Range {
    this.log('setBackgrounds');
    this.assertShape(colors);
    colors.forEach((row, r) => {
      row.forEach((color, c) => {
        this.sheet.backgrounds.set(`${letters(this.column + c)}${this.row + r}`, color);
      });
    });
    return this as unknown as Range;
  }
  setFontWeights(weights: (string | null)[][]): Range {
    this.log('setFontWeights');
    this.assertShape(weights);
    weights.forEach((row, r) => {
      row.forEach((weight, c) => {
        this.sheet.fontWeights.set(`${letters(this.column + c)}${this.row + r}`, weight ?? 'normal');
      });
    });
    return this as unknown as Range;
  }
  private cells<T>(at: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => at(this.row + r, this.column + c)),
    );
  }
  /** Apps Script's check for every 2-D setter: the grid must match the range exactly. */
  private assertShape(grid: readonly (readonly unknown[])[]): void {
    if (grid.length !== this.rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.rows}.`,
      );
    }
    for (const row of grid) {
      if (row.length !== this.columns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.columns}.`,
        );
      }
    }
  }
  setFontWeight(weight: string | null): Range {
    this.log('setFontWeight');
    this.sheet.styledRows.set(this.row, weight ?? 'normal');
    return this as unknown as Range;
  }
  setBackground(color: string | null): Range {
    this.log('setBackground');
    this.sheet.backgrounds.set(this.getA1Notation(), color ?? '');
    return this as unknown as Range;
  }
  activate(): Range {
    this.log('activate');
    this.sheet.active = this.getA1Notation();
    return this as unknown as Range;
  }
  setNotes(notes: string[][]): Range {
    this.log('setNotes');
    this.assertShape(notes);
    notes.forEach((row, r) => {
      row.forEach((note, c) => {
        this.sheet.notes.set(`${letters(this.column + c)}${this.row + r}`, note);
      });
    });
    return this as unknown as Range;
  }
  setNumberFormat(format: string): Range {
    this.log('setNumberFormat');
    this.sheet.columnFormats.set(this.getA1Notation(), format);
    this.cells((row, column) => this.sheet.formats.set(`${row}:${column}`, format));
    return this as unknown as Range;
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    this.log('setDataValidation');
    this.sheet.validations.set(this.getA1Notation(), rule as unknown as FakeDataValidation);
    return this as unknown as Range;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.log('protect');
    const protection = new FakeProtection(this.getA1Notation());
    this.sheet.protections.push(protection);
    return loud(protection, 'Protection') as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  setRichTextValues(values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): Range {
    this.log('setRichTextValues');
    this.sheet.assertWritable();
    this.assertShape(values);
    assertCellLengths(
      values.map((row) => row.map((value) => (value as unknown as FakeRichTextValue).getText())),
    );
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        const rich = value as unknown as FakeRichTextValue;
        this.sheet.setValueAt(this.row + r, this.column + c, rich.getText());
        this.sheet.links.set(`${letters(this.column + c)}${this.row + r}`, rich.getLinkUrl());
      });
    });
    return this as unknown as Range;
  }
}

type SheetMethods =
  | 'getName'
  | 'getSheetId'
  | 'getDataRange'
  | 'getRange'
  | 'getRangeList'
  | 'getLastRow'
  | 'getLastColumn'
  | 'clear'
  | 'clearContents'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules'
  | 'getProtections'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertRowAfter'
  | 'insertColumnsAfter'
  | 'insertColumnAfter'
  | 'appendRow'
  | 'activate';

let nextSheetId = 1000;

export class FakeSheet implements Pick<Sheet, SheetMethods> {
  private grid: unknown[][];
  readonly id = nextSheetId++;
  readonly formats = new Map<string, string>();
  readonly styledRows = new Map<number, string>();
  readonly backgrounds = new Map<string, string>();
  /** Per-cell font weights from setFontWeights, keyed by A1. */
  readonly fontWeights = new Map<string, string>();
  readonly links = new Map<string, string | null>();
  readonly widths = new Map<number, number>();
  readonly notes = new Map<string, string>();
  readonly columnFormats = new Map<string, string>();
  readonly validations = new Map<string, FakeDataValidation>();
  readonly protections: FakeProtection[] = [];
  frozenRows = 0;
  /** The A1 of the last activated range, or '' when the sheet itself was activated last. */
  active: string | null = null;
  rules: FakeConditionalFormatRule[] = [];
  deleted = false;
  /** Makes every write throw like a protected range does. */
  protectedFromWrites = false;

  /** The grid's size: what getRange may address. */
  maxRows: number;
  maxColumns: number;

  constructor(
    private name: string,
    rows: unknown[][],
    readonly log: CallLog,
    private readonly typing: TypingContext = { locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' },
    size?: { rows: number; columns: number },
  ) {
    this.grid = rows.map((row) => [...row]);
    const width = Math.max(0, ...rows.map((row) => row.length));
    // A loaded tab is at least as big as its data; new tabs are 1000 x 26.
    this.maxRows = size?.rows ?? Math.max(NEW_SHEET.rows, rows.length);
    this.maxColumns = size?.columns ?? Math.max(NEW_SHEET.columns, width);
    if (this.maxRows < rows.length || this.maxColumns < width)
      throw new Error(`fake: the data of ${name} does not fit the grid it was given`);
  }

  getMaxRows(): number {
    this.log.record(`Sheet(${this.name}).getMaxRows`);
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.log.record(`Sheet(${this.name}).getMaxColumns`);
    return this.maxColumns;
  }
  /** Rows inserted inside the data would move cells, formats and notes: not modelled, so refused loudly. */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.log.record(`Sheet(${this.name}).insertRowsAfter`);
    this.assertWritable();
    if (afterPosition < 1 || afterPosition > this.maxRows || howMany < 1)
      throw new Error(GRID_ERRORS.rowsOutOfBounds);
    if (afterPosition < this.getLastRow())
      throw new Error('fake Sheet: inserting rows inside the data is not modelled');
    this.maxRows += howMany;
    return this as unknown as Sheet;
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.log.record(`Sheet(${this.name}).insertColumnsAfter`);
    this.assertWritable();
    if (afterPosition < 1 || afterPosition > this.maxColumns || howMany < 1)
      throw new Error(GRID_ERRORS.columnsOutOfBounds);
    if (afterPosition < this.getLastColumn())
      throw new Error('fake Sheet: inserting columns inside the data is not modelled');
    this.maxColumns += howMany;
    return this as unknown as Sheet;
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  /** Appends below the last row with content, growing the grid by one row when it is full. */
  appendRow(rowContents: unknown[]): Sheet {
    this.log.record(`Sheet(${this.name}).appendRow`);
    this.assertWritable();
    assertCellLengths([rowContents]);
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    rowContents.forEach((value, index) => {
      this.store(row, index + 1, value);
    });
    return this as unknown as Sheet;
  }
  /** Google's bounds check for every range a sheet hands out. */
  assertInGrid(row: number, column: number, rows: number, columns: number): void {
    if (
      !Number.isInteger(row) ||
      !Number.isInteger(column) ||
      row < 1 ||
      column < 1 ||
      rows < 1 ||
      columns < 1 ||
      row + rows - 1 > this.maxRows ||
      column + columns - 1 > this.maxColumns
    ) {
      throw new Error(GRID_ERRORS.outside);
    }
  }

  assertExists(): void {
    if (this.deleted) throw new Error(`Sheet ${this.name} not found`);
  }
  assertWritable(): void {
    this.assertExists();
    if (this.protectedFromWrites) {
      throw new Error(
        `You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.`,
      );
    }
  }
  /** Cells Sheets would hold as formulas: a string written with a leading "=". */
  readonly formulas = new Set<string>();

  /**
   * What Sheets does with a value written by setValues: in a plain-text (`@`) cell a string is kept
   * exactly, apostrophe included; elsewhere a leading apostrophe means text and is not kept, a
   * leading `=` makes a formula, and any other string is typed (autoType).
   */
  store(row: number, column: number, value: unknown): void {
    const address = `${letters(column)}${row}`;
    this.formulas.delete(address);
    if (typeof value !== 'string') {
      this.setValueAt(row, column, value instanceof Date ? new Date(value.getTime()) : value);
      return;
    }
    if (this.formats.get(`${row}:${column}`) === '@') {
      this.setValueAt(row, column, value);
      return;
    }
    if (value.startsWith("'")) {
      this.setValueAt(row, column, value.slice(1));
      return;
    }
    if (value.startsWith('=')) {
      this.formulas.add(address);
      this.setValueAt(row, column, value);
      return;
    }
    this.setValueAt(row, column, autoType(value, this.typing));
  }

  valueAt(row: number, column: number): unknown {
    return this.grid[row - 1]?.[column - 1] ?? '';
  }
  setValueAt(row: number, column: number, value: unknown): void {
    while (this.grid.length < row) this.grid.push([]);
    const cells = this.grid[row - 1]!;
    while (cells.length < column) cells.push('');
    cells[column - 1] = value;
  }
  /** The grid as getValues() of the data range would show it. */
  snapshot(): unknown[][] {
    const width = this.getLastColumn();
    return this.grid
      .slice(0, this.getLastRow())
      .map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  }
  rename(name: string): void {
    this.name = name;
  }

  /** The tab's name for the fake's own bookkeeping and for assertions: not a call the code makes. */
  get title(): string {
    return this.name;
  }
  getName(): string {
    this.log.lookup(`Sheet(${this.name}).getName`);
    return this.name;
  }
  getSheetId(): number {
    this.log.lookup(`Sheet(${this.name}).getSheetId`);
    return this.id;
  }
  getLastRow(): number {
    let last = 0;
    this.grid.forEach((row, index) => {
      if (row.some((value) => value !== '' && value !== null && value !== undefined)) last = index + 1;
    });
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const row of this.grid) {
      row.forEach((value, index) => {
        if (value !== '' && value !== null && value !== undefined) last = Math.max(last, index + 1);
      });
    }
    return last;
  }
  getDataRange(): Range {
    this.log.record(`Sheet(${this.name}).getDataRange`);
    return loud(
      new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn())),
      'Range',
    ) as unknown as Range;
  }
  getRange(...args: unknown[]): Range {
    this.log.record(`Sheet(${this.name}).getRange`);
    if (typeof args[0] === 'string') {
      const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(args[0]);
      if (!match) throw new Error(`Range not found: ${args[0]}`);
      const row = Number(match[2]);
      const column = a1Column(match[1]!);
      const lastRow = match[4] ? Number(match[4]) : row;
      const lastColumn = match[3] ? a1Column(match[3]) : column;
      this.assertInGrid(row, column, lastRow - row + 1, lastColumn - column + 1);
      return loud(
        new FakeRange(this, row, column, lastRow - row + 1, lastColumn - column + 1),
        'Range',
      ) as unknown as Range;
    }
    const [row, column, rows = 1, columns = 1] = args as number[];
    this.assertInGrid(row!, column!, rows, columns);
    return loud(new FakeRange(this, row!, column!, rows, columns), 'Range') as unknown as Range;
  }
  getRangeList(notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.log.record(`Sheet(${this.name}).getRangeList`);
    const ranges = notations.map((notation) => {
      const match = /^([A-Z]+)(\d+)$/.exec(notation)!;
      this.assertInGrid(Number(match[2]), a1Column(match[1]!), 1, 1);
      return new FakeRange(this, Number(match[2]), a1Column(match[1]!), 1, 1);
    });
    return { getRanges: () => ranges } as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  clear(): Sheet {
    this.log.record(`Sheet(${this.name}).clear`);
    this.assertWritable();
    this.grid = [];
    this.formats.clear();
    this.styledRows.clear();
    this.backgrounds.clear();
    this.fontWeights.clear();
    this.links.clear();
    this.formulas.clear();
    return this as unknown as Sheet;
  }
  /** Values only: formats, notes, rules and validations stay, as in Sheets. */
  clearContents(): Sheet {
    this.log.record(`Sheet(${this.name}).clearContents`);
    this.assertWritable();
    this.grid = [];
    this.formulas.clear();
    this.links.clear();
    return this as unknown as Sheet;
  }
  getFrozenRows(): number {
    this.log.record(`Sheet(${this.name}).getFrozenRows`);
    return this.frozenRows;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.log.record(`Sheet(${this.name}).setColumnWidths`);
    if (startColumn < 1 || startColumn + numColumns - 1 > this.maxColumns)
      throw new Error(GRID_ERRORS.columnsOutOfBounds);
    for (let column = startColumn; column < startColumn + numColumns; column++)
      this.widths.set(column, width);
    return this as unknown as Sheet;
  }
  setFrozenRows(rows: number): void {
    this.log.record(`Sheet(${this.name}).setFrozenRows`);
    this.frozenRows = rows;
  }
  setColumnWidth(column: number, width: number): Sheet {
    this.log.record(`Sheet(${this.name}).setColumnWidth`);
    if (column < 1 || column > this.maxColumns) throw new Error(GRID_ERRORS.columnsOutOfBounds);
    this.widths.set(column, width);
    return this as unknown as Sheet;
  }
  activate(): Sheet {
    this.log.record(`Sheet(${this.name}).activate`);
    this.active = '';
    return this as unknown as Sheet;
  }
  getProtections(
    _type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    this.log.record(`Sheet(${this.name}).getProtections`);
    return [...this.protections] as unknown as GoogleAppsScript.Spreadsheet.Protection[];
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.log.record(`Sheet(${this.name}).getConditionalFormatRules`);
    return [...this.rules] as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.log.record(`Sheet(${this.name}).setConditionalFormatRules`);
    this.assertExists();
    this.rules = rules as unknown as FakeConditionalFormatRule[];
  }
}

type SpreadsheetMethods =
  | 'getSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'getId'
  | 'toast';

export class FakeSpreadsheet implements Pick<Spreadsheet, SpreadsheetMethods> {
  readonly sheets: FakeSheet[] = [];
  readonly toasts: string[] = [];

  constructor(
    readonly log: CallLog,
    readonly timeZone = 'Asia/Ho_Chi_Minh',
    readonly locale = 'vi_VN',
  ) {}

  /** A tab as a test finds it; its grid is at least its data (or `size` when given). */
  addSheet(name: string, rows: unknown[][], size?: { rows: number; columns: number }): FakeSheet {
    const sheet = new FakeSheet(name, rows, this.log, this, size);
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((sheet) => sheet.title === name && !sheet.deleted);
    if (!found) throw new Error(`no sheet ${name} in the fake`);
    return found;
  }
  deleteSheetNamed(name: string): void {
    const index = this.sheets.findIndex((sheet) => sheet.title === name);
    if (index >= 0) {
      this.sheets[index]!.deleted = true;
      this.sheets.splice(index, 1);
    }
  }

  getId(): string {
    return 'fake-spreadsheet-id';
  }
  toast(message: string): void {
    this.log.record('Spreadsheet.toast');
    this.toasts.push(message);
  }
  getSheets(): Sheet[] {
    this.log.record('Spreadsheet.getSheets');
    return this.sheets.map((sheet) => loud(sheet, 'Sheet')) as unknown as Sheet[];
  }
  getSheetByName(name: string): Sheet | null {
    this.log.record(`Spreadsheet.getSheetByName(${name})`);
    const found = this.sheets.find((sheet) => sheet.title === name);
    return found ? (loud(found, 'Sheet') as unknown as Sheet) : null;
  }
  insertSheet(...args: unknown[]): Sheet {
    this.log.record(`Spreadsheet.insertSheet(${String(args[0])})`);
    if (this.sheets.some((sheet) => sheet.title === String(args[0]) && !sheet.deleted)) {
      throw new Error(
        `A sheet with the name "${String(args[0])}" already exists. Please enter another name.`,
      );
    }
    return loud(this.addSheet(String(args[0]), [], NEW_SHEET), 'Sheet') as unknown as Sheet;
  }
  deleteSheet(sheet: Sheet): void {
    const name = (sheet as unknown as FakeSheet).title;
    this.log.record(`Spreadsheet.deleteSheet(${name})`);
    if (this.sheets.filter((s) => !s.deleted).length <= 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.deleteSheetNamed(name);
  }
  getSpreadsheetTimeZone(): string {
    this.log.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getSpreadsheetLocale(): string {
    this.log.record('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }
}

export class FakeProtection
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.Protection,
      'setDescription' | 'getDescription' | 'setWarningOnly' | 'isWarningOnly'
    >
{
  private description = '';
  private warningOnly = false;
  constructor(readonly range: string) {}
  setDescription(description: string): GoogleAppsScript.Spreadsheet.Protection {
    this.description = description;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this.warningOnly = warningOnly;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
}

export interface FakeDataValidation {
  readonly list?: string[];
  readonly range?: string;
  readonly allowInvalid: boolean;
}

export class FakeDataValidationBuilder
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      'requireValueInList' | 'requireValueInRange' | 'setAllowInvalid' | 'build'
    >
{
  private rule: { list?: string[]; range?: string; allowInvalid: boolean } = { allowInvalid: false };
  requireValueInList(values: string[]): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule.list = [...values];
    return this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  requireValueInRange(range: Range): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    const fake = range as unknown as FakeRange;
    this.rule.range = `${fake.sheet.title}!${fake.getA1Notation()}`;
    return this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  setAllowInvalid(allowInvalid: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule.allowInvalid = allowInvalid;
    return this as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    return { ...this.rule } as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
}
