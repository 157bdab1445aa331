import { dateCell } from '../../src/core/cells';
import {
  formatMoneyVi,
  formatNumberVi,
  formatQuantityVi,
  parseNumberCell,
  parseVietnameseNumber,
} from '../../src/core/numbers';

describe('reading Vietnamese numbers', () => {
  test.each([
    ['1.234.567', 1234567],
    ['1.234.567,5', 1234567.5],
    ['1.234.567,25', 1234567.25],
    ['1.234.567 đ', 1234567],
    ['1.234.567đ', 1234567],
    ['1.234.567 ₫', 1234567],
    ['1.234.567 VNĐ', 1234567],
    ['1.234.567 VND', 1234567],
    ['1.234.567 đồng', 1234567],
    ['1.234.567 đ'.normalize('NFD'), 1234567],
    ['1.234.567\u00a0đ', 1234567],
    ['1.234.567\u202fđ', 1234567],
    ['\u00a0282\u00a0', 282],
    ['0,5', 0.5],
    ['999', 999],
    ['1.000', 1000],
    ['-1.000', -1000],
  ])('%p is %p', (text, value) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: true, value });
  });

  test.each([
    '1,234,567',
    '1,234.5',
    '1.23.456',
    '1.2345',
    '12.34',
    '1 234 567',
    '１２３',
    '٣',
    '0x10',
    '1e3',
    '1E3',
    'Infinity',
    '-Infinity',
    'NaN',
    '12abc',
    'đ 100',
    '100 USD',
    '+5',
    '.5',
    '5,',
    '',
    '   ',
  ])('%p is refused', (text) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: false });
  });

  test('cells: real numbers pass, booleans, dates, empties and infinities do not', () => {
    expect(parseNumberCell(13)).toEqual({ ok: true, value: 13 });
    expect(parseNumberCell(-2.5)).toEqual({ ok: true, value: -2.5 });
    expect(parseNumberCell(Number.POSITIVE_INFINITY)).toEqual({ ok: false });
    expect(parseNumberCell(Number.NaN)).toEqual({ ok: false });
    expect(parseNumberCell(true)).toEqual({ ok: false });
    expect(parseNumberCell(false)).toEqual({ ok: false });
    expect(parseNumberCell(null)).toEqual({ ok: false });
    expect(parseNumberCell(dateCell('2025-01-10'))).toEqual({ ok: false });
  });
});

describe('writing Vietnamese numbers', () => {
  test('dots group thousands, a comma marks decimals', () => {
    expect(formatNumberVi(0)).toBe('0');
    expect(formatNumberVi(999)).toBe('999');
    expect(formatNumberVi(1000)).toBe('1.000');
    expect(formatNumberVi(1234567)).toBe('1.234.567');
    expect(formatNumberVi(-1234567)).toBe('-1.234.567');
    expect(formatNumberVi(1234.5, 1)).toBe('1.234,5');
  });

  test('money in whole đồng with the đ sign', () => {
    expect(formatMoneyVi(28200000)).toBe('28.200.000 đ');
    expect(formatMoneyVi(0)).toBe('0 đ');
    expect(formatMoneyVi(149999.5)).toBe('150.000 đ');
  });

  test('quantities keep only the decimals that matter', () => {
    expect(formatQuantityVi(282)).toBe('282');
    expect(formatQuantityVi(1.5)).toBe('1,5');
    expect(formatQuantityVi(2.25)).toBe('2,25');
    expect(formatQuantityVi(1500)).toBe('1.500');
  });

  test('what is written reads back to the same value', () => {
    for (const value of [0, 7, 1000, 1234567, 15650000, 999999999]) {
      expect(parseVietnameseNumber(formatMoneyVi(value))).toEqual({ ok: true, value });
    }
    expect(parseVietnameseNumber(formatQuantityVi(1.5))).toEqual({ ok: true, value: 1.5 });
  });
});
