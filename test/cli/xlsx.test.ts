/** The xlsx adapter in-process: reading exceljs's value shapes, writing text safely, appending rows. */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { UnusableInputError } from '../../src/cli/errors';
import { MAX_INPUT_BYTES, plainCell, readXlsx } from '../../src/cli/xlsx/read';
import { writeWorkbookWithExtraSheets } from '../../src/cli/xlsx/report-workbook';
import { appendRows, BACKUP_SUFFIX, planWorkbook, saveWorkbook } from '../../src/cli/xlsx/write';
import { dateCell } from '../../src/core/cells';
import { TAB } from '../../src/core/workbook/contract';
import { tempDir } from '../helpers/cli';
import { cleanTabs } from '../helpers/workbook-builder';
import { writePlan } from '../helpers/xlsx';

const dir = tempDir();

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('plainCell: exceljs values -> core cells', () => {
  test.each([
    ['empty', null, null],
    ['a number', 282, 282],
    ['a string', 'Bản Hon', 'Bản Hon'],
    ['a boolean', true, true],
    ['rich text', { richText: [{ text: 'Chi bộ ' }, { font: { bold: true }, text: '02' }] }, 'Chi bộ 02'],
    ['a formula with a number result', { formula: 'G2+H2', result: 282 }, 282],
    ['a formula with an error result', { formula: 'A1/0', result: { error: '#DIV/0!' } }, '#DIV/0!'],
    ['a formula not yet computed', { formula: 'SUM(A1:A3)' }, null],
    ['a shared formula', { sharedFormula: 'G2', result: 66 }, 66],
    [
      'a hyperlink',
      { text: 'que@phongtho.example.vn', hyperlink: 'mailto:que@phongtho.example.vn' },
      'que@phongtho.example.vn',
    ],
    ['an error', { error: '#REF!' }, '#REF!'],
    ['a date (UTC midnight)', new Date(Date.UTC(2025, 0, 10)), dateCell('2025-01-10')],
    ['a date late in the UTC day', new Date(Date.UTC(2025, 2, 31, 23, 30)), dateCell('2025-03-31')],
    ['an invalid date', new Date(Number.NaN), '#VALUE!'],
  ])('%s', (_, value, expected) => {
    expect(plainCell(value as ExcelJS.CellValue)).toEqual(expected);
  });

  test('a formula whose result is a date', () => {
    expect(
      plainCell({ formula: 'D2+1', result: new Date(Date.UTC(2024, 10, 1)) } as ExcelJS.CellValue),
    ).toEqual(dateCell('2024-11-01'));
  });
});

test('readXlsx: every tab, header row first, merged cells only at their top-left, blank rows kept', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đơn vị');
  sheet.addRow(['Mã đơn vị', 'Tên đơn vị', 'Ngày hết nhiệm kỳ']);
  sheet.addRow([
    'BH',
    { richText: [{ text: 'Đảng bộ xã ' }, { text: 'Bản Hon' }] },
    new Date(Date.UTC(2025, 9, 31)),
  ]);
  sheet.getCell('A4').value = 'BL';
  sheet.getCell('B4').value = 'Đảng bộ xã Bình Lư';
  sheet.mergeCells('B4:C4');
  workbook.addWorksheet('Trống');
  const file = join(dir, 'doc.xlsx');
  await workbook.xlsx.writeFile(file);

  const raw = await readXlsx(file);
  expect(raw.date1904).toBe(false);
  expect(raw.sheets.map((s) => s.name)).toEqual(['Đơn vị', 'Trống']);
  expect(raw.sheets[0]!.rows).toEqual([
    ['Mã đơn vị', 'Tên đơn vị', 'Ngày hết nhiệm kỳ'],
    ['BH', 'Đảng bộ xã Bản Hon', dateCell('2025-10-31')],
    [],
    ['BL', 'Đảng bộ xã Bình Lư', null],
  ]);
  expect(raw.sheets[1]!.rows).toEqual([]);
});

test('readXlsx honours the 1904 date system', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet('Mốc thời gian');
  sheet.addRow(['Hạn']);
  sheet.addRow([new Date(Date.UTC(2024, 10, 1))]);
  const file = join(dir, 'mac.xlsx');
  await workbook.xlsx.writeFile(file);
  const raw = await readXlsx(file);
  expect(raw.date1904).toBe(true);
  expect(raw.sheets[0]!.rows[1]).toEqual([dateCell('2024-11-01')]);
});

