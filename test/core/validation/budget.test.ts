/**
 * The budget rules B001–B007 on the clean plan: each triggered with its exact Vietnamese message at
 * its cell, and a near miss that stays silent.
 */
import { type Finding, validateWorkbook } from '../../../src/core';
import { TAB } from '../../../src/core/workbook/contract';
import {
  buildWorkbook,
  CLEAN_TODAY,
  cleanTabs,
  type PlanTabs,
  type RowObject,
  withCells,
} from '../../helpers/workbook-builder';

function findingsOf(tabs: Partial<PlanTabs>): Finding[] {
  return [...validateWorkbook(buildWorkbook(tabs), { today: CLEAN_TODAY }).findings];
}

function describeFindings(tabs: Partial<PlanTabs>): string[] {
  return findingsOf(tabs).map((f) => `${f.code} ${f.severity} ${f.sheet}!${f.cell ?? '-'} ${f.message}`);
}

function withRows(tab: keyof PlanTabs, extra: RowObject[], base: PlanTabs = cleanTabs()): PlanTabs {
  return { ...base, [tab]: [...base[tab], ...extra] };
}

const line = (cells: RowObject): RowObject => ({
  'Mã đơn vị': 'CB02',
  'Khoản chi': 'AN',
  'Số lượng': 1,
  'Số ngày': 1,
  'Đơn giá': 1000,
  'Thành tiền': '',
  'Ghi chú': '',
  ...cells,
});

test('the clean plan has no budget finding', () => {
  expect(describeFindings({})).toEqual([]);
});

describe('B001 category not in Định mức', () => {
  test('an unknown code is reported at Khoản chi', () => {
    expect(describeFindings(withCells(TAB.budget, 1, { 'Khoản chi': 'HOITRUONG' }))).toEqual([
      'B001 Lỗi Dự toán!B3 Khoản chi "HOITRUONG" không có trong tab Định mức.',
    ]);
  });
  test('near miss: the code with spaces around it is the same code', () => {
    expect(describeFindings(withCells(TAB.budget, 1, { 'Khoản chi': '  HT ' }))).toEqual([]);
  });
  test('codes are exact otherwise: lower case is another code', () => {
    expect(findingsOf(withCells(TAB.budget, 1, { 'Khoản chi': 'ht' })).map((f) => f.code)).toEqual(['B001']);
  });
});

describe('B002 unit price above the cap for the level', () => {
  test('names the price, the cap, the category and the level', () => {
    expect(describeFindings(withCells(TAB.budget, 0, { 'Đơn giá': 200_000, 'Thành tiền': '' }))).toEqual([
      'B002 Lỗi Dự toán!E2 Đơn giá 200.000 đ vượt mức tối đa 150.000 đ của khoản Tiền ăn đại biểu áp dụng cho Chi bộ trực thuộc.',
    ]);
  });
  test('a line exactly at the cap is fine', () => {
    expect(describeFindings(withCells(TAB.budget, 0, { 'Đơn giá': 150_000, 'Thành tiền': '' }))).toEqual([]);
  });
  test('one đồng above the cap is not', () => {
    expect(
      findingsOf(withCells(TAB.budget, 0, { 'Đơn giá': 150_001, 'Thành tiền': '' })).map((f) => f.code),
    ).toEqual(['B002']);
  });
  test('per-level codes: the cap of the row covering the unit level applies', () => {
    const base = cleanTabs();
    const norms: RowObject[] = [
      {
        'Mã khoản chi': 'AN',
        'Nội dung chi': 'Tiền ăn đại biểu',
        'Đơn vị tính': 'người/ngày',
        'Áp dụng cho': 'Chi bộ trực thuộc; Chi bộ cơ sở',
        'Mức tối đa': 80_000,
        'Căn cứ': 'Quy định 3041-QĐ/VPTW',
      },
      {
        'Mã khoản chi': 'AN-DB',
        'Nội dung chi': 'Tiền ăn đại biểu',
        'Đơn vị tính': 'người/ngày',
        'Áp dụng cho': 'Đảng bộ cơ sở',
        'Mức tối đa': 120_000,
        'Căn cứ': 'Quy định 3041-QĐ/VPTW',
      },
      ...base[TAB.norms].slice(1),
    ];
    const tabs = withRows(
      TAB.budget,
      [line({ 'Mã đơn vị': 'BH', 'Khoản chi': 'AN-DB', 'Số lượng': 250, 'Số ngày': 2, 'Đơn giá': 120_000 })],
      { ...base, [TAB.norms]: norms },
    );
    // CB02 (Chi bộ trực thuộc) pays 100.000 against 80.000; BH (Đảng bộ cơ sở) pays exactly 120.000.
    expect(describeFindings(tabs)).toEqual([
      'B002 Lỗi Dự toán!E2 Đơn giá 100.000 đ vượt mức tối đa 80.000 đ của khoản Tiền ăn đại biểu áp dụng cho Chi bộ trực thuộc.',
    ]);
  });
});

