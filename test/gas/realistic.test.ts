/**
 * The built bundle at the size of a real province cycle, under the faithful fakes: about 150
 * congresses, 600 milestones, 1,500 budget lines, 24 recipients, and a send ledger that already holds
 * 1,200 rows in a grid exactly that big. Every menu item, the import dialog's two calls and the hourly
 * tick run on it as Google would run them; a second Gửi báo cáo the same day sends nothing.
 */
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, type FakeWorld, loadRawWorkbook } from '../fakes/environment';
import type { BuiltMenu } from '../fakes/ui';
import { generatePlan } from '../helpers/generate';
import { type BundleGlobals, builtHtml, loadBundle } from '../helpers/load-bundle';
import { buildWorkbook, type PlanTabs } from '../helpers/workbook-builder';

const CONGRESSES = 150;
const LEDGER_ROWS = 1200;
/** 09:00 on Monday 17/03/2025 in Vietnam: past the send hour, the weekly day. */
const MONDAY_9AM = new Date('2025-03-17T02:00:00Z');
const MONDAY_11AM = new Date('2025-03-17T04:00:00Z');
const LEDGER_HEADER = [
  'Kỳ',
  'Loại',
  'Email',
  'Người nhận',
  'Phạm vi',
  'Trạng thái',
  'Thời gian',
  'Ghi chú lỗi',
];

const PLAN_TEXT = [
  'KẾ HOẠCH',
  'Tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
  'Căn cứ Kế hoạch số 12-KH/HU, ngày 19/7/2024 của Huyện ủy;',
  '1. Đối với chi bộ trực thuộc đảng ủy cơ sở',
  'Chi bộ 05 (bản Pa Cheo), Đảng bộ xã Mường Mít.',
  'Đại biểu (khoảng 120 đại biểu, trong đó: đảng viên chi bộ 20 đồng chí; đại biểu mời 100 đồng chí).',
  '- Chi bộ 05 (bản Pa Cheo), Đảng bộ xã Mường Mít: Không quá 01 ngày, hoàn thành trước ngày 15/04/2025.',
].join('\n');

function province(): PlanTabs {
  const tabs = generatePlan(CONGRESSES);
  const recipients = Array.from({ length: 24 }, (_, i) => ({
    'Họ tên': `Người nhận ${i + 1}`,
    Email: `nhan${i + 1}@tinh.example.vn`,
    'Phạm vi': i < 4 ? 'Tất cả' : `DV${i * 5}`,
    'Định kỳ': i % 3 === 0 ? 'Hằng tuần' : 'Hằng ngày',
  }));
  return {
    ...tabs,
    [TAB.settings]: [...tabs[TAB.settings], { Khóa: 'Gửi khi có lỗi', 'Giá trị': 'Có' }],
    [TAB.recipients]: recipients,
  };
}

/** Twelve hundred rows of earlier months, every status a ledger holds. */
function oldLedger(): string[][] {
  const statuses = ['Đã gửi', 'Đã gửi', 'Đã gửi', 'Lỗi', 'Chờ lượt sau'];
  return Array.from({ length: LEDGER_ROWS }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = i < 600 ? '01' : '02';
    return [
      `2025-${month}-${day}`,
      i % 7 === 0 ? 'Gửi ngay' : 'Báo cáo định kỳ',
      `nhan${(i % 24) + 1}@tinh.example.vn`,
      `Người nhận ${(i % 24) + 1}`,
      'Tất cả',
      statuses[i % statuses.length]!,
      `${day}/${month}/2025 07:1${i % 10}`,
      i % 5 === 3 ? 'Invalid email: x' : '',
    ];
  });
}

function provinceWorld(): FakeWorld {
  const world = createWorld({ html: builtHtml() });
  loadRawWorkbook(world, buildWorkbook(province()));
  // Exactly as big as its data: the first row any run adds needs a bigger grid.
  world.spreadsheet.addSheet('Nhật ký gửi', [LEDGER_HEADER, ...oldLedger()], {
    rows: LEDGER_ROWS + 1,
    columns: 8,
  });
  return world;
}

