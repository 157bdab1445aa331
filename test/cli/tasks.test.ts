/**
 * daihoi tasks as a user runs it: it lists the standard steps each congress lacks, writes nothing
 * without --write, appends them after a backup with --write (existing rows untouched), and a second
 * run adds nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { buildWorkbook, cleanTabs } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function milestoneRows(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(TAB.milestones)!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1, 8));
  });
  return rows;
}

test('without --write it lists the suggested tasks and leaves the file as it was', async () => {
  const file = join(tempDir(), 'moc.xlsx');
  await writePlan(file, cleanTabs());
  const before = digest(file);
  const run = daihoi(['tasks', file]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Mốc công việc gợi ý: 16 công việc mới cho 2 đại hội (tab Mốc thời gian).');
  expect(run.stdout).toContain(
    '2 bước đã có công việc tương ứng trong tab Mốc thời gian nên không thêm lại.',
  );
  expect(run.stdout).toMatch(
    /YKNS-BH +Xin ý kiến cấp ủy cấp trên \(Đảng bộ huyện Phong Thổ\) về phương án nhân sự đại hội Đảng bộ xã Bản Hon +BH +18\/02\/2025 +KH-BH\n/,
  );
  expect(run.stdout).toContain('Chưa ghi vào tệp: chạy lại với --write');
  expect(digest(file)).toBe(before);
});

test('--write appends below the last row after a backup; a second run adds nothing and writes nothing', async () => {
  const file = join(tempDir(), 'ghi.xlsx');
  await writePlan(file, cleanTabs());
  const original = readFileSync(file);
  const rowsBefore = await milestoneRows(file);

  const first = daihoi(['tasks', file, '--write']);
  expect(first.code).toBe(0);
  const backup = /bản sao lưu: (.+)\)\./.exec(first.stdout)?.[1];
  expect(first.stdout).toContain('Đã thêm 16 công việc vào cuối tab Mốc thời gian');
  expect(readFileSync(backup!)).toEqual(original);

  const rowsAfter = await milestoneRows(file);
  expect(rowsAfter.slice(0, rowsBefore.length)).toEqual(rowsBefore);
  expect(rowsAfter).toHaveLength(rowsBefore.length + 16);
  const gm = rowsAfter.find((row) => row[0] === 'GM-CB02')!;
  expect(gm.slice(0, 4)).toEqual([
    'GM-CB02',
    'Gửi giấy mời đại biểu dự đại hội Chi bộ 02 (bản Nà Phát)',
    'CB02',
    new Date(Date.UTC(2024, 11, 29)),
  ]);
  expect(gm[5]).toBe('CV01');
  expect(gm[6]).toBe('Gợi ý: 10 ngày trước ngày đại hội 08/01/2025');

  // The added rows are valid rows: no error, no dependency out of order.
  const validate = daihoi(['validate', file, '--json', '--today', '2024-11-01']);
  const findings = JSON.parse(validate.stdout) as { code: string; severity: string }[];
  expect(findings.filter((f) => f.severity === 'Lỗi' || f.code === 'M004')).toEqual([]);

  const written = digest(file);
  const second = daihoi(['tasks', file, '--write']);
  expect(second.code).toBe(0);
  expect(second.stdout).toBe(
    'Không có gì để thêm: các đại hội đã có đủ mốc công việc theo các bước chuẩn.\n',
  );
  expect(digest(file)).toBe(written);
});

test('the examples already carry their standard tasks', () => {
  const dir = tempDir();
  for (const example of [[], ['doan']]) {
    const file = join(dir, `vi-du-${example.length}.xlsx`);
    expect(daihoi(['init', file, '--example', ...example]).code).toBe(0);
    expect(daihoi(['tasks', file]).stdout).toBe(
      'Không có gì để thêm: các đại hội đã có đủ mốc công việc theo các bước chuẩn.\n',
    );
  }
});

test('a blank workbook has nothing to suggest; a workbook without Mốc thời gian is told so; a bad file exits 2', async () => {
  const dir = tempDir();
  const blank = join(dir, 'trong.xlsx');
  expect(daihoi(['init', blank]).code).toBe(0);
  expect(daihoi(['tasks', blank]).stdout).toBe(
    'Chưa có đại hội nào có Hạn hoàn thành trong tab Đại hội: chưa có mốc công việc nào để gợi ý.\n',
  );

  const noTasks = join(dir, 'thieu.xlsx');
  const raw = buildWorkbook({}, { omit: [TAB.milestones] });
  const workbook = new ExcelJS.Workbook();
  for (const sheet of raw.sheets)
    workbook.addWorksheet(sheet.name).addRows(sheet.rows.map((row) => [...row]));
  await workbook.xlsx.writeFile(noTasks);
  const missing = daihoi(['tasks', noTasks, '--write']);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toBe(
    'daihoi: Bảng tính chưa có tab "Mốc thời gian"; hãy thêm tab này (daihoi init tạo đủ các tab).\n',
  );

  const bad = join(dir, 'hong.xlsx');
  writeFileSync(bad, 'không phải xlsx');
  const unreadable = daihoi(['tasks', bad]);
  expect(unreadable.code).toBe(2);
  expect(unreadable.stderr).toContain('không phải tệp .xlsx hợp lệ');
});
