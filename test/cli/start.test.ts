/** npm start's script, run against the already built CLI (the build step itself is `npm run build`). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { daihoi, ROOT, tempDir } from '../helpers/cli';

test('npm start writes the example, prints its findings with no Lỗi, writes the report and exits 0', () => {
  const out = join(tempDir(), 'out');
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--no-build', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(run.stderr).not.toMatch(/lỗi không mong đợi|Error/);
  expect(run.status).toBe(0);
  const workbook = join(out, 'vi-du-dai-hoi-diem.xlsx');
  expect(run.stdout).toContain(`Đã ghi ${workbook}`);
  expect(run.stdout).toContain('== Kiểm tra dữ liệu (ví dụ tính đến ngày 02/12/2024) ==');
  expect(run.stdout).toMatch(/\n0 lỗi, \d+ cảnh báo, \d+ thông tin\.\n/);
  expect(run.stdout).toContain('Cảnh báo  B007  Định mức!');
  // The 2024 example is reported as of a day inside its plan, not as years overdue.
  const html = readFileSync(join(out, 'bao-cao', 'report.html'), 'utf8');
  expect(html).toContain('ngày 02 tháng 12 năm 2024');
  expect(html).toContain('quá 31 ngày');
  // The workbook it wrote is the example: it validates with exit 0.
  expect(daihoi(['validate', workbook, '--today', '2024-09-01']).code).toBe(0);
}, 200_000);
