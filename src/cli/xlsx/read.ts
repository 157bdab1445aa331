/** .xlsx -> the core's RawWorkbook, with exceljs's value shapes normalised to plain cells. */
import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import {
  type Cell,
  columnLetters,
  dateCell,
  isoFromYmd,
  LIMITS,
  type RawSheet,
  type RawWorkbook,
} from '../../core';
import { cliText } from '../../core/messages';
import { UnusableInputError } from '../errors';
import { readIsoDateCells } from './iso-date-cells';
import { readAnyTabName } from './tab-names';
import { checkXlsxLimits } from './zip-limits';

/** Larger files are refused: a plan workbook is a few MB at most. */
export const MAX_INPUT_BYTES = LIMITS.workbookBytes;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** exceljs stores dates as UTC wall-clock: the calendar day is in the UTC fields. */
function fromDate(value: Date): Cell {
  if (Number.isNaN(value.getTime())) return '#VALUE!';
  return dateCell(isoFromYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()));
}

export function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return fromDate(value);
  if (typeof value === 'object') {
    if ('error' in value && value.error) return String(value.error);
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && result !== null && 'error' in result)
        return String((result as { error: unknown }).error);
      return plainCell(result as ExcelJS.CellValue);
    }
    if ('text' in value) return plainCell((value as { text: ExcelJS.CellValue }).text);
  }
  return String(value);
}

/**
 * One tab as core cells, up to its last row and column holding a value: formatted empty cells past
 * them are not read. A value past the row or column limit ends the read with a message.
 */
function readSheet(file: string, sheet: ExcelJS.Worksheet): RawSheet {
  let lastRow = 0;
  sheet.eachRow((row, r) => {
    if (row.hasValues) lastRow = r;
  });
  if (lastRow > LIMITS.rowsPerTab)
    throw new UnusableInputError(cliText.tooManyRows(file, sheet.name, lastRow, LIMITS.rowsPerTab));
  const rows: Cell[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    let lastColumn = 0;
    row.eachCell((cell, c) => {
      if (cell.value !== null && cell.value !== undefined) lastColumn = c;
    });
    if (lastColumn > LIMITS.columnsPerTab) {
      const letters = columnLetters(lastColumn);
      throw new UnusableInputError(cliText.tooManyColumns(file, sheet.name, letters, LIMITS.columnsPerTab));
    }
    const cells: Cell[] = [];
    for (let c = 1; c <= lastColumn; c++) {
      const cell = row.getCell(c);
      // Like Sheets' getValues(): only the top-left cell of a merged range holds the value.
      cells.push(cell.isMerged && cell.master.address !== cell.address ? null : plainCell(cell.value));
    }
    rows.push(cells);
  }
  return { name: sheet.name, rows };
}

/**
 * Opens a workbook file with exceljs after checking it exists, is a file, and keeps within the
 * limits (its size, and before anything is inflated, its parts and cells: see zip-limits.ts).
 * Any failure is an UnusableInputError with one Vietnamese sentence (the CLI exits 2).
 */
export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UnusableInputError(cliText.notAFile(file));
    size = info.size;
  } catch (error) {
    if (error instanceof UnusableInputError) throw error;
    throw new UnusableInputError(cliText.fileMissing(file));
  }
  if (size > MAX_INPUT_BYTES) throw new UnusableInputError(cliText.fileTooLarge(file, MAX_INPUT_BYTES));
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UnusableInputError(cliText.fileMissing(file));
  }
  await checkXlsxLimits(file, bytes);
  readIsoDateCells();
  readAnyTabName();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnusableInputError(cliText.notAWorkbook(file));
  }
  // Any zip opens without error; a real workbook has at least one worksheet.
  if (workbook.worksheets.length === 0) throw new UnusableInputError(cliText.notAWorkbook(file));
  return workbook;
}

/** Every worksheet of an exceljs workbook as core cells (header = row 1). */
function rawWorkbookOf(workbook: ExcelJS.Workbook, file: string): RawWorkbook {
  return {
    sheets: workbook.worksheets.map((sheet) => readSheet(file, sheet)),
    date1904: Boolean(workbook.properties?.date1904),
  };
}

/** .xlsx file -> RawWorkbook for the core. */
export async function readXlsx(file: string): Promise<RawWorkbook> {
  return rawWorkbookOf(await openXlsx(file), file);
}
