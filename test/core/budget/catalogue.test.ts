/** The norms `Định mức` ships with: the NORMS.md category list, no invented caps, readable by the reader. */
import { NORMS_CATALOGUE, readWorkbook, validateWorkbook } from '../../../src/core';
import { isPerDay } from '../../../src/core/budget/compute';
import { COLUMNS, CONGRESS_UNIT_TYPES, TAB } from '../../../src/core/workbook/contract';
import { buildWorkbook } from '../../helpers/workbook-builder';

const HEADERS = ['Mã khoản chi', 'Nội dung chi', 'Đơn vị tính', 'Áp dụng cho', 'Mức tối đa', 'Căn cứ'];

test('rows are keyed by exactly the contract headers of Định mức', () => {
  expect(COLUMNS[TAB.norms].map((spec) => spec.header)).toEqual(HEADERS);
  for (const row of NORMS_CATALOGUE) expect(Object.keys(row)).toEqual(HEADERS);
});

test('codes are unique and no cap is shipped', () => {
  const codes = NORMS_CATALOGUE.map((row) => row['Mã khoản chi']);
  expect(new Set(codes).size).toBe(codes.length);
  expect(NORMS_CATALOGUE.every((row) => row['Mức tối đa'] === null)).toBe(true);
});

test('every row cites QĐ 3041-QĐ/VPTW, or QĐ 99-QĐ/TW with HD 21-HD/VPTW', () => {
  for (const row of NORMS_CATALOGUE) {
    expect(String(row['Căn cứ'])).toMatch(/3041-QĐ\/VPTW|99-QĐ\/TW.*21-HD\/VPTW/);
  }
});

test('levels are "Tất cả" or real unit types that hold congresses, and meals have one code per level set', () => {
  for (const row of NORMS_CATALOGUE) {
    const applies = String(row['Áp dụng cho']);
    if (applies === 'Tất cả') continue;
    for (const level of applies.split(';')) expect(CONGRESS_UNIT_TYPES).toContain(level.trim());
  }
  const meals = NORMS_CATALOGUE.filter((row) => String(row['Nội dung chi']).startsWith('Tiền ăn'));
  expect(meals.map((row) => row['Mã khoản chi'])).toEqual(['AN-CB', 'AN-DB', 'AN-TS']);
  const covered = meals.flatMap((row) =>
    String(row['Áp dụng cho'])
      .split(';')
      .map((level) => level.trim()),
  );
  // Every level that holds a congress; a Cơ quan holds none, so no norm is for it.
  expect([...covered].sort()).toEqual([...CONGRESS_UNIT_TYPES].sort());
});

test('meals are per person per day, the hall per congress, documents per person', () => {
  const unitOf = (code: string) =>
    String(NORMS_CATALOGUE.find((row) => row['Mã khoản chi'] === code)!['Đơn vị tính']);
  expect(unitOf('AN-CB')).toBe('người/ngày');
  expect(isPerDay(unitOf('AN-CB'))).toBe(true);
  expect(unitOf('HT')).toBe('đại hội');
  expect(unitOf('TL')).toBe('người');
  expect(unitOf('HOP-DB')).toBe('người/buổi');
  expect(isPerDay(unitOf('HOP-DB'))).toBe(false);
});

test('the reader takes the catalogue without a finding, every cap left empty', () => {
  const raw = buildWorkbook({ [TAB.norms]: NORMS_CATALOGUE.map((row) => ({ ...row })), [TAB.budget]: [] });
  const { workbook } = readWorkbook(raw);
  expect(workbook.norms).toHaveLength(NORMS_CATALOGUE.length);
  expect(workbook.norms.every((norm) => norm.cap === undefined)).toBe(true);
  expect(validateWorkbook(raw, { today: '2024-12-01' }).findings).toEqual([]);
});
