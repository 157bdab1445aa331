/** The `Kiểm tra dữ liệu` tab both hosts write: counts and time in the title, each finding where it is. */
import { checkedAt, type Finding, findingsSheet } from '../../../src/core';

const FINDINGS: Finding[] = [
  { code: 'R002', severity: 'Lỗi', sheet: 'Đơn vị', cell: 'D5', message: 'Sai cấp trên.', hint: 'Sửa mã.' },
  {
    code: 'S002',
    severity: 'Cảnh báo',
    sheet: 'Dự toán',
    cell: null,
    message: 'Thiếu cột.',
    hint: 'Thêm cột.',
  },
];

test('the title counts the findings; Tab and Ô show the tab as the workbook spells it', () => {
  const spelled = (name: string) => (name === 'Đơn vị' ? 'ĐƠN VỊ' : name);
  const block = findingsSheet(FINDINGS, '08:30 10/01/2025', spelled);
  expect(block.rows).toEqual([
    ['Kết quả kiểm tra lúc 08:30 10/01/2025: 1 lỗi, 1 cảnh báo, 0 thông tin.', '', '', '', '', ''],
    ['Mức độ', 'Mã', 'Tab', 'Ô', 'Nội dung', 'Gợi ý'],
    ['Lỗi', 'R002', 'ĐƠN VỊ', 'ĐƠN VỊ!D5', 'Sai cấp trên.', 'Sửa mã.'],
    ['Cảnh báo', 'S002', 'Dự toán', '(cả tab)', 'Thiếu cột.', 'Thêm cột.'],
  ]);
  expect(block.formats.every((format) => format === 'text')).toBe(true);
});

test('with nothing found the tab says so under Nội dung', () => {
  expect(findingsSheet([], '08:30 10/01/2025', (name) => name).rows.slice(1)).toEqual([
    ['Mức độ', 'Mã', 'Tab', 'Ô', 'Nội dung', 'Gợi ý'],
    ['', '', '', '', 'Không có lỗi, cảnh báo hay thông tin nào.', ''],
  ]);
});

test('checkedAt is the wall clock of the workbook’s zone', () => {
  expect(checkedAt(new Date('2025-01-09T17:05:00Z'), 'Asia/Ho_Chi_Minh')).toBe('00:05 10/01/2025');
});