describe('readXlsx refuses what it cannot read, with one Vietnamese sentence', () => {
  test('a missing file', async () => {
    await expect(readXlsx(join(dir, 'khong-co.xlsx'))).rejects.toThrow(
      new UnusableInputError(`không đọc được tệp "${join(dir, 'khong-co.xlsx')}": tệp không tồn tại.`),
    );
  });

  test('a folder', async () => {
    await expect(readXlsx(dir)).rejects.toThrow(`không đọc được "${dir}": đây không phải một tệp.`);
  });

  test('a file larger than 50 MB is refused before it is opened', async () => {
    const file = join(dir, 'lon.xlsx');
    // A sparse file: the size is there, the disk blocks are not.
    const fd = openSync(file, 'w');
    closeSync(fd);
    execFileSync('truncate', ['-s', String(MAX_INPUT_BYTES + 1), file]);
    await expect(readXlsx(file)).rejects.toThrow(`không đọc được tệp "${file}": tệp lớn hơn 50 MB.`);
  });

  test('a zip that is not a workbook', async () => {
    const file = join(dir, 'zip.xlsx');
    const notes = join(dir, 'ghi-chu.txt');
    writeFileSync(notes, 'không phải bảng tính');
    execFileSync('python3', [
      '-c',
      `import zipfile;z=zipfile.ZipFile(${JSON.stringify(file)},'w');z.write(${JSON.stringify(notes)},'a.txt');z.close()`,
    ]);
    await expect(readXlsx(file)).rejects.toThrow(
      `không đọc được tệp "${file}": đây không phải tệp .xlsx hợp lệ.`,
    );
  });
});

test('text starting with = + - @ is written as text, never as a formula, and reads back unchanged', async () => {
  const tabs = cleanTabs();
  const risky = ['=HYPERLINK("http://x.example","bấm")', '+84 912 345 678', '-5', '@vanphong'];
  tabs[TAB.units][0]!['Người liên hệ'] = risky[0]!;
  tabs[TAB.units][1]!['Người liên hệ'] = risky[1]!;
  tabs[TAB.units][2]!['Người liên hệ'] = risky[2]!;
  tabs[TAB.recipients][0]!['Họ tên'] = risky[3]!;
  const file = join(dir, 'cong-thuc.xlsx');
  await writePlan(file, tabs);

  const units = (await open(file)).getWorksheet('Đơn vị')!;
  for (const [index, text] of risky.slice(0, 3).entries()) {
    const cell = units.getCell(`H${index + 2}`);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(text);
  }
  // The sheet XML holds no formula element at all.
  const xml = execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet2.xml']).toString();
  expect(xml).not.toContain('<f>');
  const raw = await readXlsx(file);
  const unitRows = raw.sheets.find((s) => s.name === 'Đơn vị')!.rows;
  expect(unitRows.slice(1, 4).map((row) => row[7])).toEqual(risky.slice(0, 3));
  expect(raw.sheets.find((s) => s.name === 'Người nhận')!.rows[1]![0]).toBe('@vanphong');
});

test('appendRows adds rows under the matching headers, keeps a .bak of the original and formats dates', async () => {
  const file = join(dir, 'them.xlsx');
  await writePlan(file, cleanTabs());
  const before = readFileSync(file);
  const rowsBefore = (await readXlsx(file)).sheets.find((s) => s.name === 'Mốc thời gian')!.rows.length;

  const added = await appendRows(file, {
    [TAB.milestones]: [
      // Headers match forgivingly; an unknown header with no value is nothing to lose.
      { 'MÃ CÔNG VIỆC ': 'CV99', 'Nội dung': '=1+1', Hạn: dateCell('2025-02-28'), 'Không có cột này': '' },
    ],
  });
  expect(added.added).toEqual({ [TAB.milestones]: 1 });
  expect(added.backup).toBe(`${file}${BACKUP_SUFFIX}`);
  expect(readFileSync(`${file}${BACKUP_SUFFIX}`).equals(before)).toBe(true);

  const sheet = (await open(file)).getWorksheet('Mốc thời gian')!;
  const row = sheet.getRow(rowsBefore + 1);
  expect(row.getCell(1).value).toBe('CV99');
  expect(row.getCell(2).value).toBe('=1+1');
  expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
  expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2025, 1, 28)));
  expect(row.getCell(4).numFmt).toBe('dd/mm/yyyy');
});

