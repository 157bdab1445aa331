import {
  chooseImportRows,
  dateCell,
  extractPlan,
  importRows,
  readWorkbook,
  settingsRows,
} from '../../../src/core';
import { TAB } from '../../../src/core/workbook/contract';
import { buildWorkbook, cleanTabs, type PlanTabs } from '../../helpers/workbook-builder';

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

const workbook = (tabs?: PlanTabs) => readWorkbook(buildWorkbook(tabs)).workbook;

test('new units get codes from their names, parents resolve, congresses carry their term; tasks, not congress deadlines, become milestones', () => {
  const { rows, counts } = importRows(extractPlan(PLAN), workbook());
  expect(counts).toEqual({ units: 2, congresses: 1, milestones: 1, settings: 0 });
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
      'Nhiệm kỳ mới': '2025-2030',
      'Số ngày': 1,
      'Thành viên dự': 20,
      'Đại biểu mời': 100,
      'Tổng đại biểu': 120,
      'Hạn hoàn thành': dateCell('2024-12-15'),
      'Trạng thái': 'Chưa bắt đầu',
    },
  ]);
  // The two congress deadlines are in `Đại hội`; only the estimate is a task.
  expect(rows[TAB.milestones]).toEqual([
    {
      'Mã công việc': 'KH01',
      'Nội dung': 'Dự toán gửi về Phòng Tài chính',
      'Đơn vị chủ trì': null,
      Hạn: dateCell('2024-11-01'),
    },
  ]);
});

test('a code already taken gets a number; a unit named differently but the same (case, tone placement) is not added', () => {
  const tabs = cleanTabs();
  tabs[TAB.units].push({ ...tabs[TAB.units][1]!, 'Mã đơn vị': 'CB-05BPC', 'Tên đơn vị': 'Chi bộ khác' });
  tabs[TAB.units].push({ ...tabs[TAB.units][1]!, 'Mã đơn vị': 'MM', 'Tên đơn vị': 'ĐẢNG BỘ XÃ MƯỜNG MÍT' });
  const { rows } = importRows(extractPlan(PLAN), workbook(tabs));
  expect(rows[TAB.units]!.map((row) => [row['Mã đơn vị'], row['Đơn vị cấp trên']])).toEqual([
    ['CB-05BPC2', 'MM'],
  ]);
});

test('importing what the workbook already holds adds nothing', () => {
  const first = importRows(extractPlan(PLAN), workbook());
  const tabs = cleanTabs();
  for (const tab of [TAB.units, TAB.congresses, TAB.milestones] as const)
    tabs[tab].push(...(first.rows[tab] ?? []).map((row) => ({ ...row })));
  const second = importRows(extractPlan(PLAN), workbook(tabs));
  expect(second.counts).toEqual({ units: 0, congresses: 0, milestones: 0, settings: 0 });
  expect(second.items).toEqual([]);
});

test('a task whose date the office corrected, or whose date cell it cannot read, is not added again', () => {
  const first = importRows(extractPlan(PLAN), workbook());
  for (const due of [dateCell('2024-11-05'), '31/11/2024', null]) {
    const tabs = cleanTabs();
    for (const tab of [TAB.units, TAB.congresses] as const)
      tabs[tab].push(...(first.rows[tab] ?? []).map((row) => ({ ...row })));
    tabs[TAB.milestones].push({ ...first.rows[TAB.milestones]![0]!, Hạn: due });
    expect(importRows(extractPlan(PLAN), workbook(tabs)).counts.milestones).toBe(0);
  }
});

