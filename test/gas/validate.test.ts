import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
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
    return {
      name: sheet.getName(),
      values: sheet.snapshot(),
      formats: [...sheet.formats],
      backgrounds: [...sheet.backgrounds],
      fontWeights: [...sheet.fontWeights],
      notes: [...sheet.notes],
      frozenRows: sheet.frozenRows,
      widths: [...sheet.widths],
      validations: [...sheet.validations],
    };
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
    const gradient = { getBooleanCondition: () => null };
    world.spreadsheet.sheet('Đại hội').rules = [userRule as never, gradient as never];
    app.validateData!();
    app.validateData!();
    const rules = world.spreadsheet.sheet('Đại hội').rules;
    expect(rules).toHaveLength(3);
    // Ours first (a mark shows over the user's colours), theirs kept in their order.
    expect(rules.slice(1)).toEqual([userRule, gradient]);
    expect(rules[0]!.cells()).toEqual(['I2']);
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

describe('Kiểm tra dữ liệu, in detail', () => {
  test('findings come errors first, then warnings, then infos, under a title with the counts', () => {
    const world = createWorld();
    // T002 (Lỗi), D010 on CB02 (Cảnh báo: its congress on 08/01 while its approval CV01 is open),
    // M001 on CV01 (Cảnh báo: past its Hạn on 21/12), M002 on CV02 (Thông tin: due in 7 days).
    loadRawWorkbook(world, buildWorkbook(withCells(TAB.units, 1, { 'Ngày hết nhiệm kỳ': '31/02/2025' })));
    const app = loadBundle(world.globals, { now: new Date('2025-01-03T02:00:00Z') });
    app.validateData!();
    const grid = world.spreadsheet.sheet('Kiểm tra dữ liệu').snapshot();
    expect(grid[0]![0]).toBe('Kết quả kiểm tra lúc 09:00 03/01/2025: 1 lỗi, 2 cảnh báo, 1 thông tin.');
    expect(grid.slice(2).map((row) => `${row[0]} ${row[1]} ${row[3]}`)).toEqual([
      'Lỗi T002 Đơn vị!G3',
      'Cảnh báo D010 Đại hội!D2',
      'Cảnh báo M001 Mốc thời gian!D2',
      'Thông tin M002 Mốc thời gian!D3',
    ]);
    expect(world.ui.alerts.at(-1)!.message).toBe(
      'Đã kiểm tra: 1 lỗi, 2 cảnh báo, 1 thông tin. Xem tab "Kiểm tra dữ liệu"; các ô có lỗi được tô màu (đỏ: lỗi, vàng: cảnh báo).',
    );
    const marks = world.spreadsheet.sheet('Mốc thời gian').rules;
    expect(marks.map((rule) => [rule.background, rule.cells()])).toEqual([['#fce8b2', ['D2']]]);
  });

  test('tabs found by forgiving names: the real names, links and marks; output tabs are never read', () => {
    const world = createWorld();
    loadRawWorkbook(world, buildWorkbook(plantedTabs()));
    const congresses = world.spreadsheet.sheet('Đại hội');
    const realName = '  ĐẠI HỘI '.normalize('NFD');
    congresses.rename(realName);
    world.spreadsheet.addSheet('Báo cáo', [['=IMPORTRANGE("x")', 1]]);
    world.spreadsheet.addSheet('Kiểm tra dữ liệu', [['kết quả cũ'], ['x', 'y', 'z']]);
    const app = loadBundle(world.globals, { now: NOW });
    world.log.clear();
    app.validateData!();

    expect(world.log.calls.filter((call) => call.endsWith('.getValues'))).toHaveLength(7);
    expect(world.log.count(/^Range\((Báo cáo|Kiểm tra dữ liệu)!.*\.getValues$/)).toBe(0);
    const findings = world.spreadsheet.sheet('Kiểm tra dữ liệu');
    const rows = findings.snapshot().slice(2);
    expect(rows.map((row) => row[0])).not.toContain('x');
    const index = rows.findIndex((row) => row[1] === 'D001');
    expect(rows[index]!.slice(2, 4)).toEqual([realName, `${realName}!I2`]);
    expect(findings.links.get(`D${index + 3}`)).toBe(`#gid=${congresses.getSheetId()}&range=I2`);
    expect(congresses.rules.map((rule) => rule.cells())).toEqual([['I2']]);
  });

  test('nothing but our marks is written to an input tab, and only while the lock is held', () => {
    const world = createWorld();
    loadRawWorkbook(world, buildWorkbook(plantedTabs()));
    const congresses = world.spreadsheet.sheet('Đại hội');
    congresses.formats.set('2:9', '#,##0');
    congresses.backgrounds.set('I2', '#00ff00');
    congresses.notes.set('I2', 'ghi chú của người dùng');
    congresses.frozenRows = 1;
    const app = loadBundle(world.globals, { now: NOW });
    const before = inputSnapshot(world);
    world.log.clear();
    const unlocked: string[] = [];
    world.log.onRecord = (call) => {
      if (/\.(set|clear|insert|delete)/.test(call) && world.lock.holder === null) unlocked.push(call);
    };
    app.validateData!();

    expect(unlocked).toEqual([]);
    for (const tab of INPUT_TABS) {
      expect(world.log.writesOn(tab)).toEqual([`Sheet(${tab}).setConditionalFormatRules`]);
    }
    expect(inputSnapshot(world)).toEqual(before);
    const calls = world.log.calls;
    expect(calls.slice(0, 2)).toEqual(['LockService.getDocumentLock', 'Lock.tryLock:true']);
    expect(calls.slice(calls.indexOf('Lock.releaseLock') - 1)).toEqual([
      'SpreadsheetApp.flush',
      'Lock.releaseLock',
      'Ui.alert',
    ]);
    expect(world.log.count(/getSpreadsheetLocale/)).toBe(1);
  });

  test('two people at once: the second is told to wait and the first finishes alone', () => {
    const world = createWorld();
    loadRawWorkbook(world, buildWorkbook(plantedTabs()));
    const first = loadBundle(world.globals, { now: NOW });
    const second = loadBundle(world.globals, { now: NOW });
    let raced = false;
    world.log.onRecord = (call) => {
      if (!raced && call.endsWith('.getValues')) {
        raced = true;
        second.validateData!();
      }
    };
    first.validateData!();

    expect(raced).toBe(true);
    expect(world.ui.alerts.map((alert) => alert.message.slice(0, 40))).toEqual([
      'Một người khác đang chạy chức năng này t',
      'Đã kiểm tra: 2 lỗi, 0 cảnh báo, 0 thông ',
    ]);
    expect(world.log.count(/^Lock\.tryLock/)).toBe(2);
    expect(world.log.count(/^Spreadsheet\.insertSheet\(Kiểm tra dữ liệu\)$/)).toBe(1);
    expect(world.log.count(/^Range\(Đại hội!.*\.getValues$/)).toBe(1);
    expect(world.lock.holder).toBeNull();
  });

  test('an unexpected failure is shown in Vietnamese with its detail, logged, and the lock released', () => {
    const world = createWorld();
    loadRawWorkbook(world, buildWorkbook(plantedTabs()));
    const broken = world.spreadsheet.sheet('Định mức');
    broken.getDataRange = () => {
      throw new Error('Service Spreadsheets timed out while accessing document');
    };
    const app = loadBundle(world.globals, { now: NOW });
    app.validateData!();
    expect(world.ui.alerts).toEqual([
      {
        title: 'Đại hội điểm',
        message:
          'Đã xảy ra lỗi không mong đợi, dữ liệu của bạn không bị thay đổi.\n\nChi tiết: Service Spreadsheets timed out while accessing document\n\nHãy thử lại; nếu lỗi lặp lại, báo cho bộ phận kỹ thuật kèm chi tiết này.',
      },
    ]);
    expect(world.logged).toHaveLength(1);
    expect(world.lock.holder).toBeNull();
    expect(world.spreadsheet.sheets.map((sheet) => sheet.getName())).not.toContain('Kiểm tra dữ liệu');
  });

  test('a protected findings tab is explained, not shown as a raw error', () => {
    const world = createWorld();
    loadRawWorkbook(world, buildWorkbook(plantedTabs()));
    world.spreadsheet.addSheet('Kiểm tra dữ liệu', []).protectedFromWrites = true;
    const app = loadBundle(world.globals, { now: NOW });
    app.validateData!();
    expect(world.ui.alerts.at(-1)!.message).toMatch(
      /^Không ghi được kết quả vì một tab hoặc vùng ô đang được bảo vệ/,
    );
  });

  // 18:00 UTC on 12/12/2024 is already 13/12 in Vietnam but still 12/12 in Los Angeles; CV01 is due
  // on 20/12 and the reminder window is 7 days.
  test.each([
    ['Asia/Ho_Chi_Minh', ['Thông tin M002 Mốc thời gian!D2']],
    ['America/Los_Angeles', []],
  ])('today is the calendar day in the workbook’s Múi giờ (%s)', (zone, expected) => {
    const world = createWorld();
    const tabs = cleanTabs();
    tabs[TAB.settings] = tabs[TAB.settings].map((row) =>
      row.Khóa === 'Múi giờ' ? { ...row, 'Giá trị': zone } : row,
    );
    loadRawWorkbook(world, buildWorkbook(tabs));
    const app = loadBundle(world.globals, { now: new Date('2024-12-12T18:00:00Z') });
    app.validateData!();
    const rows = world.spreadsheet.sheet('Kiểm tra dữ liệu').snapshot().slice(2);
    const found = rows.filter((row) => row[1] !== '').map((row) => `${row[0]} ${row[1]} ${row[3]}`);
    expect(found).toEqual(expected);
  });
});

describe('the host clock’s zone changes nothing (child processes with their own TZ)', () => {
  let script = '';
  beforeAll(() => {
    script = buildSync({
      entryPoints: [join(__dirname, 'fixtures', 'host-zone-run.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      // The script runs from stdin: point the bundle loader at the real build folder.
      define: { __dirname: JSON.stringify(join(__dirname, '..', 'helpers')) },
    }).outputFiles[0]!.text;
  });

  test.each([
    ['UTC', 'Asia/Ho_Chi_Minh', 0],
    ['America/Los_Angeles', 'Asia/Ho_Chi_Minh', 480],
    ['Pacific/Kiritimati', 'America/Los_Angeles', -840],
    ['America/Los_Angeles', 'Pacific/Kiritimati', 480],
  ])('host in %s, spreadsheet in %s', (hostZone, sheetZone, offset) => {
    const run = spawnSync(process.execPath, ['-', sheetZone, NOW.toISOString()], {
      input: script,
      cwd: join(__dirname, '..', '..'),
      encoding: 'utf8',
      env: { ...process.env, TZ: hostZone },
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { offset: number; rows: unknown[][] };
    expect(result.offset).toBe(offset);
    // The congress date stays 11/01; 01/12 is today in Vietnam (Múi giờ), so no M005.
    expect(result.rows.slice(2).map((row) => `${row[1]} ${row[3]} ${row[4]}`)).toEqual([
      'D004 Đại hội!D2 Ngày đại hội 11/01/2025 sau Hạn hoàn thành 10/01/2025.',
    ]);
  });
});
