import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, loadRawWorkbook } from '../fakes/environment';
import { loadBundle } from '../helpers/load-bundle';
import { buildWorkbook, withCells } from '../helpers/workbook-builder';

const NOW = new Date('2024-12-01T02:00:00Z');
const SIDEBAR = readFileSync(join(__dirname, '..', '..', 'build', 'sidebar.html'), 'utf8');

function setUp() {
  const world = createWorld({ html: { sidebar: SIDEBAR } });
  loadRawWorkbook(world, buildWorkbook(withCells(TAB.congresses, 0, { 'Tổng đại biểu': 283 })));
  return { world, app: loadBundle(world.globals, { now: NOW }) };
}

test('Danh sách lỗi opens the sidebar from the built HTML file', () => {
  const { world, app } = setUp();
  app.showFindingsSidebar!();
  expect(world.ui.dialogs.at(-1)).toMatchObject({ kind: 'sidebar', title: 'Danh sách lỗi' });
  expect(world.ui.dialogs.at(-1)!.html).toContain('google.script.run');
});

test('the sidebar gets plain, JSON-safe findings grouped by tab', () => {
  const { app } = setUp();
  const data = app.getFindingsForSidebar!() as { summary: string; groups: unknown[] };
  expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  expect(data).toEqual({
    summary: '1 lỗi, 0 cảnh báo, 0 thông tin.',
    groups: [
      {
        sheet: 'Đại hội',
        findings: [
          {
            severity: 'Lỗi',
            code: 'D001',
            sheet: 'Đại hội',
            cell: 'I2',
            message: 'Tổng đại biểu là 283 nhưng Thành viên dự + Đại biểu mời = 282 (13 + 269).',
            hint: 'Sửa Tổng đại biểu hoặc hai cột cộng thành nó.',
          },
        ],
      },
    ],
  });
});

test('selectCell activates the cell, and refuses arguments that are not a tab and an A1 address', () => {
  const { world, app } = setUp();
  app.selectCell!('Đại hội', 'I2');
  expect(world.spreadsheet.sheet('Đại hội').active).toBe('I2');
  for (const [sheet, cell] of [
    ['Đại hội', 'I2:J9'],
    ['Đại hội', '=A1'],
    [{ toString: () => 'Đại hội' }, 'I2'],
    ['x'.repeat(200), 'A1'],
  ]) {
    expect(() => app.selectCell!(sheet, cell)).toThrow('Ô không hợp lệ.');
  }
  expect(() => app.selectCell!('Không có', 'A1')).toThrow('Không còn tab "Không có".');
  // A cell past the tab's grid (rows deleted since the check): the tab is shown, nothing throws.
  app.selectCell!('Đại hội', 'A5000');
  expect(world.spreadsheet.sheet('Đại hội').active).toBe('');
});
