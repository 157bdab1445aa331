import { dateCell, isoInZone, matchKey, validateWorkbook } from '../../src/core';
import { spreadsheetError } from '../../src/core/cells';
import { addMonths, formatDateLongVi, isoWeekKey, parseDateCell } from '../../src/core/dates';
import { productInDong } from '../../src/core/money';
import { formatMoneyVi, parseNumberCell } from '../../src/core/numbers';
import { TAB } from '../../src/core/workbook/contract';
import { buildWorkbook, CLEAN_TODAY, withCells } from '../helpers/workbook-builder';

describe('dates', () => {
  test.each([
    ['10/01/2025', '2025-01-10'],
    ['1/2/2025', '2025-02-01'],
    ['10-01-2025', '2025-01-10'],
    ['10.01.2025', '2025-01-10'],
    [' 29/02/2024 ', '2024-02-29'],
    [45667, '2025-01-10'],
  ])('%p is %s', (value, iso) => {
    expect(parseDateCell(value)).toEqual({ ok: true, iso });
  });

  test('a real date cell and a 1904-system serial', () => {
    expect(parseDateCell(dateCell('2025-01-10'))).toEqual({ ok: true, iso: '2025-01-10' });
    expect(parseDateCell(44205, true)).toEqual({ ok: true, iso: '2025-01-10' });
  });

  test.each([
    ['31/02/2025', 'impossible'],
    ['29/02/2025', 'impossible'],
    ['00/01/2025', 'impossible'],
    ['32/01/2025', 'impossible'],
    ['2025-01-05', 'format'],
    ['5/1/25', 'format'],
    ['05/01/2025 08:00', 'format'],
    ['10/01-2025', 'format'],
    ['ngày mai', 'format'],
    [60, 'range'],
    [1e7, 'range'],
    [true, 'format'],
  ])('%p is refused (%s), never rolled over', (value, reason) => {
    expect(parseDateCell(value)).toEqual({ ok: false, reason });
  });

  test('calendar arithmetic clamps month ends and formats the Party way', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -6)).toBe('2024-09-30');
    expect(formatDateLongVi('2025-01-10')).toBe('ngày 10 tháng 01 năm 2025');
    expect(formatDateLongVi('2017-07-05')).toBe('ngày 05 tháng 7 năm 2017');
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
  });

  test('today is the calendar date in the workbook zone, not the host zone', () => {
    const instant = new Date('2025-01-09T18:30:00Z');
    expect(isoInZone(instant, 'Asia/Ho_Chi_Minh')).toBe('2025-01-10');
    expect(isoInZone(instant, 'America/Los_Angeles')).toBe('2025-01-09');
  });
});

describe('numbers', () => {
  test.each([
    ['1.234.567', 1234567],
    ['1.234.567,5', 1234567.5],
    ['1.234.567 đ', 1234567],
    ['1.234.567₫', 1234567],
    ['1.234.567 VNĐ', 1234567],
    ['1.234.567\u00a0đ', 1234567],
    ['1.234.567 đ'.normalize('NFD'), 1234567],
    ['1,5', 1.5],
    ['1.500', 1500],
    ['282', 282],
    [282, 282],
  ])('%p is %p', (value, expected) => {
    expect(parseNumberCell(value)).toEqual({ ok: true, value: expected });
  });

  test.each([
    '1,234,567',
    '1.23.456',
    '1 234 567',
    '１２３',
    '0x10',
    '1e3',
    'Infinity',
    '12abc',
    '1.5',
    '',
    ' ',
  ])('%p is not a number', (text) => {
    expect(parseNumberCell(text)).toEqual({ ok: false });
  });

  test('booleans and dates are not numbers', () => {
    expect(parseNumberCell(true)).toEqual({ ok: false });
    expect(parseNumberCell(dateCell('2025-01-10'))).toEqual({ ok: false });
  });

  test('money is exact and formatted with dots', () => {
    expect(productInDong(3, 0.1, 10)).toBe(3);
    expect(productInDong(1.5, 3, 33333)).toBe(149999);
    expect(formatMoneyVi(15650000)).toBe('15.650.000 đ');
  });

  test('a fractional delegate count is T003, an empty one T001 — never 0', () => {
    const fraction = validateWorkbook(buildWorkbook(withCells(TAB.units, 1, { 'Số thành viên': '13,5' })), {
      today: CLEAN_TODAY,
    }).findings;
    expect(fraction.map((f) => [f.code, f.cell, f.message])).toEqual([
      ['T003', 'E3', '"13,5" ở cột "Số thành viên" phải là số nguyên.'],
    ]);
    const empty = validateWorkbook(buildWorkbook(withCells(TAB.units, 1, { 'Số thành viên': '' })), {
      today: CLEAN_TODAY,
    }).findings;
    expect(empty.map((f) => [f.code, f.cell])).toEqual([['T001', 'E3']]);
  });
});

describe('spreadsheet errors', () => {
  test.each(['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'])(
    '%s is T005',
    (error) => {
      expect(spreadsheetError(error)).toBe(error);
      const findings = validateWorkbook(
        buildWorkbook(withCells(TAB.congresses, 1, { 'Thành viên dự': error })),
        {
          today: CLEAN_TODAY,
        },
      ).findings;
      expect(findings.map((f) => [f.code, f.cell, f.message])).toEqual([
        ['T005', 'G3', `Ô "Thành viên dự" đang báo lỗi công thức ${error}.`],
      ]);
    },
  );
});

describe('matching keys', () => {
  test('NFC/NFD, case, spaces and old tone placement meet', () => {
    expect(matchKey(' MÃ  ĐƠN\u00a0VỊ '.normalize('NFD'))).toBe(matchKey('Mã đơn vị'));
    expect(matchKey('Khoá')).toBe(matchKey('Khóa'));
    expect(matchKey('Đảng uỷ')).toBe(matchKey('Đảng ủy'));
    expect(matchKey('hoà')).toBe(matchKey('hòa'));
    expect(matchKey('thuỷ')).toBe(matchKey('thủy'));
    expect(matchKey('Hoàng')).not.toBe(matchKey('Hoang'));
  });
});
