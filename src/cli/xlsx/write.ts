/** Writes workbooks with exceljs: the template (headers, notes, dropdowns, formats, highlights) plus rows. */
import ExcelJS from 'exceljs';
import {
  ALL_INPUT_TABS,
  type AnyInputTab,
  a1,
  type Cell,
  COLUMNS,
  cellText,
  columnLetters,
  DEFAULT_REMIND_DAYS,
  extraHeaders,
  HEADER_COLOUR,
  type Highlight,
  highlightConditions,
  type InputTab,
  isDateCell,
  locateTabs,
  matchKey,
  NORMS_CATALOGUE,
  NUMBER_FORMAT,
  type PlanRows,
  SETTING,
  SETTING_DROPDOWNS,
  settingsRows,
  TAB,
  TEMPLATE_ROWS,
  type TemplateTab,
  tabMatches,
  WORKBOOK_TEMPLATE,
  ymd,
} from '../../core';
import { cliText, fileText } from '../../core/messages';
import { UnusableInputError } from '../errors';
import {
  BACKUP_SUFFIX,
  keepBackup,
  replaceFile,
  type WriteTarget,
  writeTarget,
  writtenThrough,
} from '../safe-write';
import { openXlsx, plainCell } from './read';
import { type UnkeptKind, unkeptContent } from './unkept';

/** The header colour of every tab the command line writes (the same as in Sheets), as exceljs fills a cell. */
export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: `FF${HEADER_COLOUR.slice(1).toUpperCase()}` },
};

/** A core cell as exceljs stores it: dates as UTC midnight (exceljs reads them back as UTC wall-clock). */
export function excelValue(value: Cell | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (isDateCell(value)) {
    const { year, month, day } = ymd(value.iso);
    return new Date(Date.UTC(year, month - 1, day));
  }
  // Strings stay strings: exceljs writes them as text, so "=..." never becomes a formula.
  return value;
}

/** exceljs supports range validations at run time (one entry for a whole range) but does not type them. */
function rangeValidations(sheet: ExcelJS.Worksheet): {
  add(address: string, validation: ExcelJS.DataValidation): void;
} {
  return (
    sheet as unknown as {
      dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
    }
  ).dataValidations;
}

function listFormula(values: readonly string[]): string {
  return `"${values.map((value) => value.replace(/"/g, '""')).join(',')}"`;
}

function codeRangeFormula(tab: InputTab, header: string): string {
  const column =
    (COLUMNS[tab] as readonly { header: string }[]).findIndex((spec) => spec.header === header) + 1;
  const letter = columnLetters(column);
  return `'${tab}'!$${letter}$2:$${letter}$${TEMPLATE_ROWS}`;
}

function highlightFormula(highlight: Highlight, tab: TemplateTab, remindDays: number): string {
  const letterOf = (header: string) =>
    columnLetters(tab.columns.findIndex((column) => column.header === header) + 1);
  const conditions = highlightConditions(highlight, letterOf, remindDays);
  return conditions.length === 1 ? conditions[0]! : `AND(${conditions.join(',')})`;
}

