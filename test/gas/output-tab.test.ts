/** Writing an output tab's block into a sheet, against the fakes: one write, formats, header, widths. */
import { dateCell } from '../../src/core';
import { writeSheetBlock } from '../../src/gas/output-tab';
import { createWorld, midnightIn } from '../fakes/environment';
import { loud } from '../fakes/loud';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

describe('writeSheetBlock', () => {
  function write(world = createWorld({ timeZone: 'America/Los_Angeles' })) {
    const ss = loud(world.spreadsheet, 'Spreadsheet') as unknown as Spreadsheet;
    writeSheetBlock(ss, {
      name: 'Báo cáo',
      rows: [
        ['Báo cáo tiến độ'],
        ['Đơn vị', 'Ngày', 'Kinh phí'],
        ['=HYPERLINK("http://x")', dateCell('2025-01-10'), 28_200_000],
        ['-', null, -5],
      ],
      titleRows: 1,
      formats: ['text', 'date', 'money'],
      widths: [200, 90, 120],
    });
    return world;
  }

  test('creates the tab and writes the block with one setValues: text stays text, dates are days', () => {
    const world = write();
    const sheet = world.spreadsheet.sheet('Báo cáo');
    expect(world.log.count(/\.setValues$/)).toBe(1);
    expect(world.log.count(/\.getValues$/)).toBe(0);
    const grid = sheet.snapshot();
    expect(grid.map((row) => row.length)).toEqual([3, 3, 3, 3]);
    expect(grid[2]![0]).toBe('=HYPERLINK("http://x")');
    expect(sheet.formulas.size).toBe(0);
    expect(grid[3]).toEqual(['-', '', -5]);
    expect((grid[2]![1] as Date).getTime()).toBe(midnightIn('2025-01-10', 'America/Los_Angeles').getTime());
  });

  test('formats the columns, bolds and freezes the header below the title, sets the widths', () => {
    const sheet = write().spreadsheet.sheet('Báo cáo');
    expect(sheet.formats.get('1:3')).toBe('@');
    expect(sheet.formats.get('3:2')).toBe('dd/mm/yyyy');
    expect(sheet.formats.get('4:3')).toBe('#,##0');
    expect(sheet.styledRows.get(2)).toBe('bold');
    expect(sheet.frozenRows).toBe(2);
    expect([...sheet.widths]).toEqual([
      [1, 200],
      [2, 90],
      [3, 120],
    ]);
  });

  test('a second, shorter write leaves nothing of the first', () => {
    const world = write();
    writeSheetBlock(loud(world.spreadsheet, 'Spreadsheet') as unknown as Spreadsheet, {
      name: 'Báo cáo',
      rows: [['Trống']],
      titleRows: 0,
      formats: [],
      widths: [],
    });
    expect(world.spreadsheet.sheet('Báo cáo').snapshot()).toEqual([['Trống']]);
    expect(world.spreadsheet.sheets.filter((sheet) => sheet.getName() === 'Báo cáo')).toHaveLength(1);
  });
});
