/**
 * The cell values both adapters hand to the core. Apps Script's getValues() and exceljs disagree on
 * dates and errors, so each adapter converts to this one shape before the core sees a value.
 */

/** A calendar date with no time and no zone, as `YYYY-MM-DD`. Compares correctly as a string. */
export type IsoDate = string;

export interface DateCell {
  readonly kind: 'date';
  readonly iso: IsoDate;
}

export type Cell = string | number | boolean | null | DateCell;

export interface RawSheet {
  readonly name: string;
  /** Row 0 is the header row (sheet row 1). Rows may differ in length. */
  readonly rows: readonly (readonly Cell[])[];
}

export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
  /** IANA zone of the spreadsheet itself, when the adapter knows it. */
  readonly spreadsheetTimeZone?: string;
  /** Spreadsheet locale such as `vi_VN`, when the adapter knows it. */
  readonly locale?: string;
  /** True for workbooks in Excel's 1904 date system (serial numbers start on 1904-01-01). */
  readonly date1904?: boolean;
}

export function dateCell(iso: IsoDate): DateCell {
  return { kind: 'date', iso };
}

export function isDateCell(value: unknown): value is DateCell {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'date';
}

const SPREADSHEET_ERRORS = new Set([
  '#REF!',
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

/** A spreadsheet error value such as `#REF!`, as both platforms show it in a cell. */
export function spreadsheetError(value: Cell): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim().toUpperCase();
  return SPREADSHEET_ERRORS.has(trimmed) ? trimmed : null;
}

/** Whitespace and invisible characters that copy-paste leaves in cells. */
export const INVISIBLE_OR_SPACE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

export function isBlank(value: Cell | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.replace(INVISIBLE_OR_SPACE, '') === '';
  return false;
}

/** The text a person sees for a cell, for messages and reports (never for computation). */
export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (isDateCell(value)) {
    // From the end: a date outside the window may have a five-digit or negative year.
    const iso = value.iso;
    return `${iso.slice(-2)}/${iso.slice(-5, -3)}/${iso.slice(0, -6)}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
