/** Two tabs that match one required name are an error naming both, never a silent choice. */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { validateWorkbook } from '../../src/core';
import { TAB } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';
import { buildWorkbook, cleanTabs } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const NFD = TAB.units.normalize('NFD');

test('the core: S003 on the tab, both names quoted, neither tab read', () => {
  const raw = buildWorkbook({}, { extraSheets: [{ name: NFD, rows: [['Mã đơn vị'], ['KHÁC']] }] });
  const { findings, workbook } = validateWorkbook(raw, { today: '2024-12-01' });
  const s003 = findings.filter((f) => f.code === 'S003');
  expect(s003).toEqual([
    expect.objectContaining({
      sheet: TAB.units,
      cell: null,
      message: `Có 2 tab cùng ứng với tab "Đơn vị": "Đơn vị", "${NFD}" (tên chỉ khác nhau ở chữ hoa, khoảng trắng hoặc cách gõ dấu). Chưa đọc tab nào trong số này.`,
      hint: 'Giữ một tab tên "Đơn vị"; đổi tên hoặc xóa tab còn lại.',
    }),
  ]);
  expect(findings.some((f) => f.code === 'S001')).toBe(false);
  expect(workbook.units).toEqual([]);
});

test('the command line: validate names both; a write into the workbook refuses to guess', async () => {
  const dir = tempDir();
  const file = join(dir, 'hai-tab.xlsx');
  const tabs = cleanTabs();
  await writePlan(file, {
    ...tabs,
    [TAB.budget]: tabs[TAB.budget].filter((row) => row['Mã đơn vị'] !== 'BH'),
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  book.addWorksheet('DỰ TOÁN ').addRow(['Mã đơn vị', 'Khoản chi']);
  await book.xlsx.writeFile(file);

  const validate = daihoi(['validate', file, '--json', '--today', '2024-12-01']);
  expect(validate.code).toBe(1);
  const findings = JSON.parse(validate.stdout) as { code: string; sheet: string; message: string }[];
  expect(findings.filter((f) => f.code === 'S003').map((f) => [f.sheet, f.message])).toEqual([
    [
      'Dự toán',
      'Có 2 tab cùng ứng với tab "Dự toán": "Dự toán", "DỰ TOÁN " (tên chỉ khác nhau ở chữ hoa, khoảng trắng hoặc cách gõ dấu). Chưa đọc tab nào trong số này.',
    ],
  ]);

  const write = daihoi(['budget', file, '--suggest', '--write']);
  expect(write.code).toBe(2);
  expect(write.stderr).toContain(
    `có 2 tab cùng ứng với tab "Dự toán" ("Dự toán", "DỰ TOÁN "; tên chỉ khác nhau ở chữ hoa, khoảng trắng hoặc cách gõ dấu); không biết ghi vào tab nào nên chưa ghi gì.`,
  );
});
