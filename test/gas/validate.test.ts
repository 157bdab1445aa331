import { dateCell } from '../../src/core/cells';
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, type FakeWorld, loadRawWorkbook } from '../fakes/environment';
import type { FakeSheet } from '../fakes/spreadsheet';
import { bundleSource, loadBundle } from '../helpers/load-bundle';
import { buildWorkbook, cleanTabs, withCells } from '../helpers/workbook-builder';

const INPUT_TABS = Object.values(TAB);

/** 09:00 on the clean plan's day, in Vietnam. */
const NOW = new Date('2024-12-01T02:00:00Z');

function setUp(world: FakeWorld, tabs = cleanTabs()) {
  loadRawWorkbook(world, buildWorkbook(tabs));
  return loadBundle(world.globals, { now: NOW });
}

function inputSnapshot(world: FakeWorld) {
  return INPUT_TABS.map((tab) => {
    const sheet: FakeSheet = world.spreadsheet.sheet(tab);
    return { values: sheet.snapshot(), formats: [...sheet.formats], backgrounds: [...sheet.backgrounds] };
  });
}

/** The clean plan with three planted problems: D001 (Đại hội!I2), T002 (Đơn vị!G3) and M001 by date. */
function plantedTabs() {
  let tabs = withCells(TAB.congresses, 0, { 'Tổng đại biểu': 283 });
  tabs = withCells(TAB.units, 1, { 'Ngày hết nhiệm kỳ': '31/02/2025' }, tabs);
  return tabs;
}

