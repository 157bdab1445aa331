import { COLUMNS, INPUT_TABS } from '../../src/core/workbook/contract';
import { createWorld, type FakeWorld } from '../fakes/environment';
import type { FakeSheet } from '../fakes/spreadsheet';
import { loadBundle } from '../helpers/load-bundle';

const NOW = new Date('2024-12-01T02:00:00Z');

function state(sheet: FakeSheet) {
  return {
    values: sheet.snapshot(),
    notes: [...sheet.notes],
    formats: [...sheet.columnFormats],
    validations: [...sheet.validations],
    rules: sheet.rules.map((rule) => [rule.formula, rule.background, rule.cells()]),
    protections: sheet.protections.map((p) => [p.range, p.getDescription(), p.isWarningOnly()]),
    frozen: sheet.frozenRows,
  };
}

function runSetUp(world: FakeWorld) {
  const app = loadBundle(world.globals, { now: NOW });
  app.setUpWorkbook!();
  return app;
}

test('on an empty spreadsheet: every tab with its headers, notes, dropdowns, formats, highlights and the norms', () => {
  const world = createWorld();
  world.spreadsheet.addSheet('Trang tính1', []);
  runSetUp(world);
  for (const tab of INPUT_TABS) {
    const sheet = world.spreadsheet.sheet(tab);
    expect(sheet.snapshot()[0]).toEqual((COLUMNS[tab] as readonly { header: string }[]).map((c) => c.header));
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.protections.map((p) => [p.getDescription(), p.isWarningOnly()])).toEqual([
      ['daihoi: hàng tiêu đề', true],
    ]);
  }
  const congresses = world.spreadsheet.sheet('Đại hội');
  expect(congresses.notes.get('I1')).toBe('Bằng Thành viên dự + Đại biểu mời.');
  expect(congresses.validations.get('K2:K1000')).toEqual({
    list: ['Chưa bắt đầu', 'Đang chuẩn bị', 'Đã duyệt văn kiện', 'Đã tổ chức', 'Đã báo cáo'],
    allowInvalid: true,
  });
  expect(congresses.validations.get('A2:A1000')).toEqual({ range: 'Đơn vị!A2:A1000', allowInvalid: true });
  expect(congresses.columnFormats.get('J2:J1000')).toBe('dd/mm/yyyy');
  expect(world.spreadsheet.sheet('Dự toán').columnFormats.get('E2:E1000')).toBe('#,##0');
  const milestones = world.spreadsheet.sheet('Mốc thời gian');
  expect(milestones.rules.map((rule) => rule.background)).toEqual(['#D9EAD3', '#F4CCCC', '#FFE599']);
  // No argument separator (',' or ';' depends on the locale): AND is a product, OR a sum of booleans.
  expect(milestones.rules[1]!.formula).toBe(
    '=(N("daihoi-to-mau")=0)*(NOT((($E2<>"")*(((NOT(ISNUMBER($E2)))+($E2<=TODAY()))>0))>0))*($D2<>"")*($D2<TODAY())>0',
  );
  expect(world.spreadsheet.sheet('Đại hội').rules[0]!.formula).toBe(
    '=(N("daihoi-to-mau")=0)*((($K2="Đã tổ chức")+($K2="Đã báo cáo"))>0)>0',
  );
  expect(world.spreadsheet.sheet('Định mức').snapshot().length).toBeGreaterThan(10);
  expect(world.ui.alerts.at(-1)!.message).toMatch(/^Đã tạo các tab: Cấu hình, Đơn vị, Đại hội/);
  // The optional Kết quả đại hội too, its unit codes offered from the congresses.
  const results = world.spreadsheet.sheet('Kết quả đại hội');
  expect(results.snapshot()).toEqual([
    [
      'Mã đơn vị',
      'Đại biểu có mặt',
      'Số ủy viên được bầu',
      'Bí thư được bầu',
      'Tỷ lệ phiếu (%)',
      'Ngày báo cáo kết quả',
      'Ghi chú',
    ],
  ]);
  expect(results.validations.get('A2:A1000')).toEqual({ range: 'Đại hội!A2:A1000', allowInvalid: true });
  expect(results.columnFormats.get('F2:F1000')).toBe('dd/mm/yyyy');
  expect(world.ui.alerts.at(-1)!.message).toContain('Người nhận, Kết quả đại hội.');
});

test('on a half-filled one: missing columns go at the end, no data moves, the user’s own rules stay', () => {
  const world = createWorld();
  const units = world.spreadsheet.addSheet('ĐƠN VỊ', [
    ['Tên đơn vị', 'Mã đơn vị', 'Ghi chú riêng', 'Loại đơn vị'],
    ['Đảng bộ xã Bình Lư', 'BL', 'giữ nguyên', 'Đảng bộ cơ sở'],
  ]);
  const userRule = { getBooleanCondition: () => ({ getCriteriaValues: () => ['=$A2="x"'] }) };
  world.spreadsheet.addSheet('Mốc thời gian', [
    ['Mã công việc', 'Nội dung', 'Đơn vị chủ trì', 'Hạn', 'Ngày hoàn thành', 'Phụ thuộc'],
  ]).rules = [userRule as never];
  runSetUp(world);
  const rows = units.snapshot();
  expect(rows[0]).toEqual([
    'Tên đơn vị',
    'Mã đơn vị',
    'Ghi chú riêng',
    'Loại đơn vị',
    'Đơn vị cấp trên',
    'Số thành viên',
    'Nhiệm kỳ',
    'Ngày hết nhiệm kỳ',
    'Người liên hệ',
    'Email',
  ]);
  expect(rows[1]!.slice(0, 4)).toEqual(['Đảng bộ xã Bình Lư', 'BL', 'giữ nguyên', 'Đảng bộ cơ sở']);
  expect(units.validations.get('D2:D1000')?.list).toContain('Chi bộ trực thuộc');
  expect(world.spreadsheet.sheet('Mốc thời gian').rules).toContain(userRule);
  expect(world.ui.alerts.at(-1)!.message).toContain(
    'Đã thêm cột còn thiếu vào cuối các tab: Đơn vị (Đơn vị cấp trên, Số thành viên',
  );
});

test('twice in a row: the second run changes nothing', () => {
  const world = createWorld();
  world.spreadsheet.addSheet('Trang tính1', []);
  const app = runSetUp(world);
  const first = world.spreadsheet.sheets.map((sheet) => [sheet.getName(), state(sheet)]);
  app.setUpWorkbook!();
  expect(world.spreadsheet.sheets.map((sheet) => [sheet.getName(), state(sheet)])).toEqual(first);
  expect(world.ui.alerts.at(-1)!.message).toBe(
    'Bảng tính đã đủ các tab và cột. Đã cập nhật danh sách chọn, định dạng và tô màu; dữ liệu không thay đổi.',
  );
});

test('the number of service calls does not grow with the rows', () => {
  const world = createWorld();
  const rows = Array.from({ length: 500 }, (_, i) => [`Đơn vị ${i}`, `DV${i}`]);
  world.spreadsheet.addSheet('Đơn vị', [['Tên đơn vị', 'Mã đơn vị'], ...rows]);
  runSetUp(world);
  const small = world.log.calls.length;
  const other = createWorld();
  other.spreadsheet.addSheet('Đơn vị', [['Tên đơn vị', 'Mã đơn vị'], ...rows.slice(0, 5)]);
  runSetUp(other);
  expect(other.log.calls.length).toBe(small);
});