function addTemplateTab(
  workbook: ExcelJS.Workbook,
  tab: TemplateTab,
  rows: readonly Readonly<Record<string, Cell>>[],
  remindDays: number,
) {
  const sheet = workbook.addWorksheet(tab.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Columns of the office's own (an example's `Ghi chú`) follow the contract's, unformatted.
  const extra = extraHeaders(tab.name, rows);
  sheet.columns = [
    ...tab.columns.map((column) => ({ header: column.header, width: column.width })),
    ...extra.map((header) => ({ header, width: 48 })),
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  tab.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.note = column.note;
    cell.fill = HEADER_FILL;
  });
  tab.columns.forEach((column, index) => {
    const letter = columnLetters(index + 1);
    if (column.format) sheet.getColumn(index + 1).numFmt = NUMBER_FORMAT[column.format];
    if (!column.dropdown) return;
    const formula =
      column.dropdown.kind === 'list'
        ? listFormula(column.dropdown.values)
        : codeRangeFormula(column.dropdown.tab, column.dropdown.header);
    // One validation over a bounded range; warning style keeps a pasted value, and validation reports it.
    rangeValidations(sheet).add(`${letter}2:${letter}${TEMPLATE_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: cliText.outOfListTitle,
      error: cliText.outOfList(column.header),
    });
  });
  header.numFmt = 'General';
  // Rows after the column formats, so each new cell takes its column's format.
  rows.forEach((row, index) => {
    const sheetRow = sheet.getRow(index + 2);
    tab.columns.forEach((column, columnIndex) => {
      const cell = sheetRow.getCell(columnIndex + 1);
      cell.value = excelValue(row[column.header]);
      if (column.format) cell.numFmt = NUMBER_FORMAT[column.format];
    });
    extra.forEach((header, extraIndex) => {
      sheetRow.getCell(tab.columns.length + extraIndex + 1).value = excelValue(row[header]);
    });
  });
  const lastColumn = columnLetters(tab.columns.length);
  // Distinct priorities in the template's order (done before overdue before due soon).
  tab.highlights.forEach((highlight, index) => {
    sheet.addConditionalFormatting({
      ref: `A2:${lastColumn}${TEMPLATE_ROWS}`,
      rules: [
        {
          type: 'expression',
          priority: index + 1,
          formulae: [highlightFormula(highlight, tab, remindDays)],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${highlight.fill.slice(1)}` } },
          },
        },
      ],
    });
  });
}

function settingsOf(plan: PlanRows): readonly Readonly<Record<string, Cell>>[] {
  const given = plan[TAB.settings];
  return given && given.length > 0 ? given : settingsRows();
}

function remindDaysOf(rows: readonly Readonly<Record<string, Cell>>[]): number {
  const row = rows.find(
    (candidate) => matchKey(cellText(candidate['Khóa'] ?? null)) === matchKey(SETTING.remindDays),
  );
  const value = row?.['Giá trị'];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : DEFAULT_REMIND_DAYS;
}

/** A whole workbook: every input tab of the template, filled with the plan's rows. */
export function planWorkbook(plan: PlanRows): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'daihoi';
  const settings = settingsOf(plan);
  // A plan that gives its norms, even none (the Youth Union example has no spending norm), keeps them.
  const norms = plan[TAB.norms] ?? NORMS_CATALOGUE;
  const remindDays = remindDaysOf(settings);
  for (const tab of WORKBOOK_TEMPLATE) {
    const rows =
      tab.name === TAB.settings ? settings : tab.name === TAB.norms ? norms : (plan[tab.name] ?? []);
    addTemplateTab(workbook, tab, rows, remindDays);
  }
  const settingsSheet = workbook.getWorksheet(TAB.settings)!;
  settings.forEach((row, index) => {
    const choices = SETTING_DROPDOWNS[cellText(row['Khóa'] ?? null)];
    if (!choices) return;
    settingsSheet.getCell(a1(index + 2, 2)).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(choices)],
      showErrorMessage: true,
      errorStyle: 'warning',
    };
  });
  return workbook;
}

/**
 * Writes a workbook over `file` safely (see safe-write.ts): through a temporary file and a rename,
 * keeping the file's mode, into a symlink's target, never over a read-only file.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<WriteTarget> {
  const target = writeTarget(file);
  await replaceFile(target, (temporary) => workbook.xlsx.writeFile(temporary));
  return target;
}

export { BACKUP_SUFFIX };

export interface AppendResult {
  /** Rows added per tab (only tabs that got rows; `Cấu hình`: the values set). */
  readonly added: Partial<Record<AnyInputTab, number>>;
  /** The copy of the original made before writing, or null when nothing was written or asked. */
  readonly backup: string | null;
  /** Where the rows went (`path` differs from `given` when the user named a symlink). */
  readonly target: WriteTarget;
  /** Droppable values left out for want of a column, by tab and header. */
  readonly dropped: readonly { readonly tab: AnyInputTab; readonly header: string }[];
  /** What the original held that the rewritten file lost (the backup still has it). */
  readonly unkept: readonly UnkeptKind[];
}

