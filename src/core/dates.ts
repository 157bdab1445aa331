/**
 * Calendar dates without time or zone. A spreadsheet date is a day, not an instant: treating it as an
 * instant is how 05/01 turns into 04/01 on a machine in another zone.
 */
import { type Cell, type IsoDate, isDateCell } from './cells';

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`; a year outside 0–9999 keeps its sign and digits, so the window can refuse it. */
export function isoFromYmd(year: number, month: number, day: number): IsoDate {
  const yearText = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  return `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function ymd(iso: IsoDate): { year: number; month: number; day: number } {
  // From the end: the year may have more than four digits or a sign (refused by the window).
  return { year: Number(iso.slice(0, -6)), month: Number(iso.slice(-5, -3)), day: Number(iso.slice(-2)) };
}

/** Strict `YYYY-MM-DD` (the CLI's --today), a real day inside the window. */
export function parseIsoDate(text: string): IsoDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const checked = checkYmd(Number(match[1]), Number(match[2]), Number(match[3]));
  return checked.ok ? checked.iso : null;
}

function dayNumber(iso: IsoDate): number {
  const { year, month, day } = ymd(iso);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function isoFromDayNumber(days: number): IsoDate {
  const date = new Date(days * 86_400_000);
  return isoFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** Calendar months; the day is clamped to the target month's length (31/08 + 6 months = 28/02). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = ymd(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return isoFromYmd(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

const SERIAL_EPOCH_1900 = Date.UTC(1899, 11, 30) / 86_400_000;
const SERIAL_EPOCH_1904 = Date.UTC(1904, 0, 1) / 86_400_000;

/**
 * The one plausibility window for every date daihoi reads, whatever its source (a real date cell, a
 * serial number, text, the xlsx reader, the importer, --today). A plan of congresses speaks of terms
 * that began in the 1990s at the earliest and of deadlines this century: a year outside is a typing
 * or conversion error (0024, 1905 from a misread serial, 20250), reported, never corrected.
 */
export const DATE_WINDOW = { minYear: 1990, maxYear: 2100 } as const;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= DATE_WINDOW.minYear && year <= DATE_WINDOW.maxYear;
}

export type DateReason = 'format' | 'impossible' | 'range' | 'spaces';
export type DateParse = { ok: true; iso: IsoDate } | { ok: false; reason: DateReason };

/**
 * A day given as numbers, checked in the one order every source uses: a real calendar day first
 * (32/01 and 29/02/2025 are `impossible`, never rolled over), then the window (`range`).
 */
export function checkYmd(year: number, month: number, day: number): DateParse {
  if (!isValidYmd(year, month, day)) return { ok: false, reason: 'impossible' };
  if (!isPlausibleYear(year)) return { ok: false, reason: 'range' };
  return { ok: true, iso: isoFromYmd(year, month, day) };
}

/** An ISO day from any adapter (a real date cell): strictly `YYYY-MM-DD`, a real day, in the window. */
export function checkIso(iso: IsoDate): DateParse {
  const match = /^(-?\d+)-(\d{1,2})-(\d{1,2})$/.exec(iso);
  if (!match) return { ok: false, reason: 'format' };
  return checkYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isoFromSerial(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial) || Math.abs(serial) > 1e8) return null;
  const iso = isoFromDayNumber(Math.floor(serial) + (date1904 ? SERIAL_EPOCH_1904 : SERIAL_EPOCH_1900));
  return isPlausibleYear(ymd(iso).year) ? iso : null;
}

const TEXT_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
/** Spaces, including the invisible ones copy-paste leaves, anywhere in a cell. */
const ANY_SPACE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;

/**
 * A date cell: a real date, a serial number, or text dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy,
 * dd.mm.yyyy). Spaces around the text are ignored; a space inside it ("1 0/01/2 025") is an error,
 * since removing it would turn a typing slip into a plausible but unintended day.
 */
export function parseDateCell(value: Cell, date1904 = false): DateParse {
  if (isDateCell(value)) return checkIso(value.iso);
  if (typeof value === 'number') {
    const iso = isoFromSerial(value, date1904);
    return iso ? { ok: true, iso } : { ok: false, reason: 'range' };
  }
  if (typeof value !== 'string') return { ok: false, reason: 'format' };
  const text = value
    .normalize('NFC')
    .replace(/^[\s\u00a0\u202f\ufeff\u200b]+|[\s\u00a0\u202f\ufeff\u200b]+$/g, '');
  const match = TEXT_DATE.exec(text);
  if (!match) {
    return TEXT_DATE.test(text.replace(ANY_SPACE, ''))
      ? { ok: false, reason: 'spaces' }
      : { ok: false, reason: 'format' };
  }
  return checkYmd(Number(match[4]), Number(match[3]), Number(match[1]));
}

/** dd/mm/yyyy, as Vietnamese documents and sheets show a date. */
export function formatDateVi(iso: IsoDate): string {
  const { year, month, day } = ymd(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * The date line of a Party document: "ngày 10 tháng 01 năm 2025". The day is padded below 10 and
 * the month only for January and February (Hướng dẫn 36-HD/VPTW).
 */
export function formatDateLongVi(iso: IsoDate): string {
  const { year, month, day } = ymd(iso);
  const dayText = String(day).padStart(2, '0');
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dayText} tháng ${monthText} năm ${year}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** True when the runtime knows this IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    zonedFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

function zonedFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      // Without the era, 6 BC would read as the year 6 and 2025 BC as 2025.
      era: 'short',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

export interface ZonedParts {
  readonly iso: IsoDate;
  readonly hour: number;
  readonly minute: number;
}

/** The wall-clock date and time of an instant in a zone. */
export function zonedParts(instant: Date, zone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of zonedFormatter(zone).formatToParts(instant)) parts[part.type] = part.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  return {
    iso: isoFromYmd(year, Number(parts.month), Number(parts.day)),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}

/**
 * Whether two zones show the same date and time at `instant`, so they agree on "today" and on the
 * send hour (Asia/Saigon and Asia/Ho_Chi_Minh do; names are never compared).
 */
export function sameWallClock(zoneA: string, zoneB: string, instant: Date): boolean {
  const a = zonedParts(instant, zoneA);
  const b = zonedParts(instant, zoneB);
  return a.iso === b.iso && a.hour === b.hour && a.minute === b.minute;
}

/** The calendar date of an instant in a zone: "today" in the workbook's zone. */
export function isoInZone(instant: Date, zone: string): IsoDate {
  return zonedParts(instant, zone).iso;
}

/** Monday-based ISO week key such as `2025-W02`, for weekly sends. */
export function isoWeekKey(iso: IsoDate): string {
  const day = dayNumber(iso);
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const thursday = isoFromDayNumber(day - weekday + 3);
  const year = ymd(thursday).year;
  const week = Math.floor(daysBetween(isoFromYmd(year, 1, 1), thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** 1 = Monday ... 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  const day = dayNumber(iso);
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The instant at which `iso` begins in `zone` (how Sheets stores a date cell). */
export function midnightInZone(iso: IsoDate, zone: string): Date {
  const { year, month, day } = ymd(iso);
  const guess = Date.UTC(year, month - 1, day);
  const shown = zonedParts(new Date(guess), zone);
  const shownUtc = Date.UTC(
    ymd(shown.iso).year,
    ymd(shown.iso).month - 1,
    ymd(shown.iso).day,
    shown.hour,
    shown.minute,
  );
  return new Date(guess - (shownUtc - guess));
}
