/** The batched I/O layer on its own, against the fakes: value conversion, escaping, one write per tab. */
import vm from 'node:vm';
import { dateCell } from '../../src/core/cells';
import { cellValue } from '../../src/gas/grid';
import { readSheetWorkbook, toCell } from '../../src/gas/sheets-io';
import { createWorld, midnightIn } from '../fakes/environment';
import { loud } from '../fakes/loud';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

describe('toCell: getValues() values as core cells', () => {
  test('a Date from another realm is the calendar day in the spreadsheet’s zone', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2025, 0, 9, 17, 0))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(toCell(foreign, 'Asia/Ho_Chi_Minh')).toEqual(dateCell('2025-01-10'));
    expect(toCell(foreign, 'America/Los_Angeles')).toEqual(dateCell('2025-01-09'));
  });

  test('numbers, booleans and text stay as they are; an invalid date is an error value', () => {
    expect([0, -3.5, true, false, '', ' 12/01/2025 ', '#REF!'].map((v) => toCell(v, 'UTC'))).toEqual([
      0,
      -3.5,
      true,
      false,
      '',
      ' 12/01/2025 ',
      '#REF!',
    ]);
    expect(toCell(new Date(Number.NaN), 'UTC')).toBe('#VALUE!');
    expect(toCell(null, 'UTC')).toBeNull();
  });
});

describe('cellValue: what setValues gets, so that text stays text', () => {
  test('in a plain-text cell a string goes as it is; anywhere else behind an apostrophe Sheets hides', () => {
    const texts = ['0351', '2024-12-21', 'TRUE', '=SUM(A1:A9)', '+84 912 345 678', '1.234', 'Đại hội'];
    expect(texts.map((text) => cellValue(text, 'UTC', '@'))).toEqual(texts);
    expect(texts.map((text) => cellValue(text, 'UTC', 'General'))).toEqual(texts.map((text) => `'${text}`));
    expect(cellValue('0351', 'UTC', '#,##0')).toBe("'0351");
  });

  test('numbers, booleans and empty cells are written as they are; a date cell is midnight in the zone', () => {
    expect([-5, 0, 1.5, true, '', null, undefined].map((v) => cellValue(v, 'UTC', 'General'))).toEqual([
      -5,
      0,
      1.5,
      true,
      '',
      '',
      '',
    ]);
    const date = cellValue(dateCell('2025-01-10'), 'America/Los_Angeles', 'dd/mm/yyyy') as Date;
    expect(date.getTime()).toBe(midnightIn('2025-01-10', 'America/Los_Angeles').getTime());
  });

  test('a text longer than a cell holds is cut, visibly, to fit Google’s 50,000 characters', () => {
    const long = 'x'.repeat(60_000);
    const inText = cellValue(long, 'UTC', '@') as string;
    const elsewhere = cellValue(long, 'UTC', 'General') as string;
    expect(inText.length).toBeLessThanOrEqual(50_000);
    expect(elsewhere.length).toBeLessThanOrEqual(50_000);
    expect(inText.endsWith(' …')).toBe(true);
    expect(cellValue('x'.repeat(49_999), 'UTC', 'General')).toBe(`'${'x'.repeat(49_999)}`);
  });
});

describe('readSheetWorkbook', () => {
  test('reads only the input tabs, once each, and asks for the zone and locale once', () => {
    const world = createWorld({ timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN' });
    world.spreadsheet.addSheet('  đơn VỊ ', [['Mã đơn vị'], ['HU']]);
    world.spreadsheet.addSheet('Kiểm tra dữ liệu', [['cũ']]);
    world.spreadsheet.addSheet('Ghi chép riêng', [['x']]);
    world.spreadsheet.addSheet('Cấu hình', [
      ['Khóa', 'Giá trị'],
      ['Hạn', midnightIn('2025-03-31', 'Asia/Ho_Chi_Minh')],
    ]);
    const read = readSheetWorkbook(loud(world.spreadsheet, 'Spreadsheet') as unknown as Spreadsheet);
    expect(read.raw).toEqual({
      sheets: [
        {
          name: 'Cấu hình',
          rows: [
            ['Khóa', 'Giá trị'],
            ['Hạn', dateCell('2025-03-31')],
          ],
        },
        { name: '  đơn VỊ ', rows: [['Mã đơn vị'], ['HU']] },
      ],
      spreadsheetTimeZone: 'Asia/Ho_Chi_Minh',
      locale: 'vi_VN',
    });
    expect(Object.keys(read.sheets)).toEqual(['Cấu hình', 'Đơn vị']);
    expect(world.log.calls.filter((call) => call.endsWith('.getValues'))).toEqual([
      'Range(Cấu hình!A1:B2).getValues',
      'Range(  đơn VỊ !A1:A2).getValues',
    ]);
    expect(world.log.count(/getSpreadsheetTimeZone|getSpreadsheetLocale/)).toBe(2);
  });
});

test('the fake refuses a block of the wrong size with Apps Script’s own message, writing nothing', () => {
  const world = createWorld();
  const sheet = world.spreadsheet.addSheet('Báo cáo', [['giữ nguyên']]);
  const range = loud(sheet, 'Sheet').getRange(1, 1, 2, 2);
  expect(() => range.setValues([['a', 'b'], ['c']])).toThrow(
    'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
  );
  expect(() => range.setValues([['a', 'b']])).toThrow(
    'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
  );
  expect(sheet.snapshot()).toEqual([['giữ nguyên']]);
  expect(() => (range as unknown as { setWrap: () => void }).setWrap()).toThrow(
    'fake Range: not implemented: setWrap',
  );
});