/** The lines to print after an append: the real file behind a symlink, and what the rewrite lost. */
export function appendNotes(result: AppendResult): string {
  const unkept =
    result.unkept.length > 0
      ? `${fileText.unkept(
          result.unkept.map((kind) => fileText.unkeptKind[kind]),
          result.backup,
        )}\n`
      : '';
  return `${writtenThrough(result.target)}${unkept}`;
}

function isEmptyValue(value: Cell | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function headerKeysOf(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as ExcelJS.CellValue[]).map((value) =>
    value === null || value === undefined ? '' : matchKey(cellText(plainCell(value))),
  );
}

/**
 * Sets `Giá trị` in the row of each key (matched the forgiving way); a key with no row gets one at
 * the end. The columns were checked by the caller.
 */
function fillSettings(
  sheet: ExcelJS.Worksheet,
  keyColumn: number,
  valueColumn: number,
  settings: readonly { readonly key: string; readonly value: string }[],
): number {
  const rowOf = new Map<string, number>();
  let last = 1;
  sheet.eachRow((row, number) => {
    last = Math.max(last, number);
    const key = matchKey(cellText(plainCell(row.getCell(keyColumn).value)));
    if (key && !rowOf.has(key)) rowOf.set(key, number);
  });
  for (const { key, value } of settings) {
    let number = rowOf.get(matchKey(key));
    if (number === undefined) {
      number = ++last;
      sheet.getRow(number).getCell(keyColumn).value = key;
    }
    sheet.getRow(number).getCell(valueColumn).value = value;
  }
  return settings.length;
}

type RowsByTab = Partial<Record<AnyInputTab, readonly Readonly<Record<string, Cell>>[]>>;
type Row = Readonly<Record<string, Cell>>;
type SettingValue = { readonly key: string; readonly value: string };

/** The workbook's tab for an input tab, or UnusableInputError: missing, or two tabs match its name. */
function tabFinder(
  workbook: ExcelJS.Workbook,
  file: string,
): (tab: AnyInputTab, count: number) => ExcelJS.Worksheet {
  const names = { sheets: workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: [] })) };
  const located = locateTabs(names);
  const matches = tabMatches(names);
  return (tab, count) => {
    const sheet = located[tab] ? workbook.getWorksheet(located[tab]!.name) : undefined;
    const candidates = matches[tab] ?? [];
    if (!sheet && candidates.length > 1) {
      throw new UnusableInputError(
        fileText.ambiguousTab(
          file,
          tab,
          candidates.map((candidate) => candidate.name),
        ),
      );
    }
    if (!sheet) throw new UnusableInputError(fileText.missingTab(file, tab, count));
    return sheet;
  };
}

/** Where `Cấu hình` values go: its tab and its `Khóa` and `Giá trị` columns (refused when missing). */
function settingsColumns(sheet: ExcelJS.Worksheet, file: string): [number, number] {
  const keys = headerKeysOf(sheet);
  return ['Khóa', 'Giá trị'].map((header) => {
    const column = keys.indexOf(matchKey(header));
    if (column <= 0) throw new UnusableInputError(fileText.missingColumn(file, sheet.name, header));
    return column;
  }) as [number, number];
}

interface RowsPlan {
  readonly tab: AnyInputTab;
  readonly sheet: ExcelJS.Worksheet;
  readonly rows: readonly Row[];
  /** For each row, the column of each of its values (0 or less: no column, the value is dropped). */
  readonly columns: number[][];
}

/**
 * The column of every value to append; a value with no column refuses, unless its header is droppable
 * (then it is listed in `dropped`).
 */
