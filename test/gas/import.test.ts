/** Nhập từ văn bản kế hoạch through the built bundle and the fakes: preview, choice, append, twice. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAB } from '../../src/core/workbook/contract';
import { createWorld, loadRawWorkbook, midnightIn } from '../fakes/environment';
import { loadBundle } from '../helpers/load-bundle';
import { buildWorkbook } from '../helpers/workbook-builder';

const NOW = new Date('2024-12-01T02:00:00Z');
const DIALOG = readFileSync(join(__dirname, '..', '..', 'build', 'import.html'), 'utf8');

// The last line is TCVN3 text pasted as Unicode ("Đảng bộ xã Bản Hon: ...").
const PLAN = [
  'KẾ HOẠCH',
  'Tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
  'Căn cứ Kế hoạch số 12-KH/HU, ngày 19/7/2024 của Huyện ủy;',
  '1. Đối với chi bộ trực thuộc đảng ủy cơ sở',
  'Chi bộ 05 (bản Pa Cheo), Đảng bộ xã Mường Mít.',
  'Đại biểu (khoảng 120 đại biểu, trong đó: đảng viên chi bộ 20 đồng chí; đại biểu mời 100 đồng chí).',
  '- Chi bộ 05 (bản Pa Cheo), Đảng bộ xã Mường Mít: Không quá 01 ngày, hoàn thành trước ngày 15/12/2024.',
  '=HYPERLINK("http://x") hoàn thành trước ngày 20/12/2024',
  '- \u00a7\u00b6ng b\u00e9 x\u00b7 B\u00b6n Hon: Kh\u00abng qu\u00b8 02 ng\u00b5y, ho\u00b5n th\u00b5nh tr\u00ad\u00edc ng\u00b5y 31/3/2025.',
].join('\n');

interface Preview {
  summary: string;
  notes: string[];
  tabs: {
    tab: string;
    sheet: string;
    caption: string;
    headers: string[];
    rows: { key: string; needs: string; cells: string[] }[];
  }[];
}

function setUp() {
  const world = createWorld({ html: { import: DIALOG } });
  loadRawWorkbook(world, buildWorkbook());
  return { world, app: loadBundle(world.globals, { now: NOW }) };
}

const allKeys = (preview: Preview) => preview.tabs.flatMap((tab) => tab.rows.map((row) => row.key));

test('the menu item opens the dialog from the built HTML file', () => {
  const { world, app } = setUp();
  app.onOpen!({ authMode: 'FULL' });
  const item = world.ui.menus[0]!.items.find(
    (i) => i !== 'separator' && i.label === 'Nhập từ văn bản kế hoạch',
  ) as {
    functionName: string;
  };
  app[item.functionName]!();
  expect(world.ui.dialogs.at(-1)).toMatchObject({ kind: 'modal', title: 'Nhập từ văn bản kế hoạch' });
  expect(world.ui.dialogs.at(-1)!.html).toContain('.previewImport(');
  expect(world.ui.dialogs.at(-1)!.html).not.toMatch(/innerHTML/);
});

test('the preview lists, per tab, the rows that would be added, as plain text', () => {
  const { world, app } = setUp();
  world.log.clear();
  const preview = app.previewImport!(PLAN) as Preview;
  expect(JSON.parse(JSON.stringify(preview))).toEqual(preview);
  // Reading only: nothing written.
  expect(world.log.calls.filter((call) => call.endsWith('.setValues'))).toEqual([]);
  // The two congresses' deadlines are in `Đại hội`, not repeated as milestones (issue 16).
  expect(preview.summary).toBe(
    'Có thể thêm 2 đơn vị, 1 đại hội, 1 mốc thời gian. Bỏ chọn những dòng không muốn thêm.',
  );
  expect(preview.notes).toEqual([
    'Đã chuyển 1 đoạn gõ bằng phông cũ (TCVN3/VNI) sang Unicode trước khi đọc.',
    '1 ngày của văn bản được dẫn (không phải hạn) không được đưa vào Mốc thời gian.',
  ]);
  expect(preview.tabs.map((tab) => [tab.sheet, tab.rows.length])).toEqual([
    ['Đơn vị', 2],
    ['Đại hội', 1],
    ['Mốc thời gian', 1],
  ]);
  expect(preview.tabs.map((tab) => tab.caption)).toEqual([
    'Đơn vị (2 dòng mới)',
    'Đại hội (1 dòng mới)',
    'Mốc thời gian (1 dòng mới)',
  ]);
  expect(preview.tabs[0]!.headers).toEqual([
    'Mã đơn vị',
    'Tên đơn vị',
    'Loại đơn vị',
    'Đơn vị cấp trên',
    'Số thành viên',
  ]);
  expect(preview.tabs[0]!.rows[0]).toEqual({
    key: 'DV|chi bộ 05 (bản pa cheo)',
    needs: 'DV|đảng bộ xã mường mít',
    cells: ['CB-05BPC', 'Chi bộ 05 (bản Pa Cheo)', 'Chi bộ trực thuộc', 'DB-XMM', '20'],
  });
  const congress = preview.tabs[1]!;
  expect(
    Object.fromEntries(congress.headers.map((header, i) => [header, congress.rows[0]!.cells[i]])),
  ).toEqual({
    'Mã đơn vị': 'CB-05BPC',
    'Hình thức': 'Đại hội điểm',
    'Bầu trực tiếp Bí thư': 'Không',
    'Nhiệm kỳ mới': '2025-2030',
    'Số ngày': '1',
    'Thành viên dự': '20',
    'Đại biểu mời': '100',
    'Tổng đại biểu': '120',
    'Hạn hoàn thành': '15/12/2024',
    'Trạng thái': 'Chưa bắt đầu',
  });
  expect(preview.tabs[2]!.rows.map((row) => row.cells.at(-1))).toEqual(['20/12/2024']);
});

test('applying appends the chosen rows with one write per tab; the same plan a second time adds nothing', () => {
  const { world, app } = setUp();
  const before = {
    units: world.spreadsheet.sheet('Đơn vị').snapshot().length,
    milestones: world.spreadsheet.sheet('Mốc thời gian').snapshot().length,
  };
  const preview = app.previewImport!(PLAN) as Preview;
  world.log.clear();
  expect(app.applyImport!(PLAN, allKeys(preview))).toBe(
    'Đã thêm 2 đơn vị, 1 đại hội, 1 mốc thời gian. Hãy kiểm tra và bổ sung các ô còn trống rồi chạy "Kiểm tra dữ liệu".',
  );
  expect(world.log.calls.filter((call) => call.endsWith('.setValues'))).toHaveLength(3);
  expect(world.lock.holder).toBeNull();

  const units = world.spreadsheet.sheet('Đơn vị').snapshot();
  expect(units).toHaveLength(before.units + 2);
  expect(units.at(-2)!.slice(0, 5)).toEqual([
    'CB-05BPC',
    'Chi bộ 05 (bản Pa Cheo)',
    'Chi bộ trực thuộc',
    'DB-XMM',
    20,
  ]);
  expect(units.at(-1)!.slice(0, 5)).toEqual(['DB-XMM', 'Đảng bộ xã Mường Mít', 'Đảng bộ cơ sở', '', '']);
  const milestones = world.spreadsheet.sheet('Mốc thời gian');
  const rows = milestones.snapshot();
  expect(rows).toHaveLength(before.milestones + 1);
  expect(rows.slice(-1).map((row) => (row[3] as Date).getTime())).toEqual(
    ['2024-12-20'].map((iso) => midnightIn(iso, 'Asia/Ho_Chi_Minh').getTime()),
  );
  // Text that a spreadsheet would run as a formula is written as text.
  expect(rows.at(-1)![1]).toBe('=HYPERLINK("http://x") hoàn thành trước ngày 20/12/2024');
  expect([...milestones.formulas]).toEqual([]);

  const again = app.previewImport!(PLAN) as Preview;
  expect(again.summary).toBe('Bảng tính đã có mọi nội dung của kế hoạch này: không có dòng mới để thêm.');
  expect(again.tabs.map((tab) => tab.rows.length)).toEqual([0, 0, 0]);
  world.log.clear();
  expect(app.applyImport!(PLAN, allKeys(preview))).toBe(
    'Không thêm dòng nào: các dòng được chọn đã có trong bảng tính.',
  );
  expect(world.log.calls.filter((call) => call.endsWith('.setValues'))).toEqual([]);
});

test('only the ticked rows are added; a congress whose new unit was unticked is left out', () => {
  const { world, app } = setUp();
  const preview = app.previewImport!(PLAN) as Preview;
  const milestoneKeys = preview.tabs[2]!.rows.map((row) => row.key);
  const chosen = [...milestoneKeys.slice(0, 1), 'DH|chi bộ 05 (bản pa cheo)'];
  expect(app.applyImport!(PLAN, chosen)).toMatch(/^Đã thêm 0 đơn vị, 0 đại hội, 1 mốc thời gian\./);
  expect(world.spreadsheet.sheet('Đại hội').snapshot().flat()).not.toContain('CB-05BPC');
});

test('the server functions refuse arguments the dialog would never send', () => {
  const { app } = setUp();
  expect(() => app.previewImport!(42)).toThrow('Văn bản kế hoạch không hợp lệ');
  expect(() => app.previewImport!('x'.repeat(500_001))).toThrow('Văn bản kế hoạch không hợp lệ');
  expect(() => app.previewImport!('   \n ')).toThrow(
    'Chưa có nội dung: hãy dán văn bản kế hoạch vào ô trên.',
  );
  for (const keys of ['DV|x', [1, 2], [{ key: 'x' }], Array(5001).fill('k'), ['x'.repeat(2001)]])
    expect(() => app.applyImport!(PLAN, keys)).toThrow('Danh sách dòng được chọn không hợp lệ.');
});

test('a missing tab is named instead of failing half-way', () => {
  const { world, app } = setUp();
  const preview = app.previewImport!(PLAN) as Preview;
  world.spreadsheet.deleteSheetNamed(TAB.milestones);
  world.log.clear();
  expect(() => app.applyImport!(PLAN, allKeys(preview))).toThrow(
    'Không tìm thấy tab "Mốc thời gian". Hãy chạy "Khởi tạo / sửa bảng tính" trước khi nhập.',
  );
  expect(world.log.calls.filter((call) => call.endsWith('.setValues'))).toEqual([]);
  expect(world.lock.holder).toBeNull();
});
