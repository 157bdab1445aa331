/**
 * Batched reads and writes: one getValues() per input tab, one setValues() per output block.
 * Loops run over arrays in memory, never over cells with service calls.
 */
import {
  ALL_INPUT_TABS,
  type AnyInputTab,
  type Cell,
  cellText,
  DEFAULT_TIME_ZONE,
  dateCell,
  isoInZone,
  locateTabs,
  matchKey,
  type RawSheet,
  type RawWorkbook,
  TAB,
  tabMatches,
} from '../core';
import { SheetGrid } from './grid';

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A value from getValues(): a Date is midnight of the cell's day in the spreadsheet's zone. */
export function toCell(value: unknown, zone: string): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '#VALUE!' : dateCell(isoInZone(value, zone));
  return String(value);
}

export interface SheetWorkbook {
  readonly raw: RawWorkbook;
  /** The real tab behind each input tab found. */
  readonly sheets: Partial<Record<AnyInputTab, GoogleAppsScript.Spreadsheet.Sheet>>;
}

/**
 * The workbook's own name of each input tab found (`ĐƠN VỊ` for `Đơn vị`), asked once per tab, so a
 * list of findings names its tabs without one getName per finding.
 */
export function tabNames(sheets: SheetWorkbook['sheets']): (tab: string) => string {
  const names = new Map(Object.entries(sheets).map(([tab, sheet]) => [tab, sheet.getName()]));
  return (tab) => names.get(tab) ?? tab;
}

/** Reads the input tabs (and only them, the optional ones too when present), each with one batched call. */
export function readSheetWorkbook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetWorkbook {
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const all = spreadsheet.getSheets();
  const names: RawSheet[] = all.map((sheet) => ({ name: sheet.getName(), rows: [] }));
  const located = locateTabs({ sheets: names });
  const sheets: Partial<Record<AnyInputTab, GoogleAppsScript.Spreadsheet.Sheet>> = {};
  const rawSheets: RawSheet[] = [];
  for (const tab of ALL_INPUT_TABS) {
    const found = located[tab];
    if (!found) continue;
    const sheet = all[names.indexOf(found)]!;
    sheets[tab] = sheet;
    const values = sheet.getDataRange().getValues();
    rawSheets.push({ name: found.name, rows: values.map((row) => row.map((value) => toCell(value, zone))) });
  }
  // Two tabs matching one name are read by neither; their names let validation say which (S003).
  for (const sheets of Object.values(tabMatches({ sheets: names }))) {
    if (sheets.length > 1) for (const sheet of sheets) rawSheets.push({ name: sheet.name, rows: [] });
  }
  return {
    raw: { sheets: rawSheets, spreadsheetTimeZone: zone, locale: spreadsheet.getSpreadsheetLocale() },
    sheets,
  };
}

/**
 * The settings tab alone (one batched read), for runs that decide from the settings whether there is
 * anything to do at all. The other input tabs are absent from the result.
 */
export function readSettingsTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): RawWorkbook {
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const all = spreadsheet.getSheets();
  const names: RawSheet[] = all.map((sheet) => ({ name: sheet.getName(), rows: [] }));
  const found = locateTabs({ sheets: names })[TAB.settings];
  if (!found) return { sheets: [], spreadsheetTimeZone: zone };
  const values = all[names.indexOf(found)]!.getDataRange().getValues();
  return {
    sheets: [{ name: found.name, rows: values.map((row) => row.map((value) => toCell(value, zone))) }],
    spreadsheetTimeZone: zone,
  };
}

export interface Appended {
  /** The workbook as it is after the append, so callers need not read the tab again. */
  readonly raw: RawWorkbook;
  /** Keys of the rows that have no column in the tab (their values were not written). */
  readonly missing: readonly string[];
}

/**
 * Appends rows keyed by header below the tab's last row in one write, each value under the column
 * whose header matches the forgiving way; existing rows and columns are never touched.
 */
export function appendRowsByHeader(
  read: SheetWorkbook,
  tab: AnyInputTab,
  rows: readonly Readonly<Record<string, Cell>>[],
): Appended {
  const sheet = read.sheets[tab];
  if (!sheet || rows.length === 0) return { raw: read.raw, missing: [] };
  const zone = read.raw.spreadsheetTimeZone ?? DEFAULT_TIME_ZONE;
  const current = read.raw.sheets.find((candidate) => candidate.name === sheet.getName())!;
  const header = (current.rows[0] ?? []).map((cell) => matchKey(cellText(cell)));
  const width = Math.max(header.length, 1);
  const missing = new Set<string>();
  const added = rows.map((row) => {
    const cells: Cell[] = Array(width).fill('');
    for (const [key, value] of Object.entries(row)) {
      const column = header.indexOf(matchKey(key));
      if (column >= 0) cells[column] = value ?? '';
      else if (value !== null && value !== '') missing.add(key);
    }
    return cells;
  });
  // The user formats these tabs (a code column may be plain text): the new rows' formats are read once.
  new SheetGrid(sheet, zone).write(Math.max(current.rows.length, 1) + 1, 1, added, 'read');
  const sheets = read.raw.sheets.map((candidate) =>
    candidate === current ? { ...candidate, rows: [...candidate.rows, ...added] } : candidate,
  );
  return { raw: { ...read.raw, sheets }, missing: [...missing] };
}
