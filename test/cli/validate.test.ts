import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateCell } from '../../src/core/cells';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { CLEAN_TODAY, cleanTabs, withCells } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const dir = tempDir();

test('a clean workbook: exit 0, no finding, a Vietnamese summary', async () => {
  const file = join(dir, 'sach.xlsx');
  await writePlan(file, cleanTabs());
  const run = daihoi(['validate', file, '--today', CLEAN_TODAY]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toBe('Không có lỗi, cảnh báo hay thông tin nào: dữ liệu hợp lệ.\n');
});

test('planted errors: exit 1 and --json lists each at its cell, in the contract shape', async () => {
  const file = join(dir, 'loi.xlsx');
  let tabs = withCells(TAB.congresses, 0, { 'Tổng đại biểu': 283 });
  tabs = withCells(TAB.units, 1, { 'Ngày hết nhiệm kỳ': '31/02/2025' }, tabs);
  tabs = withCells(TAB.recipients, 0, { Email: 'que@@phongtho.vn' }, tabs);
  await writePlan(file, tabs);
  const run = daihoi(['validate', file, '--json', '--today', CLEAN_TODAY]);
  expect(run.code).toBe(1);
  const findings = JSON.parse(run.stdout);
  expect(findings).toEqual([
    {
      code: 'T002',
      severity: 'Lỗi',
      sheet: 'Đơn vị',
      cell: 'G3',
      message: '"31/02/2025" ở cột "Ngày hết nhiệm kỳ" không phải ngày có thật.',
      hint: 'Nhập ngày dạng dd/mm/yyyy, ví dụ 10/01/2025 (cũng nhận d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy).',
    },
    {
      code: 'D001',
      severity: 'Lỗi',
      sheet: 'Đại hội',
      cell: 'I2',
      message: 'Tổng đại biểu là 283 nhưng Thành viên dự + Đại biểu mời = 282 (13 + 269).',
      hint: 'Sửa Tổng đại biểu hoặc hai cột cộng thành nó.',
    },
    {
      code: 'T006',
      severity: 'Lỗi',
      sheet: 'Người nhận',
      cell: 'B2',
      message: '"que@@phongtho.vn" ở cột "Email" không phải địa chỉ email hợp lệ.',
      hint: 'Nhập một địa chỉ mỗi ô, dạng ten@donvi.vn, không kèm tên hay dấu chấm phẩy.',
    },
  ]);
  expect(Object.keys(findings[0])).toEqual(['code', 'severity', 'sheet', 'cell', 'message', 'hint']);
});

test('a Phạm vi typed as a unit name: --json carries the hint with the unit code', async () => {
  const file = join(dir, 'pham-vi.xlsx');
  await writePlan(file, withCells(TAB.recipients, 1, { 'Phạm vi': 'Đảng bộ xã Bình Lư' }));
  const run = daihoi(['validate', file, '--json', '--today', CLEAN_TODAY]);
  expect(run.code).toBe(1);
  expect(JSON.parse(run.stdout)).toEqual([
    {
      code: 'R002',
      severity: 'Lỗi',
      sheet: 'Người nhận',
      cell: 'C3',
      message: 'Phạm vi "Đảng bộ xã Bình Lư" không có trong tab "Đơn vị".',
      hint: '"Đảng bộ xã Bình Lư" là tên đơn vị; ô này cần mã đơn vị: nhập BL.',
    },
  ]);
});

test('the readable table names the cell, the message and the hint', async () => {
  const file = join(dir, 'bang.xlsx');
  await writePlan(file, withCells(TAB.congresses, 0, { 'Số ngày': 2 }));
  const run = daihoi(['validate', file, '--today', CLEAN_TODAY]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('Lỗi       D003  Đại hội!F2');
  expect(run.stdout).toContain('Đại hội kéo dài 2 ngày, vượt giới hạn 1 ngày của Chi bộ trực thuộc.');
  expect(run.stdout).toMatch(/1 lỗi, 0 cảnh báo, 0 thông tin\.\n$/);
});

test('--today decides what is overdue; warnings alone exit 0', async () => {
  const file = join(dir, 'han.xlsx');
  await writePlan(file, cleanTabs());
  const run = daihoi(['validate', file, '--json', '--today', '2024-12-21']);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout).map((f: { code: string; cell: string }) => `${f.code} ${f.cell}`)).toEqual([
    'M001 D2',
  ]);
});

test('dates survive the round trip under any host time zone', async () => {
  const file = join(dir, 'tz.xlsx');
  await writePlan(file, withCells(TAB.congresses, 0, { 'Ngày đại hội': dateCell('2025-01-11') }));
  for (const TZ of ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles']) {
    const run = daihoi(['validate', file, '--json', '--today', CLEAN_TODAY], { TZ });
    expect(JSON.parse(run.stdout).map((f: { message: string }) => f.message)).toEqual([
      'Ngày đại hội 11/01/2025 sau Hạn hoàn thành 10/01/2025.',
    ]);
  }
});

describe('unreadable input: exit 2 and one clear line on stderr', () => {
  test.each([
    ['a missing file', () => join(dir, 'khong-co.xlsx'), /tệp không tồn tại/],
    [
      'a text file named .xlsx',
      () => {
        const file = join(dir, 'van-ban.xlsx');
        writeFileSync(file, 'đây không phải bảng tính');
        return file;
      },
      /không phải tệp \.xlsx hợp lệ/,
    ],
    [
      'a corrupt zip',
      () => {
        const file = join(dir, 'hong.xlsx');
        writeFileSync(file, Buffer.from('504b0304deadbeef', 'hex'));
        return file;
      },
      /không phải tệp \.xlsx hợp lệ/,
    ],
  ])('%s', (_, make, message) => {
    const run = daihoi(['validate', (make as () => string)()]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message as RegExp);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a bad --today', async () => {
    const file = join(dir, 'ngay.xlsx');
    await writePlan(file, cleanTabs());
    const run = daihoi(['validate', file, '--today', '2025-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'daihoi: --today "2025-02-30" không hợp lệ: dùng dạng YYYY-MM-DD, một ngày có thật trong các năm 1990–2100, ví dụ 2025-01-10.\n',
    );
  });
});
