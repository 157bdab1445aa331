/** The `Dự toán chi tiết` tab: each congress's lines, then its total in figures and in words. */
import { estimateSheet, estimatesOf, readWorkbook, TAB } from '../../../src/core';
import { buildWorkbook, type PlanTabs, withCells } from '../../helpers/workbook-builder';

function plan(tabs: Partial<PlanTabs> = {}) {
  return readWorkbook(buildWorkbook(tabs)).workbook;
}

test('the Dự toán chi tiết rows: a header, the lines and a total row per congress', () => {
  expect(estimateSheet(estimatesOf(plan())).rows).toEqual([
    [
      'Đơn vị',
      'STT',
      'Nội dung chi',
      'Đơn vị tính',
      'Số lượng',
      'Số ngày',
      'Đơn giá',
      'Thành tiền',
      'Căn cứ',
      'Vượt định mức',
    ],
    [
      'Chi bộ 02 (bản Nà Phát)',
      1,
      'Tiền ăn đại biểu',
      'người/ngày',
      282,
      1,
      100_000,
      28_200_000,
      'Quy định 3041-QĐ/VPTW',
      '',
    ],
    [
      'Chi bộ 02 (bản Nà Phát)',
      2,
      'Thuê hội trường, trang trí, khánh tiết',
      'đại hội',
      1,
      '',
      5_000_000,
      5_000_000,
      'Quy định 3041-QĐ/VPTW',
      '',
    ],
    [
      'Chi bộ 02 (bản Nà Phát)',
      '',
      'Tổng cộng',
      '',
      '',
      '',
      '',
      33_200_000,
      'Ba mươi ba triệu hai trăm nghìn đồng',
      '',
    ],
    [
      'Đảng bộ xã Bản Hon',
      1,
      'In ấn, phô tô tài liệu',
      'người',
      250,
      '',
      20_000,
      5_000_000,
      'Quy định 3041-QĐ/VPTW',
      '',
    ],
    ['Đảng bộ xã Bản Hon', '', 'Tổng cộng', '', '', '', '', 5_000_000, 'Năm triệu đồng', ''],
  ]);
});

test('Dự toán chi tiết: a line above its norm has the amount above it in its last column, summed on the total row', () => {
  const { rows } = estimateSheet(
    estimatesOf(plan(withCells(TAB.budget, 0, { 'Đơn giá': 180_000, 'Thành tiền': '' }))),
  );
  expect(rows[1]!.slice(6)).toEqual([180_000, 50_760_000, 'Quy định 3041-QĐ/VPTW', 8_460_000]);
  expect(rows[2]!.at(-1)).toBe('');
  expect(rows[3]!.slice(7)).toEqual([
    55_760_000,
    'Năm mươi lăm triệu bảy trăm sáu mươi nghìn đồng',
    8_460_000,
  ]);
});

test('quantities and days keep the general format, so 0,5 ngày shows as typed', () => {
  const block = estimateSheet(estimatesOf(plan()));
  expect(block.formats).toEqual([
    'text',
    'count',
    'text',
    'text',
    'general',
    'general',
    'money',
    'money',
    'text',
    'money',
  ]);
  expect(block.titleRows).toBe(0);
});

test('Dự toán chi tiết: a line with no price yet has an empty Thành tiền, not 0, and adds nothing to the total', () => {
  const { rows } = estimateSheet(
    estimatesOf(plan(withCells(TAB.budget, 1, { 'Đơn giá': '', 'Thành tiền': '' }))),
  );
  expect(rows[2]!.slice(6, 8)).toEqual(['', '']);
  expect(rows[3]!.slice(7, 8)).toEqual([28_200_000]);
});