function planRows(
  rowsByTab: RowsByTab,
  sheetOf: (tab: AnyInputTab, count: number) => ExcelJS.Worksheet,
  droppable: ReadonlySet<string>,
  file: string,
): { plans: RowsPlan[]; dropped: { tab: AnyInputTab; header: string }[] } {
  const dropped: { tab: AnyInputTab; header: string }[] = [];
  const plans: RowsPlan[] = [];
  for (const tab of ALL_INPUT_TABS) {
    const rows = rowsByTab[tab];
    if (!rows || rows.length === 0) continue;
    const sheet = sheetOf(tab, rows.length);
    const keys = headerKeysOf(sheet);
    const columns = rows.map((row) =>
      Object.entries(row).map(([header, value]) => {
        const column = keys.indexOf(matchKey(header));
        if (column <= 0 && !isEmptyValue(value)) {
          if (!droppable.has(matchKey(header))) {
            throw new UnusableInputError(fileText.missingColumn(file, sheet.name, header));
          }
          if (!dropped.some((item) => item.tab === tab && item.header === header))
            dropped.push({ tab, header });
        }
        return column;
      }),
    );
    plans.push({ tab, sheet, rows, columns });
  }
  return { plans, dropped };
}

/** Writes a tab's rows below its last row that holds anything. */
function writeRows({ sheet, rows, columns }: RowsPlan): void {
  let last = sheet.actualRowCount === 0 ? 1 : sheet.rowCount;
  while (last > 1 && sheet.getRow(last).values.length === 0) last--;
  rows.forEach((row, index) => {
    last++;
    const target = sheet.getRow(last);
    Object.values(row).forEach((value, position) => {
      const column = columns[index]![position]!;
      if (column <= 0) return;
      const cell = target.getCell(column);
      cell.value = excelValue(value);
      // A workbook not made by init may have no date format: never leave a date as a bare serial.
      if (isDateCell(value) && !/[dy]/i.test(cell.numFmt ?? '')) cell.numFmt = NUMBER_FORMAT.date;
    });
  });
}

/**
 * Appends rows at the end of named input tabs of an existing workbook, and sets `Cấu hình` values.
 * All or nothing: when a tab is missing (renamed) or a value has no column to go under, nothing is
 * written and the error says which. Before writing, the original is copied to the first free backup
 * name (`FILE.xlsx.bak`, then `.bak.2` ...; never over an earlier one) unless `backup: false`, since
 * exceljs drops what it does not model (charts, pivots: `unkept` says which). Values go under the columns whose headers
 * match (forgivingly). Nothing is written, and no backup made, when nothing is added. A file that
 * cannot be read or written throws UnusableInputError (the CLI exits 2).
 */
export async function appendRows(
  file: string,
  rowsByTab: RowsByTab,
  options: {
    readonly backup?: boolean;
    /** `Cấu hình` values to set: in the key's row, or in a new row when the key is absent. */
    readonly settings?: readonly SettingValue[];
    /**
     * Headers whose values may be left out when the tab has no such column (a note such as "gợi ý"):
     * the caller is told which in `dropped` and says so. Any other value without a column refuses.
     */
    readonly droppable?: readonly string[];
  } = {},
): Promise<AppendResult> {
  // A read-only file, a dangling link ... are refused before any work.
  const target = writeTarget(file);
  const workbook = await openXlsx(target.path);
  const sheetOf = tabFinder(workbook, file);

  // Every check first, so that a refusal leaves the file exactly as it was.
  const settings = options.settings ?? [];
  const settingsSheet = settings.length > 0 ? sheetOf(TAB.settings, settings.length) : null;
  const settingsAt = settingsSheet ? settingsColumns(settingsSheet, file) : null;
  const droppable = new Set((options.droppable ?? []).map(matchKey));
  const { plans, dropped } = planRows(rowsByTab, sheetOf, droppable, file);

  const added: Partial<Record<AnyInputTab, number>> = {};
  if (settingsSheet && settingsAt) {
    added[TAB.settings] = fillSettings(settingsSheet, settingsAt[0], settingsAt[1], settings);
  }
  for (const plan of plans) {
    writeRows(plan);
    added[plan.tab] = plan.rows.length;
  }
  if (Object.keys(added).length === 0) return { added, backup: null, target, dropped: [], unkept: [] };
  const unkept = await unkeptContent(target.path);
  const backup = options.backup === false ? null : keepBackup(target);
  await replaceFile(target, (temporary) => workbook.xlsx.writeFile(temporary));
  return { added, backup, target, dropped, unkept };
}
