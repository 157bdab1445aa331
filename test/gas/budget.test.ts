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
  ]);

  app[item.functionName]!();
  expect(budget.snapshot()).toEqual(after);
  expect(world.ui.alerts.at(-1)!.message).toMatch(/^Mọi đại hội đã có dòng dự toán/);
});