function at(world: FakeWorld, now = MONDAY_9AM): BundleGlobals {
  return loadBundle(world.globals, { now });
}

function menuItems(world: FakeWorld, app: BundleGlobals) {
  app.onOpen!({ authMode: 'FULL' });
  const menu = world.ui.menus.at(-1) as BuiltMenu;
  return menu.items.filter((item) => item !== 'separator') as { label: string; functionName: string }[];
}

function expectNoFault(world: FakeWorld): void {
  const said = [...world.ui.alerts.map((alert) => alert.message), ...world.ui.dialogs.map((d) => d.title)];
  for (const message of said) expect(message).not.toMatch(/lỗi không mong đợi/);
  expect(world.logged).toEqual([]);
  expect(world.lock.holder).toBeNull();
}

describe(`a province: ${CONGRESSES} congresses, a ledger of ${LEDGER_ROWS} rows`, () => {
  const world = provinceWorld();
  const items = menuItems(world, at(world));

  test('the menu has every item the product offers', () => {
    expect(items.map((item) => item.label)).toEqual([
      'Kiểm tra dữ liệu',
      'Danh sách lỗi',
      'Tạo báo cáo',
      'Gửi báo cáo',
      'Gửi thử cho tôi',
      'Lịch gửi tự động',
      'Lập mốc công việc gợi ý',
      'Lập dự toán gợi ý',
      'Nhập từ văn bản kế hoạch',
      'Khởi tạo / sửa bảng tính',
    ]);
  });

  test.each(items.map((item) => [item.label, item.functionName]))('%s works at this size', (_label, name) => {
    const fresh = provinceWorld();
    fresh.ui.answers = ['YES', 'YES', 'YES'];
    at(fresh)[name]!();
    expectNoFault(fresh);
    expect(fresh.ui.alerts.length + fresh.ui.dialogs.length).toBeGreaterThan(0);
  });

  test('Tạo báo cáo and Lập dự toán gợi ý write tabs bigger than a new tab’s 1000 rows', () => {
    const w = provinceWorld();
    at(w).suggestBudget!();
    const estimate = w.spreadsheet.sheet('Dự toán chi tiết');
    expect(estimate.snapshot().length).toBeGreaterThan(1000);
    expect(estimate.maxRows).toBeGreaterThanOrEqual(estimate.snapshot().length);
    at(w).generateReport!();
    at(w).validateData!();
    expectNoFault(w);
  });

  test('Lập mốc công việc gợi ý grows Mốc thời gian past its 1000 rows in one write, and a second run adds nothing', () => {
    const w = provinceWorld();
    const tasks = w.spreadsheet.sheet('Mốc thời gian');
    const before = tasks.snapshot().length;
    const { count } = at(w).previewSuggestedTasks!() as { count: number };
    w.log.clear();
    at(w).applySuggestedTasks!();
    const after = tasks.snapshot();
    expect(after.length - before).toBe(count);
    expect(after.length).toBeGreaterThan(1000);
    expect(tasks.maxRows).toBeGreaterThanOrEqual(after.length);
    expect(w.log.count(/^Range\(Mốc thời gian!.*\)\.setValues$/)).toBe(1);
    at(w).applySuggestedTasks!();
    expect(tasks.snapshot()).toEqual(after);
    expect(after.length).toBeGreaterThan(before);
    expectNoFault(w);
  });

  test('Gửi báo cáo sends each recipient one message below the 1,200 old rows; a second one the same day sends nothing', () => {
    const w = provinceWorld();
    w.ui.answers = ['YES'];
    at(w).sendReports!();
    expect(w.mail.sent).toHaveLength(24);
    expect(new Set(w.mail.sent.map((m) => m.to)).size).toBe(24);
    const ledger = w.spreadsheet.sheet('Nhật ký gửi');
    expect(ledger.snapshot()).toHaveLength(1 + LEDGER_ROWS + 24);
    expect(
      ledger
        .snapshot()
        .slice(-24)
        .every((row) => row[0] === '2025-03-17' && row[5] === 'Đã gửi'),
    ).toBe(true);
    expect(ledger.snapshot().slice(1, LEDGER_ROWS + 1)).toEqual(oldLedger());

    w.ui.answers = ['YES'];
    at(w, MONDAY_11AM).sendReports!();
    expect(w.mail.sent).toHaveLength(24);
    expect(w.ui.alerts.at(-1)!.message).toMatch(/^Không có thư nào cần gửi/);
    expectNoFault(w);
  });

  test('the import dialog’s two calls: preview, then append the chosen rows once', () => {
    const w = provinceWorld();
    const app = at(w);
    const preview = app.previewImport!(PLAN_TEXT) as { tabs: { rows: { key: string }[] }[] };
    const keys = preview.tabs.flatMap((tab) => tab.rows.map((row) => row.key));
    expect(keys.length).toBeGreaterThan(0);
    const before = w.spreadsheet.sheet(TAB.units).snapshot().length;
    expect(app.applyImport!(PLAN_TEXT, keys)).toMatch(/^Đã thêm/);
    const after = w.spreadsheet.sheet(TAB.units).snapshot().length;
    expect(after).toBeGreaterThan(before);
    expect(app.applyImport!(PLAN_TEXT, keys)).toMatch(/không thêm/i);
    expect(w.spreadsheet.sheet(TAB.units).snapshot().length).toBe(after);
    expectNoFault(w);
  });

  test('the hourly tick on a consumer account: 100 messages go, the rest wait, later ticks see the quota and stop', () => {
    const w = provinceWorld();
    at(w).scheduledTick!();
    expect(w.mail.sent).toHaveLength(100);
    // The summaries first, then the reminder digests of the units with work due.
    expect(w.mail.sent.slice(0, 24).every((m) => m.to.startsWith('nhan'))).toBe(true);
    const waiting = w.spreadsheet
      .sheet('Nhật ký gửi')
      .snapshot()
      .filter((row) => row[0] === '2025-03-17' && row[5] === 'Chờ lượt sau');
    expect(waiting.length).toBeGreaterThan(0);
    w.log.clear();
    at(w, MONDAY_11AM).scheduledTick!();
    expect(w.mail.sent).toHaveLength(100);
    expect(w.log.calls.filter((call) => call.endsWith('.getValues'))).toEqual([
      'Range(Cấu hình!A1:B13).getValues',
    ]);
    expectNoFault(w);
  });

  test('the hourly tick on a Workspace account: everything due goes at once; the next tick reads the settings and stops', () => {
    const w = createWorld({ html: builtHtml(), account: 'workspace' });
    loadRawWorkbook(w, buildWorkbook(province()));
    w.spreadsheet.addSheet('Nhật ký gửi', [LEDGER_HEADER, ...oldLedger()], {
      rows: LEDGER_ROWS + 1,
      columns: 8,
    });
    at(w).scheduledTick!();
    const sent = w.mail.sent.length;
    expect(sent).toBeGreaterThan(100);
    expect(w.mail.sent.filter((m) => m.to.startsWith('nhan'))).toHaveLength(24);
    w.log.clear();
    at(w, MONDAY_11AM).scheduledTick!();
    expect(w.mail.sent).toHaveLength(sent);
    expect(w.log.calls).toEqual([
      'Spreadsheet.getSpreadsheetTimeZone',
      'Spreadsheet.getSheets',
      'Sheet(Cấu hình).getDataRange',
      'Range(Cấu hình!A1:B13).getValues',
      'Properties.getProperty',
      'Properties.setProperty',
    ]);
    expectNoFault(w);
  });
});