describe('B003 Thành tiền differs from the computed amount', () => {
  test('per-day line: names both amounts and the formula', () => {
    expect(describeFindings(withCells(TAB.budget, 0, { 'Thành tiền': 28_000_000 }))).toEqual([
      'B003 Lỗi Dự toán!F2 Thành tiền ghi 28.000.000 đ nhưng tính được 28.200.000 đ (282 × 1 × 100.000 đ).',
    ]);
  });
  test('per-person line without days in the formula', () => {
    expect(describeFindings(withCells(TAB.budget, 2, { 'Thành tiền': 5_000_001 }))).toEqual([
      'B003 Lỗi Dự toán!F4 Thành tiền ghi 5.000.001 đ nhưng tính được 5.000.000 đ (250 × 20.000 đ).',
    ]);
  });
  test('near miss: the same amount typed as Vietnamese text', () => {
    expect(describeFindings(withCells(TAB.budget, 0, { 'Thành tiền': '28.200.000 đ' }))).toEqual([]);
  });
  test('near miss: an empty Thành tiền takes the computed amount', () => {
    expect(describeFindings(withCells(TAB.budget, 0, { 'Thành tiền': '' }))).toEqual([]);
  });
});

describe('B004 quantity above the congress delegates (per-person categories)', () => {
  test("names the congress's figure and its cell", () => {
    expect(describeFindings(withCells(TAB.budget, 0, { 'Số lượng': 300, 'Thành tiền': '' }))).toEqual([
      'B004 Lỗi Dự toán!C2 Số lượng 300 người nhiều hơn Tổng đại biểu của đại hội (282, ô Đại hội!I2).',
    ]);
  });
  test('near miss: exactly the delegates', () => {
    expect(describeFindings(withCells(TAB.budget, 2, { 'Số lượng': 250, 'Thành tiền': '' }))).toEqual([]);
  });
  test('near miss: a per-congress category is not counted in people', () => {
    expect(describeFindings(withCells(TAB.budget, 1, { 'Số lượng': 500, 'Đơn giá': 10_000 }))).toEqual([]);
  });
});

describe('B005 days above the congress days (per-day categories)', () => {
  test("names the congress's figure and its cell", () => {
    expect(describeFindings(withCells(TAB.budget, 0, { 'Số ngày': 1.5, 'Thành tiền': '' }))).toEqual([
      'B005 Lỗi Dự toán!D2 Số ngày 1,5 nhiều hơn Số ngày của đại hội (1, ô Đại hội!F2).',
    ]);
  });
  test('near miss: two days for the two-day congress of Bản Hon', () => {
    const tabs = withRows(TAB.budget, [
      line({ 'Mã đơn vị': 'BH', 'Số lượng': 250, 'Số ngày': 2, 'Đơn giá': 150_000 }),
    ]);
    expect(describeFindings(tabs)).toEqual([]);
  });
  test('near miss: days on a category that is not per day are ignored', () => {
    expect(describeFindings(withCells(TAB.budget, 1, { 'Số ngày': 9 }))).toEqual([]);
  });
});

