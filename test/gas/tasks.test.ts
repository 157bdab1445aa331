/**
 * Lập mốc công việc gợi ý through the built bundle: the menu item appends the missing standard steps
 * below the last row of Mốc thời gian in one write, never touches the rows above, and a second run adds
 * nothing.
 */
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, loadRawWorkbook } from '../fakes/environment';
import { loadBundle } from '../helpers/load-bundle';
import { buildWorkbook, cleanTabs, sheetFrom } from '../helpers/workbook-builder';

const NOW = new Date('2024-12-01T02:00:00Z');
const ITEM = 'Lập mốc công việc gợi ý';

function open(raw = buildWorkbook()) {
  const world = createWorld();
  loadRawWorkbook(world, raw);
  const app = loadBundle(world.globals, { now: NOW });
  app.onOpen!({ authMode: 'FULL' });
  const item = world.ui.menus[0]!.items.find((i) => i !== 'separator' && i.label === ITEM) as {
    functionName: string;
  };
  return { world, run: () => app[item.functionName]!() };
}

test('the menu item appends the missing steps in one write below the last row; a second run adds nothing', () => {
  const { world, run } = open();
  const tasks = world.spreadsheet.sheet(TAB.milestones);
  const before = tasks.snapshot();
  world.log.clear();
  run();

  const after = tasks.snapshot();
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after).toHaveLength(before.length + 16);
  expect(world.log.count(/^Range\(Mốc thời gian!.*\)\.setValues$/)).toBe(1);
  const gm = after.find((row) => row[0] === 'GM-CB02')!;
  expect(gm.slice(0, 3)).toEqual([
    'GM-CB02',
    'Gửi giấy mời đại biểu dự đại hội Chi bộ 02 (bản Nà Phát)',
    'CB02',
  ]);
  // Hạn is a real date cell: midnight of 29/12/2024 in the spreadsheet's zone.
  expect((gm[3] as Date).toISOString()).toBe('2024-12-28T17:00:00.000Z');
  expect(gm.slice(5)).toEqual(['CV01', 'Gợi ý: 10 ngày trước ngày đại hội 08/01/2025']);
  expect(world.ui.alerts.at(-1)!.message).toMatch(
    /^Đã thêm 16 công việc gợi ý cho 2 đại hội vào cuối tab "Mốc thời gian".* 2 bước đã có công việc tương ứng nên không thêm lại\./,
  );

  world.log.clear();
  run();
  expect(tasks.snapshot()).toEqual(after);
  expect(world.log.count(/setValues$/)).toBe(0);
  expect(world.ui.alerts.at(-1)!.message).toMatch(/^Các đại hội đã có đủ mốc công việc/);
});

test('without a Ghi chú column the rows still go in, and the alert says how to get the mark', () => {
  const tabs = cleanTabs();
  const headers = ['Mã công việc', 'Nội dung', 'Đơn vị chủ trì', 'Hạn', 'Ngày hoàn thành', 'Phụ thuộc'];
  const raw = buildWorkbook(tabs, {
    rawTabs: { [TAB.milestones]: sheetFrom(TAB.milestones, tabs[TAB.milestones], headers) },
  });
  const { world, run } = open(raw);
  run();
  const rows = world.spreadsheet.sheet(TAB.milestones).snapshot();
  expect(rows[0]).toEqual(headers);
  expect(rows).toHaveLength(3 + 16);
  expect(world.ui.alerts.at(-1)!.message).toContain('chưa có cột "Ghi chú"');
});

test('a workbook without Mốc thời gian is told to run the set-up; nothing is written', () => {
  const { world, run } = open(buildWorkbook({}, { omit: [TAB.milestones] }));
  world.log.clear();
  run();
  expect(world.ui.alerts.at(-1)!.message).toBe(
    'Chưa có tab "Mốc thời gian". Hãy chạy "Khởi tạo / sửa bảng tính" hoặc thêm tab này.',
  );
  expect(world.log.count(/setValues$/)).toBe(0);
  expect(world.lock.holder).toBeNull();
});