test('a preview choice: a congress without its new unit is dropped, a unit without its new parent keeps none', () => {
  const planned = importRows(extractPlan(PLAN), workbook());
  expect(planned.items.map((item) => [item.tab, item.key, item.needs])).toEqual([
    [TAB.units, 'DV|chi bộ 05 (bản pa cheo)', 'DV|đảng bộ xã mường mít'],
    [TAB.units, 'DV|đảng bộ xã mường mít', null],
    [TAB.congresses, 'DH|chi bộ 05 (bản pa cheo)', 'DV|chi bộ 05 (bản pa cheo)'],
    [TAB.milestones, 'MT|2024-11-01||dự toán gửi về phòng tài chính', null],
  ]);
  const onlyChild = chooseImportRows(planned, ['DV|chi bộ 05 (bản pa cheo)', 'DH|chi bộ 05 (bản pa cheo)']);
  expect(onlyChild.counts).toEqual({ units: 1, congresses: 1, milestones: 0, settings: 0 });
  expect(onlyChild.rows[TAB.units]![0]!['Đơn vị cấp trên']).toBeNull();
  const noUnit = chooseImportRows(planned, ['DH|chi bộ 05 (bản pa cheo)', planned.items[3]!.key]);
  expect(noUnit.counts).toEqual({ units: 0, congresses: 0, milestones: 1, settings: 0 });
  expect(noUnit.rows[TAB.milestones]![0]!['Nội dung']).toBe('Dự toán gửi về Phòng Tài chính');
});

describe('what the plan says about itself fills Cấu hình, never over what the office typed', () => {
  const signed = [
    'HUYỆN ỦY SÌN HỒ',
    'KẾ HOẠCH',
    'Tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
    'Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:',
    '- Đảng bộ xã Pa Tần: Không quá 02 ngày, hoàn thành trước ngày 31/3/2025.',
    '1. Ban Tổ chức Huyện ủy tổng hợp kết quả, báo cáo trước ngày 15/4/2025.',
    'T/M BAN THƯỜNG VỤ',
    'PHÓ BÍ THƯ THƯỜNG TRỰC',
    'Giàng A Dình',
  ].join('\n');
  const blank = (): PlanTabs => ({ ...cleanTabs(), [TAB.settings]: settingsRows() });

  test('a blank workbook’s empty and default values are filled', () => {
    const { settings, counts } = importRows(extractPlan(signed), workbook(blank()));
    expect(settings).toEqual([
      { key: 'Cơ quan ban hành', previous: '', value: 'HUYỆN ỦY SÌN HỒ' },
      { key: 'Người ký', previous: '', value: 'Giàng A Dình' },
      { key: 'Chức vụ người ký', previous: '', value: 'PHÓ BÍ THƯ THƯỜNG TRỰC' },
      {
        key: 'Căn cứ',
        previous: '',
        value: 'Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về tổ chức đại hội điểm nhiệm kỳ 2025 - 2030',
      },
    ]);
    expect(counts.settings).toBe(4);
  });

  test('values the office typed stay; the same plan a second time changes nothing', () => {
    // cleanTabs() has every header key typed by the office (another district, another signer).
    expect(importRows(extractPlan(signed), workbook()).settings.map((change) => change.key)).toEqual([
      'Căn cứ',
    ]);
    const filled = blank();
    const first = importRows(extractPlan(signed), workbook(filled));
    filled[TAB.settings] = filled[TAB.settings].map((row) => {
      const change = first.settings.find((candidate) => candidate.key === row.Khóa);
      return change ? { ...row, 'Giá trị': change.value } : row;
    });
    expect(importRows(extractPlan(signed), workbook(filled)).settings).toEqual([]);
  });

  test('a body that owns a task becomes a Cơ quan row, which the task names', () => {
    const { rows } = importRows(extractPlan(signed), workbook(blank()));
    expect(rows[TAB.units]!.find((row) => row['Loại đơn vị'] === 'Cơ quan')).toEqual({
      'Mã đơn vị': 'CQ-BTCHU',
      'Tên đơn vị': 'Ban Tổ chức Huyện ủy',
      'Loại đơn vị': 'Cơ quan',
      'Số thành viên': null,
    });
    expect(rows[TAB.milestones]).toEqual([
      {
        'Mã công việc': 'KH01',
        'Nội dung': 'Tổng hợp kết quả, báo cáo',
        'Đơn vị chủ trì': 'CQ-BTCHU',
        Hạn: dateCell('2025-04-15'),
      },
    ]);
  });
});
