/**
 * Lập mốc công việc gợi ý through the built bundle: the menu item opens the dialog; the dialog's
 * preview lists the missing standard steps by congress and writes nothing; its apply appends them
 * below the last row of Mốc thời gian in one write, never touching the rows above, and a second
 * apply (or a second run) adds nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, loadRawWorkbook } from '../fakes/environment';
import { ROOT } from '../helpers/cli';
import { loadBundle } from '../helpers/load-bundle';
import { buildWorkbook, cleanTabs, sheetFrom } from '../helpers/workbook-builder';

const NOW = new Date('2024-12-01T02:00:00Z');
const ITEM = 'Lập mốc công việc gợi ý';
const DIALOG = readFileSync(join(ROOT, 'build', 'tasks.html'), 'utf8');

interface Preview {
  summary: string;
  count: number;
  headers: string[];
  groups: { title: string; rows: string[][] }[];
}

function open(raw = buildWorkbook()) {
  const world = createWorld({ html: { tasks: DIALOG } });
  loadRawWorkbook(world, raw);
  const app = loadBundle(world.globals, { now: NOW });
  app.onOpen!({ authMode: 'FULL' });
  const item = world.ui.menus[0]!.items.find((i) => i !== 'separator' && i.label === ITEM) as {
    functionName: string;
  };
  return {
    world,
    menu: () => app[item.functionName]!(),
    preview: () => app.previewSuggestedTasks!() as Preview,
    apply: () => app.applySuggestedTasks!() as string,
  };
}

test('the menu item opens the dialog; its preview lists the steps by congress and writes nothing', () => {
  const { world, menu, preview } = open();
  world.log.clear();
  menu();
  expect(world.ui.dialogs.map((dialog) => [dialog.kind, dialog.title])).toEqual([['modal', ITEM]]);
  const shown = preview();
  expect(world.log.count(/setValues$/)).toBe(0);
  expect(shown.count).toBe(16);
  expect(shown.summary).toMatch(
    /^Sẽ thêm 16 công việc cho 2 đại hội vào cuối tab "Mốc thời gian"; 2 bước đã có/,
  );
  expect(shown.headers).toEqual(['Mã công việc', 'Nội dung', 'Đơn vị chủ trì', 'Hạn', 'Phụ thuộc']);
  expect(shown.groups.map((group) => group.title)).toEqual([
    'Chi bộ 02 (bản Nà Phát) — đại hội điểm (ngày đại hội 08/01/2025)',
    'Đảng bộ xã Bản Hon — đại hội điểm, bầu trực tiếp Bí thư (ngày đại hội 20/03/2025)',
    'Đảng bộ huyện Phong Thổ — sau đại hội điểm cuối cùng',
  ]);
  expect(shown.groups[1]!.rows.find((row) => row[0] === 'DY-BH')).toEqual([
    'DY-BH',
    'Cho ý kiến về văn kiện, phương án nhân sự đại hội Đảng bộ xã Bản Hon',
    'Đảng bộ huyện Phong Thổ',
    '05/03/2025',
    'YKVK-BH; YKNS-BH',
  ]);
});

test('apply appends the missing steps in one write below the last row; a second apply adds nothing', () => {
  const { world, apply, preview } = open();
  const tasks = world.spreadsheet.sheet(TAB.milestones);
  const before = tasks.snapshot();
  world.log.clear();
  const message = apply();

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
  expect(message).toMatch(
    /^Đã thêm 16 công việc gợi ý cho 2 đại hội vào cuối tab "Mốc thời gian".* 2 bước đã có công việc tương ứng nên không thêm lại\./,
  );
  expect(world.lock.holder).toBeNull();

  world.log.clear();
  expect(apply()).toMatch(/^Các đại hội đã có đủ mốc công việc/);
  expect(tasks.snapshot()).toEqual(after);
  expect(world.log.count(/setValues$/)).toBe(0);
  expect(preview()).toMatchObject({ count: 0, groups: [] });
});

test('without a Ghi chú column the rows still go in, and the message says how to get the mark', () => {
  const tabs = cleanTabs();
  const headers = ['Mã công việc', 'Nội dung', 'Đơn vị chủ trì', 'Hạn', 'Ngày hoàn thành', 'Phụ thuộc'];
  const raw = buildWorkbook(tabs, {
    rawTabs: { [TAB.milestones]: sheetFrom(TAB.milestones, tabs[TAB.milestones], headers) },
  });
  const { world, apply } = open(raw);
  const message = apply();
  const rows = world.spreadsheet.sheet(TAB.milestones).snapshot();
  expect(rows[0]).toEqual(headers);
  expect(rows).toHaveLength(3 + 16);
  expect(message).toContain('chưa có cột "Ghi chú"');
});

test('a workbook without Mốc thời gian: the dialog is told to run the set-up, and nothing is written', () => {
  const { world, preview, apply } = open(buildWorkbook({}, { omit: [TAB.milestones] }));
  world.log.clear();
  const said = 'Chưa có tab "Mốc thời gian". Hãy chạy "Khởi tạo / sửa bảng tính" hoặc thêm tab này.';
  expect(() => preview()).toThrow(said);
  expect(() => apply()).toThrow(said);
  expect(world.log.count(/setValues$/)).toBe(0);
  expect(world.lock.holder).toBeNull();
});