describe('B006 budget line for a unit without a congress', () => {
  test('is reported at Mã đơn vị', () => {
    expect(describeFindings(withCells(TAB.budget, 2, { 'Mã đơn vị': 'HU' }))).toEqual([
      'B006 Lỗi Dự toán!A4 Đơn vị "HU" có dự toán nhưng không có hàng nào trong tab Đại hội.',
    ]);
  });
  test('near miss: a unit that does not exist is R002, not B006', () => {
    expect(findingsOf(withCells(TAB.budget, 2, { 'Mã đơn vị': 'XYZ' })).map((f) => f.code)).toEqual(['R002']);
  });
});

describe('B007 category without a cap for the level (warning)', () => {
  test('once per category, at its Mức tối đa cell, counting the lines and naming the level', () => {
    const tabs = withRows(
      TAB.budget,
      [line({ 'Số lượng': 10, 'Đơn giá': 100_000 }), line({ 'Số lượng': 5, 'Đơn giá': 100_000 })],
      withCells(TAB.norms, 0, { 'Mức tối đa': '' }),
    );
    expect(describeFindings(tabs)).toEqual([
      'B007 Cảnh báo Định mức!E2 Khoản "Tiền ăn đại biểu" chưa có định mức (Mức tối đa) cho Chi bộ trực thuộc; 3 dòng dự toán đang dùng khoản này.',
    ]);
    const [finding] = findingsOf(tabs);
    expect(finding!.hint).toContain('Nhập Mức tối đa theo văn bản quy định');
  });
  test('one finding for a norm used at two levels lists both', () => {
    const tabs = withRows(
      TAB.budget,
      [line({ 'Mã đơn vị': 'BH', 'Số lượng': 250, 'Số ngày': 2 })],
      withCells(TAB.norms, 0, { 'Mức tối đa': '' }),
    );
    expect(describeFindings(tabs)).toEqual([
      'B007 Cảnh báo Định mức!E2 Khoản "Tiền ăn đại biểu" chưa có định mức (Mức tối đa) cho Chi bộ trực thuộc, Đảng bộ cơ sở; 2 dòng dự toán đang dùng khoản này.',
    ]);
  });
  test('a level no row of the category covers is reported at the line', () => {
    const tabs = withCells(TAB.norms, 2, { 'Áp dụng cho': 'Chi bộ trực thuộc' });
    expect(describeFindings(tabs)).toEqual([
      'B007 Cảnh báo Dự toán!B4 Khoản "In ấn, phô tô tài liệu" chưa có định mức (Mức tối đa) cho Đảng bộ cơ sở; 1 dòng dự toán đang dùng khoản này.',
    ]);
  });
  test('near miss: an uncapped category no line uses gives no warning', () => {
    const tabs = withRows(TAB.norms, [
      {
        'Mã khoản chi': 'KHAC',
        'Nội dung chi': 'Chi khác',
        'Đơn vị tính': 'đại hội',
        'Áp dụng cho': 'Tất cả',
        'Mức tối đa': '',
        'Căn cứ': 'Quy định 3041-QĐ/VPTW',
      },
    ]);
    expect(describeFindings(tabs)).toEqual([]);
  });
  test('the uncapped line still counts: no B003 for a typed amount without a price', () => {
    const tabs = withCells(
      TAB.budget,
      1,
      { 'Đơn giá': '', 'Thành tiền': 4_000_000 },
      withCells(TAB.norms, 1, { 'Mức tối đa': '' }),
    );
    expect(findingsOf(tabs).map((f) => f.code)).toEqual(['B007']);
  });
});
