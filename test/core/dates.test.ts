import { cellText, dateCell } from '../../src/core/cells';
import {
  addDays,
  addMonths,
  checkIso,
  checkYmd,
  DATE_WINDOW,
  daysBetween,
  formatDateLongVi,
  formatDateVi,
  isKnownTimeZone,
  isoFromSerial,
  isoFromYmd,
  isoInZone,
  isoWeekday,
  isoWeekKey,
  isPlausibleYear,
  isValidYmd,
  midnightInZone,
  parseDateCell,
  parseIsoDate,
  zonedParts,
} from '../../src/core/dates';

describe('calendar arithmetic on dates without a zone', () => {
  test('days between and added across month, year and leap days', () => {
    expect(daysBetween('2024-12-01', '2024-12-20')).toBe(19);
    expect(daysBetween('2024-12-20', '2024-12-01')).toBe(-19);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    // Vietnam has no daylight saving, but the host may: the count must not drift by an hour's worth.
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
  });

  test('six calendar months either way, clamped to the month end (the D005 window)', () => {
    expect(addMonths('2025-03-31', 6)).toBe('2025-09-30');
    expect(addMonths('2025-03-31', -6)).toBe('2024-09-30');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-01-15', -12)).toBe('2024-01-15');
    expect(addMonths('2025-10-31', -6)).toBe('2025-04-30');
  });

  test('valid day, month and year combinations', () => {
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(2025, 2, 29)).toBe(false);
    expect(isValidYmd(1900, 2, 29)).toBe(false);
    expect(isValidYmd(2000, 2, 29)).toBe(true);
    expect(isValidYmd(2025, 4, 31)).toBe(false);
    expect(isValidYmd(2025, 0, 1)).toBe(false);
    expect(isValidYmd(2025, 1, 1.5)).toBe(false);
  });
});

describe('reading dates', () => {
  test('serial numbers of both date systems, and the years refused', () => {
    expect(isoFromSerial(45667)).toBe('2025-01-10');
    expect(isoFromSerial(45667.999)).toBe('2025-01-10');
    expect(isoFromSerial(44205, true)).toBe('2025-01-10');
    expect(isoFromSerial(32874)).toBe('1990-01-01');
    expect(isoFromSerial(32873)).toBeNull();
    expect(isoFromSerial(73415)).toBe('2100-12-31');
    expect(isoFromSerial(73416)).toBeNull();
    expect(isoFromSerial(Number.NaN)).toBeNull();
    expect(isoFromSerial(Number.POSITIVE_INFINITY)).toBeNull();
  });

  test.each([
    ['10/01/2025', '2025-01-10'],
    ['1/2/2025', '2025-02-01'],
    ['01-02-2025', '2025-02-01'],
    ['1.2.2025', '2025-02-01'],
    ['\u00a010/01/2025\u00a0', '2025-01-10'],
  ])('%p is %s', (text, iso) => {
    expect(parseDateCell(text)).toEqual({ ok: true, iso });
  });

  test.each([
    ['31/02/2025', 'impossible'],
    ['29/02/2025', 'impossible'],
    ['00/01/2025', 'impossible'],
    ['31/04/2025', 'impossible'],
    ['2025-01-05', 'format'],
    ['5/1/25', 'format'],
    ['05/01/2025 08:00', 'format'],
    ['10/01.2025', 'format'],
    ['１０/01/2025', 'format'],
    ['', 'format'],
    ['10/01/1899', 'range'],
    [0, 'range'],
    [2958466, 'range'],
    [false, 'format'],
    [null, 'format'],
  ])('%p is refused (%s)', (value, reason) => {
    expect(parseDateCell(value)).toEqual({ ok: false, reason });
  });

  test('a real date cell is taken as it is, in either date system, inside the window', () => {
    expect(parseDateCell(dateCell('2025-01-10'), true)).toEqual({ ok: true, iso: '2025-01-10' });
    expect(parseDateCell(dateCell('1990-01-01'))).toEqual({ ok: true, iso: '1990-01-01' });
    expect(parseDateCell(dateCell('2100-12-31'))).toEqual({ ok: true, iso: '2100-12-31' });
  });

  // One window for every source: a real date cell used to skip the check text dates got.
  test.each([
    [dateCell('1905-07-17'), 'range'], // a serial 2025 under a date format
    [dateCell('1989-12-31'), 'range'],
    [dateCell('2101-01-01'), 'range'],
    [dateCell('20250-01-05'), 'range'], // five digits, once printed as "00/00/1200"
    [dateCell('0024-01-05'), 'range'],
    [dateCell('-0005-01-01'), 'range'],
    [dateCell('2025-02-30'), 'impossible'],
    [dateCell('not a day'), 'format'],
    ['1 0/01/2 025', 'spaces'],
    ['10/01/ 2025', 'spaces'],
    ['10 /01/2025', 'spaces'],
    ['32/01/2025', 'impossible'],
    ['10/01/0024', 'range'],
    ['00/00/1200', 'impossible'],
  ])('%p is refused (%s), never corrected', (value, reason) => {
    expect(parseDateCell(value)).toEqual({ ok: false, reason });
  });

  test('the window and the checks every source shares', () => {
    expect(DATE_WINDOW).toEqual({ minYear: 1990, maxYear: 2100 });
    expect([1989, 1990, 2100, 2101, 24, 2024.5].map(isPlausibleYear)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(checkYmd(24, 1, 5)).toEqual({ ok: false, reason: 'range' }); // never 1924
    expect(checkYmd(0, 1, 1)).toEqual({ ok: false, reason: 'range' }); // never 1900
    expect(checkYmd(2025, 1, 32)).toEqual({ ok: false, reason: 'impossible' }); // never 31/01 or 01/02
    expect(checkYmd(2025, 1, 31)).toEqual({ ok: true, iso: '2025-01-31' });
    expect(checkIso('2025-01-31')).toEqual({ ok: true, iso: '2025-01-31' });
    expect(checkIso('1905-07-17')).toEqual({ ok: false, reason: 'range' });
  });

  test('a date far outside the window keeps its year in the text people see', () => {
    expect(cellText(dateCell('20250-01-05'))).toBe('05/01/20250');
    expect(cellText(dateCell('-0005-01-01'))).toBe('01/01/-0005');
    expect(isoFromYmd(24, 1, 5)).toBe('0024-01-05');
    expect(isoFromYmd(-5, 1, 1)).toBe('-0005-01-01');
  });

  test('an instant before the common era is not read as a year of it (6 BC is not the year 6)', () => {
    const sixBc = new Date(0);
    sixBc.setUTCFullYear(-5, 5, 15);
    expect(isoInZone(sixBc, 'UTC')).toBe('-0005-06-15');
    const year2025Bc = new Date(0);
    year2025Bc.setUTCFullYear(-2024, 5, 15);
    expect(parseDateCell(dateCell(isoInZone(year2025Bc, 'Asia/Ho_Chi_Minh')))).toEqual({
      ok: false,
      reason: 'range',
    });
  });

  test('the CLI --today form is strict YYYY-MM-DD', () => {
    expect(parseIsoDate('2025-01-10')).toBe('2025-01-10');
    expect(parseIsoDate(' 2024-02-29 ')).toBe('2024-02-29');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('10/01/2025')).toBeNull();
    expect(parseIsoDate('2025-1-10')).toBeNull();
    expect(parseIsoDate('0024-01-10')).toBeNull();
    expect(parseIsoDate('1905-07-17')).toBeNull();
  });
});

