import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { COLUMNS, INPUT_TABS } from '../../src/core/workbook/contract';
import { daihoi, tempDir } from '../helpers/cli';

const dir = tempDir();

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

test('init writes every tab and header, with notes, dropdowns, formats and highlights', async () => {
  const file = join(dir, 'trong.xlsx');
  const run = daihoi(['init', file]);
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(`Đã ghi ${file}\n`);
  const workbook = await open(file);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...INPUT_TABS]);
  for (const tab of INPUT_TABS) {
    const sheet = workbook.getWorksheet(tab)!;
    const headers = (COLUMNS[tab] as readonly { header: string }[]).map((spec) => spec.header);
    expect(headers.map((_, i) => sheet.getRow(1).getCell(i + 1).value)).toEqual(headers);
    expect(sheet.getRow(1).getCell(1).note).toBeTruthy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  }
  const congresses = workbook.getWorksheet('Đại hội')!;
  expect(congresses.getCell('K2').dataValidation).toMatchObject({
    type: 'list',
    formulae: ['"Chưa bắt đầu,Đang chuẩn bị,Đã duyệt văn kiện,Đã tổ chức,Đã báo cáo"'],
    errorStyle: 'warning',
  });
  expect(congresses.getCell('A500').dataValidation?.formulae).toEqual(["'Đơn vị'!$A$2:$A$1000"]);
  expect(congresses.getCell('J2').numFmt).toBe('dd/mm/yyyy');
  expect(workbook.getWorksheet('Dự toán')!.getCell('E2').numFmt).toBe('#,##0');
  expect(workbook.getWorksheet('Dự toán')!.getCell('B2').dataValidation?.formulae).toEqual([
    "'Định mức'!$A$2:$A$1000",
  ]);
  const highlights = (
    workbook.getWorksheet('Mốc thời gian') as unknown as { conditionalFormattings: unknown[] }
  ).conditionalFormattings;
  expect(highlights).toHaveLength(3);
  const norms = workbook.getWorksheet('Định mức')!;
  expect(norms.rowCount).toBeGreaterThan(10);
  for (let r = 2; r <= norms.rowCount; r++) {
    expect(norms.getCell(`E${r}`).value).toBeNull();
    expect(String(norms.getCell(`F${r}`).value)).toMatch(/3041-QĐ\/VPTW|99-QĐ\/TW/);
  }
});

test('init refuses to overwrite without --force', () => {
  const file = join(dir, 'co-roi.xlsx');
  expect(daihoi(['init', file]).code).toBe(0);
  const again = daihoi(['init', file]);
  expect(again.code).toBe(2);
  expect(again.stderr).toBe(`daihoi: tệp "${file}" đã có; thêm --force để ghi đè.\n`);
  expect(daihoi(['init', file, '--force']).code).toBe(0);
});

describe.each([
  ['--example', [] as string[], 'Tần Thị Quế'],
  ['--example doan', ['doan'], 'Hồ Thị Nhung'],
])('init %s', (_, extra, signer) => {
  test.each(['2016-01-01', '2024-09-01', '2025-01-05', '2026-11-22', '2030-01-01'])(
    'validates with no Lỗi on %s',
    (today) => {
      const file = join(dir, `vi-du-${extra.join('')}-${today}.xlsx`);
      expect(daihoi(['init', file, '--example', ...extra]).code).toBe(0);
      const run = daihoi(['validate', file, '--json', '--today', today]);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).filter((f: { severity: string }) => f.severity === 'Lỗi')).toEqual([]);
    },
  );

  test('carries the signer of the plan', async () => {
    const file = join(dir, `ky-${extra.join('')}.xlsx`);
    daihoi(['init', file, '--example', ...extra]);
    const settings = (await open(file)).getWorksheet('Cấu hình')!;
    const values = settings.getSheetValues().flat().map(String);
    expect(values).toContain(signer);
  });
});

test('LibreOffice opens the workbook init writes', () => {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  if (!soffice) {
    console.warn('LibreOffice is not installed: apt-get install libreoffice-calc-nogui (.ci/run does).');
  }
  expect(soffice).toBeDefined();
  const file = join(dir, 'lo.xlsx');
  daihoi(['init', file, '--example']);
  const out = join(dir, 'lo-out');
  const result = spawnSync(
    soffice!,
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,3',
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(result.status).toBe(0);
  const csv = readFileSync(join(out, 'lo-Đại hội.csv'), 'utf8');
  expect(csv).toContain('Đại hội điểm');
  expect(csv).toContain('10/01/2025');
});