test('appendRows into a plain workbook gives dates a date format, and backup: false keeps no copy', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Mốc thời gian').addRow(['Mã công việc', 'Nội dung', 'Hạn']);
  const file = join(dir, 'tron.xlsx');
  await workbook.xlsx.writeFile(file);
  await appendRows(
    file,
    { [TAB.milestones]: [{ 'Mã công việc': 'A', 'Nội dung': 'Việc A', Hạn: dateCell('2025-01-02') }] },
    { backup: false },
  );
  expect(existsSync(`${file}${BACKUP_SUFFIX}`)).toBe(false);
  const cell = (await open(file)).getWorksheet('Mốc thời gian')!.getCell('C2');
  expect(cell.value).toEqual(new Date(Date.UTC(2025, 0, 2)));
  expect(cell.numFmt).toBe('dd/mm/yyyy');
});

test('appendRows with nothing to add writes nothing', async () => {
  const file = join(dir, 'khong-them.xlsx');
  await writePlan(file, cleanTabs());
  const before = readFileSync(file);
  expect(await appendRows(file, { [TAB.budget]: [] })).toMatchObject({ added: {}, backup: null });
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(existsSync(`${file}${BACKUP_SUFFIX}`)).toBe(false);
});

test('appendRows on a file that is not a workbook is an UnusableInputError and leaves it alone', async () => {
  const file = join(dir, 'sai.xlsx');
  writeFileSync(file, 'văn bản');
  await expect(appendRows(file, { [TAB.units]: [{ 'Mã đơn vị': 'X' }] })).rejects.toBeInstanceOf(
    UnusableInputError,
  );
  expect(readFileSync(file, 'utf8')).toBe('văn bản');
  expect(existsSync(`${file}${BACKUP_SUFFIX}`)).toBe(false);
});

test('writeWorkbookWithExtraSheets writes a new file and leaves the input byte for byte', async () => {
  const input = join(dir, 'goc.xlsx');
  await writePlan(input, cleanTabs());
  const before = readFileSync(input);
  const output = join(dir, 'co-bao-cao.xlsx');
  await writeWorkbookWithExtraSheets(input, output, [
    {
      name: 'Báo cáo',
      rows: [
        ['Đơn vị', 'Ngày', 'Kinh phí'],
        ['Bản Hon', dateCell('2025-03-31'), 1234567],
      ],
      formats: ['text', 'date', 'money'],
      widths: [],
      titleRows: 0,
    },
  ]);
  expect(readFileSync(input).equals(before)).toBe(true);
  const written = await open(output);
  expect(written.worksheets.map((s) => s.name)).toContain('Báo cáo');
  const report = written.getWorksheet('Báo cáo')!;
  expect(report.getCell('B2').value).toEqual(new Date(Date.UTC(2025, 2, 31)));
  expect(report.getCell('B2').numFmt).toBe('dd/mm/yyyy');
  expect(report.getCell('C2').numFmt).toBe('#,##0');
  // The input tabs are all still there, with their data.
  const raw = await readXlsx(output);
  expect(raw.sheets.find((s) => s.name === 'Đại hội')!.rows[1]![0]).toBe('CB02');
});

test('a written plan reads back as the same cells, tab by tab', async () => {
  const file = join(dir, 'khu-hoi.xlsx');
  const tabs = cleanTabs();
  await saveWorkbook(planWorkbook(tabs), file);
  const raw = await readXlsx(file);
  for (const tab of [TAB.units, TAB.congresses, TAB.milestones, TAB.budget, TAB.recipients] as const) {
    const sheet = raw.sheets.find((s) => s.name === tab)!;
    const headers = sheet.rows[0] as string[];
    const read = sheet.rows
      .slice(1)
      .map((row) =>
        Object.fromEntries(
          headers.map((header, c) => [header, row[c] ?? null]).filter(([, v]) => v !== null && v !== ''),
        ),
      );
    const given = tabs[tab].map((row) =>
      Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== '')),
    );
    expect(read).toEqual(given);
  }
});
