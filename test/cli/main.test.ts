/** main() called in-process (fast): dispatch, help, argument errors and the validate table. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Output } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { planWorkbook, saveWorkbook } from '../../src/cli/xlsx/write';
import { dateCell } from '../../src/core/cells';
import { addDays } from '../../src/core/dates';
import { TAB } from '../../src/core/workbook/contract';
import { tempDir } from '../helpers/cli';
import { CLEAN_TODAY, cleanTabs, withCells } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const dir = tempDir();

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const output: Output = {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  };
  const code = await main(argv, output);
  return { code, stdout, stderr };
}

test('daihoi --help lists every command in Vietnamese', async () => {
  const result = await run(['--help']);
  expect(result.code).toBe(0);
  for (const verb of ['init', 'validate', 'budget', 'report', 'send', 'import']) {
    expect(result.stdout).toContain(`  daihoi ${verb} `);
  }
  expect(result.stdout).toContain('Cách dùng:');
});

test('daihoi with no command prints the usage and exits 2', async () => {
  const result = await run([]);
  expect(result.code).toBe(2);
  expect(result.stdout).toContain('daihoi validate TỆP.xlsx [--json] [--today YYYY-MM-DD]');
});

test.each([
  ['validate', 'daihoi validate TỆP.xlsx [--json] [--today YYYY-MM-DD]'],
  ['init', 'daihoi init TỆP.xlsx [--example [doan]] [--force]'],
])('daihoi %s --help prints that command only', async (verb, synopsis) => {
  const result = await run([verb, 'x.xlsx', '--help']);
  expect(result.code).toBe(0);
  expect(result.stdout.startsWith(`Cách dùng:\n  ${synopsis}\n`)).toBe(true);
  expect(result.stdout).not.toContain('daihoi send');
});

test.each([
  [['lam-gi'], 'daihoi: không có lệnh "lam-gi". Gõ "daihoi --help" để xem các lệnh.\n'],
  [['constructor'], 'daihoi: không có lệnh "constructor". Gõ "daihoi --help" để xem các lệnh.\n'],
  [['validate'], 'daihoi: lệnh "validate" cần tên tệp. Gõ "daihoi --help" để xem cách dùng.\n'],
  [['validate', 'a.xlsx', 'b.xlsx'], 'daihoi: tham số không hợp lệ: b.xlsx\n'],
  [
    ['validate', 'a.xlsx', '--today', '10/01/2025'],
    'daihoi: --today "10/01/2025" không hợp lệ: dùng dạng YYYY-MM-DD, một ngày có thật trong các năm 1990–2100, ví dụ 2025-01-10.\n',
  ],
  [
    ['init', 'a.xlsx', '--example=xyz'],
    'daihoi: không có kế hoạch mẫu "xyz": dùng --example (Huyện ủy, 2024) hoặc --example doan (Đoàn Khối, 2016).\n',
  ],
])('%j exits 2 with one line on stderr', async (argv, message) => {
  const result = await run(argv);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(message);
});

test('an unknown option exits 2 with a Vietnamese line', async () => {
  const result = await run(['validate', 'a.xlsx', '--jsn']);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^daihoi: tham số không hợp lệ: .*--jsn.*\n$/);
});

test('a bad --today is refused before the file is read', async () => {
  const file = join(dir, 'khong-doc.xlsx');
  writeFileSync(file, 'không phải bảng tính');
  const result = await run(['validate', file, '--today', '2025-13-01']);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('--today "2025-13-01" không hợp lệ');
});

test('the table names the tab as the user spelled it (two spaces), and the JSON keeps the contract name', async () => {
  const tabs = withCells(TAB.congresses, 0, { 'Số ngày': 2 });
  const workbook = planWorkbook(tabs);
  workbook.getWorksheet('Đại hội')!.name = 'Đại  hội';
  const file = join(dir, 'hoa.xlsx');
  await saveWorkbook(workbook, file);

  const table = await run(['validate', file, '--today', CLEAN_TODAY]);
  expect(table.code).toBe(1);
  const lines = table.stdout.split('\n');
  expect(lines[0]).toBe('Lỗi       D003  Đại  hội!F2');
  expect(lines[1]).toBe('    Đại hội kéo dài 2 ngày, vượt giới hạn 1 ngày của Chi bộ trực thuộc.');
  expect(lines[2]).toMatch(/^ {4}→ \S/);
  expect(lines.slice(3)).toEqual(['1 lỗi, 0 cảnh báo, 0 thông tin.', '']);

  const json = await run(['validate', file, '--json', '--today', CLEAN_TODAY]);
  expect(JSON.parse(json.stdout)).toEqual([
    {
      code: 'D003',
      severity: 'Lỗi',
      sheet: 'Đại hội',
      cell: 'F2',
      message: 'Đại hội kéo dài 2 ngày, vượt giới hạn 1 ngày của Chi bộ trực thuộc.',
      hint: 'Thời gian họp trù bị tính vào thời gian đại hội. Giới hạn có thể đổi trong Cấu hình với khóa "Số ngày tối đa: <Loại đơn vị>".',
    },
  ]);
});

test('--json is exactly an array of {code, severity, sheet, cell, message, hint}, cell null for a whole tab', async () => {
  const workbook = planWorkbook(cleanTabs());
  workbook.removeWorksheet(workbook.getWorksheet('Người nhận')!.id);
  const file = join(dir, 'thieu-tab.xlsx');
  await saveWorkbook(workbook, file);
  const result = await run(['validate', file, '--json', '--today', CLEAN_TODAY]);
  expect(result.code).toBe(1);
  const findings = JSON.parse(result.stdout) as Record<string, unknown>[];
  expect(findings.length).toBeGreaterThan(0);
  for (const item of findings) {
    expect(Object.keys(item)).toEqual(['code', 'severity', 'sheet', 'cell', 'message', 'hint']);
    expect(String(item.hint).length).toBeGreaterThan(10);
  }
  expect(findings).toContainEqual(
    expect.objectContaining({ code: 'S001', severity: 'Lỗi', sheet: 'Người nhận', cell: null }),
  );
});

async function codesWithoutToday(zone: string, dueOffsetDays: number): Promise<string[]> {
  const todayThere = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  const tabs = cleanTabs();
  tabs[TAB.settings].find((row) => row.Khóa === 'Múi giờ')!['Giá trị'] = zone;
  tabs[TAB.milestones] = [
    { 'Mã công việc': 'CV', 'Nội dung': 'Việc', Hạn: dateCell(addDays(todayThere, dueOffsetDays)) },
  ];
  const file = join(dir, `mui-gio-${zone.replace('/', '-')}.xlsx`);
  await writePlan(file, tabs);
  const result = await run(['validate', file, '--json']);
  return (JSON.parse(result.stdout) as { code: string }[]).map((f) => f.code);
}

// Zones at both ends of the clock: whatever the hour, a "today" taken in UTC or the host's zone
// disagrees with at least one of them.
test('without --today, today is taken in the workbook zone (UTC−11): due today is not overdue', async () => {
  const codes = await codesWithoutToday('Pacific/Pago_Pago', 0);
  expect(codes).toContain('M002');
  expect(codes).not.toContain('M001');
});

test('without --today, today is taken in the workbook zone (UTC+14): due yesterday is overdue', async () => {
  expect(await codesWithoutToday('Pacific/Kiritimati', -1)).toContain('M001');
});

test('init --example=doan is the same as --example doan', async () => {
  const a = join(dir, 'doan-a.xlsx');
  const b = join(dir, 'doan-b.xlsx');
  expect((await run(['init', a, '--example=doan'])).code).toBe(0);
  expect((await run(['init', '--example', 'doan', b])).code).toBe(0);
  const names = async (file: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return workbook.getWorksheet('Đơn vị')!.getColumn(2).values.filter(Boolean);
  };
  const units = await names(a);
  expect(units).toEqual(await names(b));
  expect(units).toContain('Chi đoàn Kho bạc Nhà nước tỉnh Lai Châu');
  expect(units).toHaveLength(1 + 1 + 18); // header, Đoàn Khối, the 18 units of the list
});
