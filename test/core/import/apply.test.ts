import { chooseImportRows, dateCell, extractPlan, importRows, readWorkbook } from '../../../src/core';
import { TAB } from '../../../src/core/workbook/contract';
import { buildWorkbook, cleanTabs } from '../../helpers/workbook-builder';

const PLAN = [
  'KẾ HOẠCH',
  'Tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
  '1. Đối với chi bộ trực thuộc đảng ủy cơ sở',
  'Chi bộ 05 (bản Pa Cheo), Đảng bộ xã Mường Mít.',
  'Đại biểu (khoảng 120 đại biểu, trong đó: đảng viên chi bộ 20 đồng chí; đại biểu mời 100 đồng chí).',
  '- Chi bộ 05 (bản Pa Cheo), Đảng bộ xã Mường Mít: Không quá 01 ngày, hoàn thành trước ngày 15/12/2024.',
  '- Đảng bộ xã Bản Hon: Không quá 02 ngày, hoàn thành trước ngày 31/3/2025.',
  'Dự toán gửi về Phòng Tài chính trước ngày 01/11/2024.',
].join('\n');

const workbook = () => readWorkbook(buildWorkbook()).workbook;

test('new units get codes from their names, parents resolve, congresses and milestones follow', () => {
  const { rows, counts } = importRows(extractPlan(PLAN), workbook());
  expect(counts).toEqual({ units: 2, congresses: 1, milestones: 3 });
  expect(rows[TAB.units]).toEqual([
    {
      'Mã đơn vị': 'CB-05BPC',
      'Tên đơn vị': 'Chi bộ 05 (bản Pa Cheo)',
      'Loại đơn vị': 'Chi bộ trực thuộc',
      'Số thành viên': 20,
      'Đơn vị cấp trên': 'DB-XMM',
    },
    {
      'Mã đơn vị': 'DB-XMM',
      'Tên đơn vị': 'Đảng bộ xã Mường Mít',
      'Loại đơn vị': 'Đảng bộ cơ sở',
      'Số thành viên': null,
    },
  ]);
  // Đảng bộ xã Bản Hon is already in the workbook (code BH) and already has its congress row.
  expect(rows[TAB.congresses]).toEqual([
    {
      'Mã đơn vị': 'CB-05BPC',
      'Hình thức': 'Đại hội điểm',
      'Bầu trực tiếp Bí thư': 'Không',
      'Số ngày': 1,
      'Thành viên dự': 20,
      'Đại biểu mời': 100,
      'Tổng đại biểu': 120,
      'Hạn hoàn thành': dateCell('2024-12-15'),
      'Trạng thái': 'Chưa bắt đầu',
    },
  ]);
  expect(rows[TAB.milestones]!.map((row) => [row['Mã công việc'], row.Hạn])).toEqual([
    ['KH01', dateCell('2024-12-15')],
    ['KH02', dateCell('2025-03-31')],
    ['KH03', dateCell('2024-11-01')],
  ]);
});

test('a code already taken gets a number; a unit named differently but the same (case, tone placement) is not added', () => {
  const tabs = cleanTabs();
  tabs[TAB.units].push({ ...tabs[TAB.units][1]!, 'Mã đơn vị': 'CB-05BPC', 'Tên đơn vị': 'Chi bộ khác' });
  tabs[TAB.units].push({ ...tabs[TAB.units][1]!, 'Mã đơn vị': 'MM', 'Tên đơn vị': 'ĐẢNG BỘ XÃ MƯỜNG MÍT' });
  const { rows } = importRows(extractPlan(PLAN), readWorkbook(buildWorkbook(tabs)).workbook);
  expect(rows[TAB.units]!.map((row) => [row['Mã đơn vị'], row['Đơn vị cấp trên']])).toEqual([
    ['CB-05BPC2', 'MM'],
  ]);
});

test('importing what the workbook already holds adds nothing', () => {
  const first = importRows(extractPlan(PLAN), workbook());
  const tabs = cleanTabs();
  for (const tab of [TAB.units, TAB.congresses, TAB.milestones] as const)
    tabs[tab].push(...(first.rows[tab] ?? []).map((row) => ({ ...row })));
  const second = importRows(extractPlan(PLAN), readWorkbook(buildWorkbook(tabs)).workbook);
  expect(second.counts).toEqual({ units: 0, congresses: 0, milestones: 0 });
  expect(second.items).toEqual([]);
});

test('a preview choice: a congress without its new unit is dropped, a unit without its new parent keeps none', () => {
  const { items } = importRows(extractPlan(PLAN), workbook());
  expect(items.map((item) => [item.tab, item.key, item.needs])).toEqual([
    [TAB.units, 'DV|chi bộ 05 (bản pa cheo)', 'DV|đảng bộ xã mường mít'],
    [TAB.units, 'DV|đảng bộ xã mường mít', null],
    [TAB.congresses, 'DH|chi bộ 05 (bản pa cheo)', 'DV|chi bộ 05 (bản pa cheo)'],
    [TAB.milestones, expect.stringMatching(/^MT\|2024-12-15\|chi bộ 05 \(bản pa cheo\), đảng bộ/), null],
    [TAB.milestones, expect.stringMatching(/^MT\|2025-03-31\|đảng bộ xã bản hon: không quá/), null],
    [TAB.milestones, 'MT|2024-11-01|dự toán gửi về phòng tài chính trước ngày 01/11/2024.', null],
  ]);
  const onlyChild = chooseImportRows(items, ['DV|chi bộ 05 (bản pa cheo)', 'DH|chi bộ 05 (bản pa cheo)']);
  expect(onlyChild.counts).toEqual({ units: 1, congresses: 1, milestones: 0 });
  expect(onlyChild.rows[TAB.units]![0]!['Đơn vị cấp trên']).toBeNull();
  const noUnit = chooseImportRows(items, ['DH|chi bộ 05 (bản pa cheo)', items[5]!.key]);
  expect(noUnit.counts).toEqual({ units: 0, congresses: 0, milestones: 1 });
  expect(noUnit.rows[TAB.milestones]![0]!['Nội dung']).toBe(
    'Dự toán gửi về Phòng Tài chính trước ngày 01/11/2024.',
  );
});