describe('writing dates the Vietnamese way', () => {
  test('dd/mm/yyyy and the long form of a document date line', () => {
    expect(formatDateVi('2025-01-05')).toBe('05/01/2025');
    expect(formatDateVi('2024-12-31')).toBe('31/12/2024');
    expect(formatDateLongVi('2025-02-03')).toBe('ngày 03 tháng 02 năm 2025');
    expect(formatDateLongVi('2025-03-03')).toBe('ngày 03 tháng 3 năm 2025');
    expect(formatDateLongVi('2024-12-25')).toBe('ngày 25 tháng 12 năm 2024');
  });
});

describe('zones', () => {
  test('today in the workbook zone, whatever the host zone', () => {
    const lateEvening = new Date('2025-01-10T16:59:00Z'); // 23:59 in Hà Nội
    expect(isoInZone(lateEvening, 'Asia/Ho_Chi_Minh')).toBe('2025-01-10');
    expect(isoInZone(new Date('2025-01-10T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-01-11');
    expect(zonedParts(lateEvening, 'Asia/Ho_Chi_Minh')).toEqual({ iso: '2025-01-10', hour: 23, minute: 59 });
    expect(zonedParts(new Date('2025-01-10T17:00:00Z'), 'Asia/Ho_Chi_Minh').hour).toBe(0);
  });

  test('midnight of a date in a zone, as Sheets stores a date cell', () => {
    expect(midnightInZone('2025-01-10', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2025-01-09T17:00:00.000Z');
    expect(midnightInZone('2025-07-01', 'Europe/Berlin').toISOString()).toBe('2025-06-30T22:00:00.000Z');
  });

  test('zone names the runtime knows', () => {
    expect(isKnownTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isKnownTimeZone('Asia/Hanoi')).toBe(false);
    expect(isKnownTimeZone('Việt Nam')).toBe(false);
  });

  test('weekdays and ISO weeks for weekly sends', () => {
    expect(isoWeekday('2025-01-06')).toBe(1);
    expect(isoWeekday('2025-01-12')).toBe(7);
    expect(isoWeekKey('2025-01-06')).toBe('2025-W02');
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53');
  });
});
