import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { cleanTabs } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

test('budget prints the totals per unit with the roll-up and the plan total', async () => {
  const file = join(tempDir(), 'dt.xlsx');
  await writePlan(file, cleanTabs());
  const run = daihoi(['budget', file]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('- Chi bộ 02 (bản Nà Phát): 33.200.000 đ\n');
  expect(run.stdout).toContain('Tổng dự toán: 38.200.000 đ\n');
});

test('--suggest --write appends lines for congresses without any, keeps a backup, and a second run adds nothing', async () => {
  const dir = tempDir();
  const file = join(dir, 'goi-y.xlsx');
  const tabs = cleanTabs();
  await writePlan(file, {
    ...tabs,
    [TAB.budget]: tabs[TAB.budget].filter((row) => row['Mã đơn vị'] !== 'BH'),
  });
  const first = daihoi(['budget', file, '--suggest', '--write']);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('Dự toán gợi ý: 3 dòng mới cho tab Dự toán.');
  expect(first.stdout).toContain(`Đã thêm 3 dòng vào tab Dự toán (bản sao lưu: ${file}.bak).`);
  expect(existsSync(`${file}.bak`)).toBe(true);
  const validate = daihoi(['validate', file, '--json', '--today', '2024-12-01']);
  expect(JSON.parse(validate.stdout)).toEqual([]);
  const second = daihoi(['budget', file, '--suggest', '--write']);
  expect(second.stdout).toBe('Không có gì để gợi ý: mọi đại hội đã có dòng dự toán.\n');
  const after = daihoi(['budget', file]);
  expect(after.stdout).toContain('Tổng dự toán: 125.700.000 đ'); // 33.200.000 + 75.000.000 + 10.000.000 + 7.500.000
});

test('--print writes one estimate per congress as HTML and PDF', async () => {
  const dir = tempDir();
  const file = join(dir, 'in.xlsx');
  await writePlan(file, cleanTabs());
  const run = daihoi(['budget', file, '--print', join(dir, 'du-toan'), '--today', '2024-12-21']);
  expect(run.code).toBe(0);
  expect(readdirSync(join(dir, 'du-toan')).sort()).toEqual([
    'du-toan-BH.html',
    'du-toan-BH.pdf',
    'du-toan-CB02.html',
    'du-toan-CB02.pdf',
  ]);
  expect(readFileSync(join(dir, 'du-toan', 'du-toan-CB02.html'), 'utf8')).toContain(
    'Ba mươi ba triệu hai trăm nghìn đồng',
  );
});
