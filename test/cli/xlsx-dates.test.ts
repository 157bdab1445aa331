/**
 * Every date the xlsx reader hands to the core goes through the one window of src/core/dates.ts:
 * real date cells, serial numbers, text, and ISO `t="d"` cells, which exceljs alone misreads.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isoCellDate } from '../../src/cli/xlsx/iso-date-cells';
import { readXlsx } from '../../src/cli/xlsx/read';
import { validateWorkbook } from '../../src/core';
import { dateCell } from '../../src/core/cells';
import { TAB } from '../../src/core/workbook/contract';
import { tempDir } from '../helpers/cli';
import { cleanTabs } from '../helpers/workbook-builder';
import { editXlsxPart, writePlan } from '../helpers/xlsx';

const dir = tempDir();

/** A one-tab workbook whose cells B2.. hold `texts` as ISO `t="d"` cells (date-formatted or not). */
async function isoCells(name: string, texts: readonly string[], numFmt?: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ngày');
  sheet.addRow(['Mã', 'Ngày']);
  texts.forEach((_, index) => {
    sheet.getCell(`A${index + 2}`).value = `N${index}`;
    const cell = sheet.getCell(`B${index + 2}`);
    cell.value = 900_000 + index; // a marker replaced below
    if (numFmt) cell.numFmt = numFmt;
  });
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  editXlsxPart(file, 'xl/worksheets/sheet1.xml', (xml) => {
    let edited = xml;
    texts.forEach((text, index) => {
      const marker = new RegExp(`<c r="B${index + 2}"([^>]*)><v>${900_000 + index}</v></c>`);
      if (!marker.test(edited)) throw new Error(`marker B${index + 2} not found`);
      edited = edited.replace(marker, `<c r="B${index + 2}"$1 t="d"><v>${text}</v></c>`);
    });
    return edited;
  });
  return file;
}

describe('ISO date cells (t="d")', () => {
  test.each([
    ['with a date format', 'dd/mm/yyyy'],
    ['without a number format', undefined],
  ])('are read as the day they name, %s (exceljs alone gives 17/07/1905 or 2025)', async (_, format) => {
    const file = await isoCells(
      `iso-${format ? 'fmt' : 'plain'}.xlsx`,
      ['2025-01-05T00:00:00', '2025-01-05', '2024-12-31T23:59:59.000Z', '2025-03-01T00:00:00+07:00'],
      format,
    );
    const rows = (await readXlsx(file)).sheets[0]!.rows;
    expect(rows.slice(1).map((row) => row[1])).toEqual([
      dateCell('2025-01-05'),
      dateCell('2025-01-05'),
      dateCell('2024-12-31'),
      dateCell('2025-03-01'),
    ]);
  });

  test('a year outside the window keeps its digits (0024 is not 1924), and what is not a day stays text', async () => {
    const file = await isoCells('iso-bad.xlsx', [
      '0024-01-05',
      '0000-01-01',
      '2025-02-30',
      'T10:00:00',
      '20250-01-05',
    ]);
    const rows = (await readXlsx(file)).sheets[0]!.rows;
    expect(rows.slice(1).map((row) => row[1])).toEqual([
      dateCell('0024-01-05'),
      dateCell('0000-01-01'),
      '2025-02-30',
      'T10:00:00',
      dateCell('20250-01-05'),
    ]);
  });

  test('isoCellDate: only a real day, never rolled over', () => {
    expect(isoCellDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(isoCellDate('2025-02-29')).toBeNull();
    expect(isoCellDate('2025-13-01')).toBeNull();
    expect(isoCellDate('5/1/2025')).toBeNull();
    expect(isoCellDate('0024-01-05')?.getUTCFullYear()).toBe(24);
  });
});

describe('every date source of a workbook file meets the same window', () => {
  test('real date cells, serials and text out of the window are T002 with the reason; in it, read', async () => {
    const tabs = cleanTabs();
    const congresses = tabs[TAB.congresses];
    congresses[0]!['Hạn hoàn thành'] = dateCell('1905-07-17'); // a serial 2025 read as a date
    congresses[1]!['Hạn hoàn thành'] = 2025; // the serial typed into the date-formatted column
    tabs[TAB.milestones][0]!.Hạn = '1 0/01/2 025'; // spaces inside a date
    tabs[TAB.milestones][1]!.Hạn = dateCell('20250-01-05'); // five digits, once printed "00/00/1200"
    const file = join(dir, 'cua-so.xlsx');
    await writePlan(file, tabs);
    const { findings, workbook } = validateWorkbook(await readXlsx(file), { today: '2024-12-01' });
    expect(findings.filter((f) => f.code === 'T002').map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual(
      [
        'Đại hội!J2 "17/07/1905" ở cột "Hạn hoàn thành" nằm ngoài khoảng năm hợp lý (1990–2100).',
        'Đại hội!J3 "17/07/1905" ở cột "Hạn hoàn thành" nằm ngoài khoảng năm hợp lý (1990–2100).',
        'Mốc thời gian!D2 "1 0/01/2 025" ở cột "Hạn" có khoảng trắng xen giữa các chữ số của ngày.',
        'Mốc thời gian!D3 "05/01/20250" ở cột "Hạn" nằm ngoài khoảng năm hợp lý (1990–2100).',
      ],
    );
    expect(workbook.congresses.map((c) => c.deadline)).toEqual([undefined, undefined]);
    expect(workbook.milestones.slice(0, 2).map((m) => m.due)).toEqual([undefined, undefined]);
  });

  test('an ISO cell in the file goes through the window too: 0024-01-05 is T002, never 1924', async () => {
    const tabs = cleanTabs();
    const file = join(dir, 'iso-plan.xlsx');
    tabs[TAB.congresses][0]!['Hạn hoàn thành'] = 910_001;
    await writePlan(file, tabs);
    const sheetPart = await congressesPart(file);
    editXlsxPart(file, sheetPart, (xml) =>
      xml.replace(
        /<c r="([A-Z]+2)"([^>]*)><v>910001<\/v><\/c>/,
        '<c r="$1"$2 t="d"><v>0024-01-05T00:00:00</v></c>',
      ),
    );
    const { findings } = validateWorkbook(await readXlsx(file), { today: '2024-12-01' });
    expect(findings.filter((f) => f.code === 'T002').map((f) => f.message)).toEqual([
      '"05/01/0024" ở cột "Hạn hoàn thành" nằm ngoài khoảng năm hợp lý (1990–2100).',
    ]);
  });
});

/** The worksheet part holding `Đại hội` (exceljs numbers parts in tab order). */
async function congressesPart(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const index = workbook.worksheets.findIndex((sheet) => sheet.name === TAB.congresses);
  return `xl/worksheets/sheet${index + 1}.xml`;
}
