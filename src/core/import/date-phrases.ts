/**
 * Dates as plans write them ("ngày 05 tháng 5 năm 2015", "15/01/2017", "quý I năm 2017", "trong tháng
 * 12/2016", "nửa cuối tháng 6 năm 2015"), each with the day it stands for, or the reason it stands for
 * none: a day that does not exist, a year outside the plausible window, digits broken by spaces. A
 * phrase is never repaired into a plausible date (day 32 is not 31, "1 0/01/2 025" is not 10/01/2025).
 *
 * One pass of one pattern per line; every quantifier is bounded, so the cost is linear in the line.
 */
import type { IsoDate } from '../cells';
import { checkYmd, daysInMonth, isoFromYmd, isPlausibleYear } from '../dates';

export type DateProblem = 'impossible' | 'range' | 'spaced' | 'shortYear';

export interface DatePhrase {
  readonly start: number;
  readonly end: number;
  /** The phrase as written. */
  readonly text: string;
  readonly kind: 'day' | 'month' | 'quarter';
  /** The day it stands for: the day itself, or the last day of a month or quarter; null when it has a problem. */
  readonly date: IsoDate | null;
  readonly problem: DateProblem | null;
}

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// Alternatives in one pattern, so the leftmost phrase wins and a part of a longer phrase ("tháng 1
// năm 2025" inside "ngày 32 tháng 1 năm 2025") is never read again on its own.
const PHRASE = new RegExp(
  [
    // 1-3: ngày 05 tháng 5 năm 2015
    String.raw`(?<!\p{L})ngày[ \t]{1,3}(\d{1,3})[ \t]{1,3}tháng[ \t]{1,3}(\d{1,3})[ \t]{1,3}năm[ \t]{1,3}(\d{1,5})(?!\d)`,
    // 4-7: 15/01/2017, 30-5-2012, 12.9.2016 (the same separator twice)
    String.raw`(?<![\d/.\-])(\d{1,3})([/.\-])(\d{1,3})\5(\d{2,5})(?![\d/])`,
    // 8-9: quý I năm 2017, quý III/2017
    String.raw`(?<!\p{L})quý[ \t]{1,3}(IV|III|II|I|[1-4])(?![\p{L}\d])[ \t]{0,3}(?:năm[ \t]{1,3}|\/)(\d{1,5})(?!\d)`,
    // 10-12: nửa cuối tháng 6 năm 2015, trong tháng 12/2016, tháng 4 năm 2015
    String.raw`(?<!\p{L})(?:(nửa đầu|nửa cuối)[ \t]{1,3})?tháng[ \t]{1,3}(\d{1,3})[ \t]{0,3}(?:năm[ \t]{1,3}|\/)(\d{1,5})(?!\d)`,
  ].join('|'),
  'giu',
);

// Digits broken by spaces around or inside a day/month/year: "1 0/01/2 025", "10 / 01 / 2025".
const SPACED =
  /(?<![\d/.-])\d(?:[ \t]?\d){0,2}[ \t]{0,2}([/.-])[ \t]{0,2}\d(?:[ \t]?\d){0,2}[ \t]{0,2}\1[ \t]{0,2}\d(?:[ \t]?\d){1,4}(?![\d/])/g;

/** A day, checked by the one rule every source of dates shares (a real day, inside the window). */
function dayOf(day: number, month: number, yearText: string): Pick<DatePhrase, 'date' | 'problem'> {
  if (yearText.length !== 4) return { date: null, problem: 'shortYear' };
  const checked = checkYmd(Number(yearText), month, day);
  if (checked.ok) return { date: checked.iso, problem: null };
  return { date: null, problem: checked.reason === 'range' ? 'range' : 'impossible' };
}

/** The last day of a month (or the 15th for "nửa đầu"), the year held to the same window. */
function periodEnd(month: number, yearText: string, half?: string): Pick<DatePhrase, 'date' | 'problem'> {
  if (yearText.length !== 4) return { date: null, problem: 'shortYear' };
  const year = Number(yearText);
  if (month < 1 || month > 12) return { date: null, problem: 'impossible' };
  if (!isPlausibleYear(year)) return { date: null, problem: 'range' };
  const day = half?.toLowerCase() === 'nửa đầu' ? 15 : daysInMonth(year, month);
  return { date: isoFromYmd(year, month, day), problem: null };
}

/** Every date phrase of a line, in order. */
export function findDatePhrases(line: string): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const match of line.matchAll(PHRASE)) {
    const start = match.index ?? 0;
    const base = { start, end: start + match[0].length, text: match[0] };
    if (match[1] !== undefined) {
      found.push({ ...base, kind: 'day', ...dayOf(Number(match[1]), Number(match[2]), match[3]!) });
    } else if (match[4] !== undefined) {
      found.push({ ...base, kind: 'day', ...dayOf(Number(match[4]), Number(match[6]), match[7]!) });
    } else if (match[8] !== undefined) {
      const quarter = QUARTERS[match[8].toLowerCase()]!;
      found.push({ ...base, kind: 'quarter', ...periodEnd(quarter * 3, match[9]!) });
    } else {
      found.push({ ...base, kind: 'month', ...periodEnd(Number(match[11]), match[12]!, match[10]) });
    }
  }
  // A broken date is reported where no phrase was read: "1 0/01/2 025" holds no phrase at all.
  let next = 0;
  const spaced: DatePhrase[] = [];
  for (const match of line.matchAll(SPACED)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (!/\s/.test(match[0])) continue;
    while (next < found.length && found[next]!.end <= start) next++;
    const overlaps = next < found.length && found[next]!.start < end;
    if (overlaps) continue;
    const groups = match[0].split(match[1]!).map((part) => part.replace(/\s/g, ''));
    if (groups[0]!.length > 2 || groups[1]!.length > 2 || groups[2]!.length !== 4) continue;
    spaced.push({ start, end, text: match[0], kind: 'day', date: null, problem: 'spaced' });
  }
  if (spaced.length === 0) return found;
  return [...found, ...spaced].sort((a, b) => a.start - b.start);
}