describe('the built bundle in a bare vm', () => {
  test('exposes exactly the entry points as top-level function declarations', () => {
    const source = bundleSource();
    for (const name of ['onOpen', 'onInstall', 'validateData']) {
      expect(source).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  test('onOpen in AuthMode.NONE builds the add-on menu and touches nothing else', () => {
    const world = createWorld();
    const app = setUp(world);
    world.log.clear();
    app.onOpen!({ authMode: 'NONE' });
    expect(world.ui.menus).toHaveLength(1);
    expect(world.ui.menus[0]!.addon).toBe(true);
    expect(world.log.calls).toEqual(['Ui.createAddonMenu']);
  });

  test('onOpen builds the Đại hội điểm menu whose every item names a global function', () => {
    const world = createWorld();
    const app = setUp(world);
    app.onOpen!({ authMode: 'LIMITED' });
    const menu = world.ui.menus[0]!;
    expect(menu.title).toBe('Đại hội điểm');
    const items = menu.items.filter((item) => item !== 'separator');
    expect(items.map((item) => item.label)).toContain('Kiểm tra dữ liệu');
    for (const item of items) expect(typeof app[item.functionName]).toBe('function');
  });

  test('Kiểm tra dữ liệu writes every finding with a link, marks the cells and leaves input tabs unchanged', () => {
    const world = createWorld();
    const app = setUp(world, plantedTabs());
    app.onOpen!({ authMode: 'FULL' });
    const before = inputSnapshot(world);
    world.log.clear();

    const item = world.ui.menus[0]!.items.find((i) => i !== 'separator' && i.label === 'Kiểm tra dữ liệu');
    app[(item as { functionName: string }).functionName]!();

    const result = world.spreadsheet.sheet('Kiểm tra dữ liệu').snapshot();
    expect(result[1]).toEqual(['Mức độ', 'Mã', 'Tab', 'Ô', 'Nội dung', 'Gợi ý']);
    const rows = result.slice(2);
    const codes = rows.map((row) => `${row[1]} ${row[3]}`);
    expect(codes).toEqual(expect.arrayContaining(['T002 Đơn vị!G3', 'D001 Đại hội!I2']));
    expect(rows[0]![0]).toBe('Lỗi');
    const d001 = rows.find((row) => row[1] === 'D001')!;
    expect(d001[4]).toBe('Tổng đại biểu là 283 nhưng Thành viên dự + Đại biểu mời = 282 (13 + 269).');
    const findingsSheet = world.spreadsheet.sheet('Kiểm tra dữ liệu');
    const link = findingsSheet.links.get(`D${rows.indexOf(d001) + 3}`);
    expect(link).toBe(`#gid=${world.spreadsheet.sheet('Đại hội').getSheetId()}&range=I2`);

    const marks = world.spreadsheet.sheet('Đại hội').rules;
    expect(marks).toHaveLength(1);
    expect(marks[0]!.cells()).toEqual(['I2']);
    expect(marks[0]!.background).toBe('#f4c7c3');

    expect(inputSnapshot(world)).toEqual(before);
    expect(world.ui.alerts.at(-1)!.message).toMatch(/^Đã kiểm tra: 2 lỗi, 0 cảnh báo, 0 thông tin\./);
    for (const tab of INPUT_TABS) {
      expect(world.log.count(new RegExp(`^Range\\(${tab}!.*\\)\\.getValues$`))).toBe(1);
      expect(world.log.count(new RegExp(`^Range\\(${tab}!.*\\)\\.set`))).toBe(0);
    }
    expect(world.lock.acquisitions).toBe(1);
    expect(world.lock.holder).toBeNull();
  });

  test('a second run replaces its own marks and keeps the user’s conditional formats', () => {
    const world = createWorld();
    const app = setUp(world, plantedTabs());
    const userRule = { getBooleanCondition: () => ({ getCriteriaValues: () => ['=$A2="x"'] }) };
    world.spreadsheet.sheet('Đại hội').rules = [userRule as never];
    app.validateData!();
    app.validateData!();
    const rules = world.spreadsheet.sheet('Đại hội').rules;
    expect(rules).toHaveLength(2);
    expect(rules).toContain(userRule);
  });

  test('fixed data clears the marks of the previous run', () => {
    const world = createWorld();
    const app = setUp(world, plantedTabs());
    app.validateData!();
    const sheet = world.spreadsheet.sheet('Đại hội');
    sheet.setValueAt(2, 9, 282);
    world.spreadsheet.sheet('Đơn vị').setValueAt(3, 7, '30/06/2025');
    app.validateData!();
    expect(sheet.rules).toEqual([]);
    expect(world.ui.alerts.at(-1)!.message).toBe(
      'Đã kiểm tra: dữ liệu hợp lệ, không có lỗi hay cảnh báo nào.',
    );
  });

  test.each(['America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'])(
    'dates read from a sheet in %s keep their calendar day',
    (zone) => {
      const world = createWorld({ timeZone: zone });
      const tabs = withCells(TAB.congresses, 0, { 'Ngày đại hội': dateCell('2025-01-11') });
      const app = setUp(world, tabs);
      app.validateData!();
      const rows = world.spreadsheet.sheet('Kiểm tra dữ liệu').snapshot().slice(2);
      expect(rows.map((row) => row[4])).toEqual(['Ngày đại hội 11/01/2025 sau Hạn hoàn thành 10/01/2025.']);
    },
  );

  test('a second person clicking while the lock is held is told so, and nothing is written', () => {
    const world = createWorld();
    const app = setUp(world, plantedTabs());
    world.lock.contended = true;
    app.validateData!();
    expect(world.ui.alerts.at(-1)!.message).toBe(
      'Một người khác đang chạy chức năng này trên bảng tính. Vui lòng thử lại sau ít phút.',
    );
    expect(world.spreadsheet.sheets.map((sheet) => sheet.getName())).not.toContain('Kiểm tra dữ liệu');
  });

  test('a missing tab is reported as S001 instead of failing', () => {
    const world = createWorld();
    loadRawWorkbook(world, buildWorkbook({}, { omit: [TAB.milestones] }));
    const app = loadBundle(world.globals, { now: NOW });
    app.validateData!();
    const rows = world.spreadsheet.sheet('Kiểm tra dữ liệu').snapshot().slice(2);
    expect(rows.find((row) => row[1] === 'S001')?.[4]).toBe('Thiếu tab "Mốc thời gian".');
  });
});
