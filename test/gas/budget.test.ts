import { TAB } from '../../src/core/workbook/contract';
import { createWorld, loadRawWorkbook } from '../fakes/environment';
import { loadBundle } from '../helpers/load-bundle';
import { buildWorkbook, cleanTabs } from '../helpers/workbook-builder';

const NOW = new Date('2024-12-01T02:00:00Z');

test('Lập dự toán gợi ý appends lines below the last row in one write, and a second run adds nothing', () => {
  const tabs = cleanTabs();
  const world = createWorld();
  loadRawWorkbook(
    world,
    buildWorkbook({ ...tabs, [TAB.budget]: tabs[TAB.budget].filter((r) => r['Mã đơn vị'] !== 'BH') }),
  );
  const app = loadBundle(world.globals, { now: NOW });
  app.onOpen!({ authMode: 'FULL' });
  const item = world.ui.menus[0]!.items.find((i) => i !== 'separator' && i.label === 'Lập dự toán gợi ý') as {
    functionName: string;
  };
  const budget = world.spreadsheet.sheet('Dự toán');
  const before = budget.snapshot();
  world.log.clear();
  app[item.functionName]!();

  const after = budget.snapshot();
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.slice(before.length)).toEqual([
    ['BH', 'AN', 250, 2, 150000, 75000000, 'gợi ý: số lượng theo Tổng đại biểu, điều chỉnh theo thực tế'],
    ['BH', 'HT', 1, '', 10000000, 10000000, 'gợi ý'],
    ['BH', 'TL', 250, '', 30000, 7500000, 'gợi ý: số lượng theo Tổng đại biểu, điều chỉnh theo thực tế'],
  ]);
  expect(world.log.count(/^Range\(Dự toán!.*\)\.setValues$/)).toBe(1);
  expect(world.ui.alerts.at(-1)!.message).toMatch(/^Đã thêm 3 dòng dự toán gợi ý cho 1 đại hội/);
  const estimate = world.spreadsheet.sheet('Dự toán chi tiết').snapshot();
  expect(estimate.find((row) => row[0] === 'Đảng bộ xã Bản Hon' && row[2] === 'Tổng cộng')).toEqual([
    'Đảng bộ xã Bản Hon',
    '',
    'Tổng cộng',
    '',
    '',
    '',
    '',
    92500000,
    'Chín mươi hai triệu năm trăm nghìn đồng',
    '',
  ]);

  app[item.functionName]!();
  expect(budget.snapshot()).toEqual(after);
  expect(world.ui.alerts.at(-1)!.message).toMatch(/^Mọi đại hội đã có dòng dự toán/);
});

test('Dự toán chi tiết shows fractional quantities as they are and money as whole đồng, rebuilt on each run', () => {
  const tabs = cleanTabs();
  const world = createWorld();
  const budget = tabs[TAB.budget].map((row, index) =>
    index === 0 ? { ...row, 'Số lượng': '2,5', 'Thành tiền': '' } : row,
  );
  loadRawWorkbook(world, buildWorkbook({ ...tabs, [TAB.budget]: budget }));
  const app = loadBundle(world.globals, { now: NOW });
  app.onOpen!({ authMode: 'FULL' });
  app.suggestBudget!();
  const sheet = world.spreadsheet.sheet('Dự toán chi tiết');
  const rows = sheet.snapshot();
  expect(rows[1]).toEqual([
    'Chi bộ 02 (bản Nà Phát)',
    1,
    'Tiền ăn đại biểu',
    'người/ngày',
    2.5,
    1,
    100000,
    250000,
    'Quy định 3041-QĐ/VPTW',
    '',
  ]);
  // Row 2: Số lượng (E) and Số ngày (F) keep their fraction; Đơn giá (G) and Thành tiền (H) are money.
  expect(['E', 'F', 'G', 'H'].map((_, i) => sheet.formats.get(`2:${5 + i}`))).toEqual([
    'General',
    'General',
    '#,##0',
    '#,##0',
  ]);
  expect(world.ui.alerts.at(-1)!.message).toMatch(/^Mọi đại hội đã có dòng dự toán/);
  app.suggestBudget!();
  expect(world.spreadsheet.sheet('Dự toán chi tiết').snapshot()).toEqual(rows);
});

test('budget findings appear in Kiểm tra dữ liệu with the others, B007 as a warning at the cap cell', () => {
  const tabs = cleanTabs();
  const norms = tabs[TAB.norms].map((row, index) => (index === 1 ? { ...row, 'Mức tối đa': '' } : row));
  const budget = tabs[TAB.budget].map((row, index) =>
    index === 0 ? { ...row, 'Đơn giá': 200000, 'Thành tiền': '' } : row,
  );
  const world = createWorld();
  loadRawWorkbook(world, buildWorkbook({ ...tabs, [TAB.norms]: norms, [TAB.budget]: budget }));
  const app = loadBundle(world.globals, { now: NOW });
  app.onOpen!({ authMode: 'FULL' });
  app.validateData!();
  const rows = world.spreadsheet.sheet('Kiểm tra dữ liệu').snapshot().slice(2);
  const budgetRows = rows.filter((row) => String(row[1]).startsWith('B'));
  expect(budgetRows.map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
    [
      'Lỗi',
      'B002',
      'Dự toán!E2',
      'Đơn giá 200.000 đ vượt mức tối đa 150.000 đ của khoản Tiền ăn đại biểu áp dụng cho Chi bộ trực thuộc.',
    ],
    [
      'Cảnh báo',
      'B007',
      'Định mức!E3',
      'Khoản "Thuê hội trường, trang trí, khánh tiết" chưa có định mức (Mức tối đa) cho Chi bộ trực thuộc; 1 dòng dự toán đang dùng khoản này.',
    ],
  ]);
});
