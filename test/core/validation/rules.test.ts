/**
 * Every rule code: one change to the clean plan that triggers it, at the right cell, and a near miss
 * that does not.
 */

import { type Finding, validateWorkbook } from '../../../src/core';
import { dateCell } from '../../../src/core/cells';
import { TAB } from '../../../src/core/workbook/contract';
import {
  buildWorkbook,
  CLEAN_TODAY,
  cleanTabs,
  type PlanTabs,
  sheetFrom,
  withCells,
} from '../../helpers/workbook-builder';

function findingsOf(tabs: Partial<PlanTabs>, today = CLEAN_TODAY, options = {}): Finding[] {
  return [...validateWorkbook(buildWorkbook(tabs, options), { today }).findings];
}

function codesAt(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.sheet}!${f.cell ?? '-'}`);
}

const base = cleanTabs();
const rows = (tab: keyof PlanTabs, extra: PlanTabs[keyof PlanTabs]) => ({
  ...base,
  [tab]: [...base[tab], ...extra],
});

interface Case {
  readonly name: string;
  readonly tabs: Partial<PlanTabs>;
  readonly today?: string;
  readonly expected: string[];
}

/** A `Cơ quan`: owns tasks, holds no congress, has no members and no term. */
const OFFICE = {
  'Mã đơn vị': 'VP',
  'Tên đơn vị': 'Văn phòng Huyện ủy',
  'Loại đơn vị': 'Cơ quan',
  'Đơn vị cấp trên': 'HU',
};
const withOffice = (): PlanTabs => ({ ...base, [TAB.units]: [...base[TAB.units], OFFICE] });
/** The clean plan with CB02's approval (CV01, "Duyệt văn kiện ... Chi bộ 02" by BL) done before its congress. */
const approvedCB02 = (): PlanTabs =>
  withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-11-29') });

const TRIGGERS: Case[] = [
  {
    name: 'T001 empty required cell',
    tabs: withCells(TAB.units, 1, { 'Tên đơn vị': '  ' }),
    expected: ['T001 Đơn vị!B3'],
  },
  {
    name: 'T002 impossible date',
    tabs: withCells(TAB.units, 1, { 'Ngày hết nhiệm kỳ': '31/02/2025' }),
    expected: ['T002 Đơn vị!G3'],
  },
  {
    name: 'T003 negative number',
    tabs: withCells(TAB.units, 1, { 'Số thành viên': -1 }),
    expected: ['T003 Đơn vị!E3'],
  },
  {
    name: 'T004 value not in list',
    tabs: withCells(TAB.congresses, 0, { 'Trạng thái': 'Xong rồi' }),
    expected: ['T004 Đại hội!K2'],
  },
  {
    name: 'T005 spreadsheet error',
    tabs: withCells(TAB.congresses, 0, { 'Tổng đại biểu': '#REF!' }),
    expected: ['T005 Đại hội!I2'],
  },
  {
    name: 'T006 invalid email',
    tabs: withCells(TAB.recipients, 1, { Email: 'a@@b.vn' }),
    expected: ['T006 Người nhận!B3'],
  },
  {
    name: 'T007 invalid term',
    tabs: withCells(TAB.units, 1, { 'Nhiệm kỳ': '2025-2020' }),
    expected: ['T007 Đơn vị!F3'],
  },
  {
    name: 'T009 invisible character in a code',
    tabs: rows(TAB.units, [
      {
        'Mã đơn vị': 'CB\u200b09',
        'Tên đơn vị': 'Chi bộ 09',
        'Loại đơn vị': 'Chi bộ cơ sở',
        'Đơn vị cấp trên': 'HU',
        'Số thành viên': 9,
        'Nhiệm kỳ': '2022-2025',
      },
    ]),
    expected: ['T009 Đơn vị!A6'],
  },
  {
    name: 'R001 duplicate unit code',
    tabs: rows(TAB.units, [{ ...base[TAB.units][3]!, 'Tên đơn vị': 'Trùng' }]),
    expected: ['R001 Đơn vị!A6'],
  },
  {
    name: 'R002 unknown parent',
    tabs: withCells(TAB.units, 1, { 'Đơn vị cấp trên': 'XX' }),
    expected: ['R002 Đơn vị!D3'],
  },
  {
    name: 'R003 cycle of parents',
    tabs: withCells(TAB.units, 0, { 'Đơn vị cấp trên': 'BL', 'Loại đơn vị': 'Đảng bộ cấp trên cơ sở' }),
    expected: ['R003 Đơn vị!D2'],
  },
  {
    name: 'R004 wrong parent type',
    tabs: withCells(TAB.units, 2, { 'Đơn vị cấp trên': 'HU' }),
    expected: ['R004 Đơn vị!D4'],
  },
  {
    name: 'R005 second congress row',
    tabs: rows(TAB.congresses, [{ ...base[TAB.congresses][1]! }]),
    expected: ['R005 Đại hội!A4'],
  },
  {
    name: 'R006 a Cơ quan with a congress row',
    tabs: {
      ...withOffice(),
      [TAB.congresses]: [...base[TAB.congresses], { ...base[TAB.congresses][0]!, 'Mã đơn vị': 'VP' }],
    },
    expected: ['R006 Đại hội!A4'],
  },
  {
    name: 'R006 a Cơ quan with a budget line (not also B006)',
    tabs: {
      ...withOffice(),
      [TAB.budget]: [...base[TAB.budget], { ...base[TAB.budget][2]!, 'Mã đơn vị': 'VP' }],
    },
    expected: ['R006 Dự toán!A5'],
  },
  {
    name: 'D001 delegates sum',
    tabs: withCells(TAB.congresses, 0, { 'Tổng đại biểu': 283 }),
    expected: ['D001 Đại hội!I2'],
  },
  {
    name: 'D002 more attending than members',
    tabs: withCells(TAB.congresses, 0, { 'Thành viên dự': 14, 'Tổng đại biểu': 283 }),
    expected: ['D002 Đại hội!G2'],
  },
  {
    name: 'D003 too many days',
    tabs: withCells(TAB.congresses, 0, { 'Số ngày': 2 }),
    expected: ['D003 Đại hội!F2'],
  },
  {
    name: 'D004 congress after deadline',
    tabs: withCells(TAB.congresses, 0, { 'Ngày đại hội': dateCell('2025-01-11') }),
    expected: ['D004 Đại hội!D2'],
  },
  {
    name: 'D005 far from term end',
    tabs: withCells(TAB.congresses, 1, {
      'Ngày đại hội': dateCell('2024-09-29'),
      'Trạng thái': 'Đã tổ chức',
    }),
    expected: ['D005 Đại hội!D3'],
  },
  {
    name: 'D006 held in the future',
    tabs: withCells(TAB.congresses, 0, { 'Trạng thái': 'Đã tổ chức' }),
    expected: ['D006 Đại hội!D2'],
  },
  {
    name: 'D007 a week before the congress, not started',
    tabs: withCells(TAB.congresses, 1, { 'Ngày đại hội': dateCell('2024-12-08') }),
    expected: ['D007 Đại hội!K3'],
  },
  {
    name: 'D008 the congress date has passed, not held',
    tabs: withCells(TAB.congresses, 0, { 'Ngày đại hội': dateCell('2024-11-30') }),
    expected: ['D008 Đại hội!K2'],
  },
  {
    name: 'D009 no congress date 30 days before the deadline',
    tabs: withCells(TAB.congresses, 0, { 'Ngày đại hội': '' }),
    today: '2024-12-11',
    expected: ['D009 Đại hội!D2'],
  },
  {
    name: 'D009 counts from the office’s own reminder setting',
    tabs: withCells(
      TAB.congresses,
      0,
      { 'Ngày đại hội': '' },
      rows(TAB.settings, [{ Khóa: 'Nhắc chọn ngày đại hội (ngày)', 'Giá trị': 45 }]),
    ),
    today: '2024-11-26',
    expected: ['D009 Đại hội!D2'],
  },
  { name: 'M001 overdue', tabs: {}, today: '2024-12-21', expected: ['M001 Mốc thời gian!D2'] },
  { name: 'M002 due soon', tabs: {}, today: '2024-12-13', expected: ['M002 Mốc thời gian!D2'] },
  {
    name: 'M003 finished late',
    tabs: withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-12-21') }),
    today: '2024-12-22',
    expected: ['M003 Mốc thời gian!E2'],
  },
  {
    name: 'M004 due before a dependency',
    tabs: withCells(TAB.milestones, 1, { Hạn: dateCell('2024-12-19') }),
    expected: ['M004 Mốc thời gian!D3'],
  },
  {
    name: 'M005 finished in the future',
    tabs: withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-12-02') }),
    expected: ['M005 Mốc thời gian!E2'],
  },
  {
    name: 'M005 alone on a future date after the due date (never M003)',
    tabs: withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-12-22') }),
    today: '2024-12-21',
    expected: ['M005 Mốc thời gian!E2'],
  },
  {
    name: 'E001 nobody on a schedule',
    tabs: withCells(
      TAB.recipients,
      0,
      { 'Định kỳ': 'Không' },
      withCells(TAB.recipients, 1, { 'Định kỳ': 'Không' }),
    ),
    expected: ['E001 Người nhận!-'],
  },
  {
    name: 'B001 unknown category',
    tabs: withCells(TAB.budget, 1, { 'Khoản chi': 'ZZ' }),
    expected: ['B001 Dự toán!B3'],
  },
  {
    name: 'B002 above the cap',
    tabs: withCells(TAB.budget, 0, { 'Đơn giá': 150001, 'Thành tiền': '' }),
    expected: ['B002 Dự toán!E2'],
  },
  {
    name: 'B003 amount differs',
    tabs: withCells(TAB.budget, 0, { 'Thành tiền': 28200001 }),
    expected: ['B003 Dự toán!F2'],
  },
  {
    name: 'B004 more people than delegates',
    tabs: withCells(TAB.budget, 0, { 'Số lượng': 283, 'Thành tiền': '' }),
    expected: ['B004 Dự toán!C2'],
  },
  {
    name: 'B005 more days than the congress',
    tabs: withCells(TAB.budget, 0, { 'Số ngày': 2, 'Thành tiền': '' }),
    expected: ['B005 Dự toán!D2'],
  },
  {
    name: 'B006 unit without congress',
    tabs: withCells(TAB.budget, 1, { 'Mã đơn vị': 'BL' }),
    expected: ['B006 Dự toán!A3'],
  },
  {
    name: 'B007 no cap yet',
    tabs: withCells(TAB.norms, 1, { 'Mức tối đa': '' }),
    expected: ['B007 Định mức!E3'],
  },
];

const NEAR_MISSES: Case[] = [
  {
    name: 'a Cơ quan with empty members and term, owning a task',
    tabs: withCells(TAB.milestones, 0, { 'Đơn vị chủ trì': 'VP' }, withOffice()),
    expected: [],
  },
  {
    name: 'eight days before the congress, not started',
    tabs: withCells(TAB.congresses, 1, { 'Ngày đại hội': dateCell('2024-12-09') }),
    expected: [],
  },
  {
    name: 'the congress is today, still in preparation, its approval done',
    tabs: withCells(TAB.congresses, 0, { 'Ngày đại hội': dateCell(CLEAN_TODAY) }, approvedCB02()),
    expected: [],
  },
  {
    name: 'no congress date 31 days before the deadline',
    tabs: withCells(TAB.congresses, 0, { 'Ngày đại hội': '' }),
    today: '2024-12-10',
    expected: [],
  },
  {
    name: 'a number typed as Vietnamese text',
    tabs: withCells(TAB.units, 1, { 'Số thành viên': '1.310' }),
    expected: [],
  },
  {
    name: 'a date typed as d/m/yyyy',
    tabs: withCells(TAB.units, 1, { 'Ngày hết nhiệm kỳ': '30/6/2025' }),
    expected: [],
  },
  {
    name: 'a fixed value in upper case',
    tabs: withCells(TAB.congresses, 0, { 'Trạng thái': 'ĐANG CHUẨN BỊ' }),
    expected: [],
  },
  {
    name: 'Hàng tuần spelled the other way',
    tabs: withCells(TAB.recipients, 0, { 'Định kỳ': 'Hàng tuần' }),
    expected: [],
  },
  { name: 'exactly the day limit', tabs: withCells(TAB.congresses, 1, { 'Số ngày': 2 }), expected: [] },
  {
    name: 'the congress on its deadline',
    tabs: withCells(TAB.congresses, 0, { 'Ngày đại hội': dateCell('2025-01-10') }),
    expected: [],
  },
  {
    name: 'exactly 6 months before the term end',
    tabs: withCells(TAB.congresses, 1, {
      'Ngày đại hội': dateCell('2024-09-30'),
      'Trạng thái': 'Đã tổ chức',
    }),
    expected: [],
  },
  {
    name: 'held on a past date, approved before',
    tabs: withCells(
      TAB.congresses,
      0,
      { 'Trạng thái': 'Đã tổ chức', 'Ngày đại hội': dateCell('2024-11-30') },
      approvedCB02(),
    ),
    expected: [],
  },
  { name: 'due in 8 days with a 7-day reminder', tabs: {}, today: '2024-12-12', expected: [] },
  {
    name: 'finished on its due date',
    tabs: withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-12-01') }),
    expected: [],
  },
  {
    name: 'a dependency due the same day',
    tabs: withCells(TAB.milestones, 1, { Hạn: dateCell('2024-12-20') }),
    expected: [],
  },
  {
    name: 'a price exactly at the cap',
    tabs: withCells(TAB.budget, 0, { 'Đơn giá': 150000, 'Thành tiền': '' }),
    expected: [],
  },
  { name: 'an empty amount is computed', tabs: withCells(TAB.budget, 0, { 'Thành tiền': '' }), expected: [] },
  { name: 'all delegates fed', tabs: withCells(TAB.budget, 0, { 'Số lượng': 282 }), expected: [] },
  {
    name: 'one recipient on a schedule is enough',
    tabs: withCells(TAB.recipients, 1, { 'Định kỳ': 'Không' }),
    expected: [],
  },
  {
    name: 'T001 near miss: an optional cell left empty',
    tabs: withCells(TAB.units, 1, { 'Ngày hết nhiệm kỳ': '', Email: '' }),
    expected: [],
  },
  {
    name: 'T002 near miss: 29/02 of a leap year, and a serial number',
    tabs: withCells(
      TAB.units,
      1,
      { 'Ngày hết nhiệm kỳ': '29/02/2024' },
      withCells(TAB.units, 0, { 'Ngày hết nhiệm kỳ': 45961 }),
    ),
    expected: [],
  },
  {
    name: 'T005 near miss: a note that starts with #',
    tabs: withCells(TAB.budget, 0, { 'Ghi chú': '#REF! đã sửa' }),
    expected: [],
  },
  {
    name: 'T006 near miss: an email in capitals with a plus tag',
    tabs: withCells(TAB.recipients, 1, { Email: 'MINH+BL@BINHLU.EXAMPLE.VN' }),
    expected: [],
  },
  {
    name: 'T007 near miss: a term written with spaces and an en dash',
    tabs: withCells(TAB.units, 1, { 'Nhiệm kỳ': '2020 – 2025' }),
    expected: [],
  },
  {
    name: 'T009 near miss: a code padded with no-break spaces is trimmed',
    tabs: withCells(TAB.units, 2, { 'Đơn vị cấp trên': '\u00a0BL\u00a0' }),
    expected: [],
  },
  {
    name: 'R001 near miss: the same person with two different emails',
    tabs: rows(TAB.recipients, [
      { 'Họ tên': 'Tần Thị Quế', Email: 'que.tan@phongtho.example.vn', 'Phạm vi': 'BH', 'Định kỳ': 'Không' },
    ]),
    expected: [],
  },
  {
    name: 'R002 near miss: Phạm vi Tất cả typed in capitals',
    tabs: withCells(TAB.recipients, 0, { 'Phạm vi': 'TẤT CẢ' }),
    expected: [],
  },
  {
    name: 'R003 near miss: a deep but acyclic chain of parents',
    tabs: withCells(TAB.units, 3, { 'Đơn vị cấp trên': 'BL', 'Loại đơn vị': 'Đảng bộ bộ phận' }),
    expected: [],
  },
  {
    name: 'R004 near miss: a Chi bộ trực thuộc under a Đảng bộ bộ phận',
    tabs: withCells(TAB.units, 1, { 'Loại đơn vị': 'Đảng bộ bộ phận' }),
    expected: [],
  },
  {
    name: 'D002 near miss: every member attends',
    tabs: withCells(TAB.congresses, 1, { 'Thành viên dự': 195 }),
    expected: [],
  },
  {
    name: 'M001 near miss: past due but finished on time',
    tabs: withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-12-19') }),
    today: '2024-12-30',
    expected: [],
  },
  {
    name: 'M005 near miss: finished today',
    tabs: withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-12-20') }),
    today: '2024-12-20',
    expected: [],
  },
];

describe('each rule triggers at its cell', () => {
  test.each(TRIGGERS)('$name', ({ tabs, today, expected }) => {
    expect(codesAt(findingsOf(tabs, today))).toEqual(expected);
  });
});

describe('near misses give no finding', () => {
  test.each(NEAR_MISSES)('$name', ({ tabs, today, expected }) => {
    expect(codesAt(findingsOf(tabs, today))).toEqual(expected);
  });
});

test('severities follow WORKBOOK.md', () => {
  const severity = (tabs: Partial<PlanTabs>, today = CLEAN_TODAY) => findingsOf(tabs, today)[0]!.severity;
  expect(severity({}, '2024-12-21')).toBe('Cảnh báo'); // M001
  expect(severity({}, '2024-12-13')).toBe('Thông tin'); // M002
  expect(severity(withCells(TAB.norms, 1, { 'Mức tối đa': '' }))).toBe('Cảnh báo'); // B007
  expect(severity(withCells(TAB.milestones, 1, { Hạn: dateCell('2024-12-19') }))).toBe('Lỗi'); // M004
});

test('messages are concrete Vietnamese sentences that quote the values', () => {
  const [sum] = findingsOf(
    withCells(TAB.congresses, 0, { 'Tổng đại biểu': 30, 'Thành viên dự': 13, 'Đại biểu mời': 16 }),
  );
  expect(sum!.message).toBe('Tổng đại biểu là 30 nhưng Thành viên dự + Đại biểu mời = 29 (13 + 16).');
  const [cap] = findingsOf(withCells(TAB.budget, 0, { 'Đơn giá': 200000, 'Thành tiền': '' }));
  expect(cap!.message).toBe(
    'Đơn giá 200.000 đ vượt mức tối đa 150.000 đ của khoản Tiền ăn đại biểu áp dụng cho Chi bộ trực thuộc.',
  );
  const cycle = findingsOf(withCells(TAB.milestones, 0, { 'Phụ thuộc': 'CV02' })).find(
    (f) => f.code === 'R003',
  );
  expect(cycle!.message).toBe('Phụ thuộc tạo thành vòng lặp: CV01 → CV02 → CV01.');
});

test('one workbook breaking every rule once reports each at its row', () => {
  let tabs = withCells(TAB.units, 1, { 'Ngày hết nhiệm kỳ': '31/02/2025' });
  tabs = withCells(TAB.congresses, 0, { 'Tổng đại biểu': 283 }, tabs);
  tabs = withCells(TAB.congresses, 1, { 'Số ngày': 3 }, tabs);
  tabs = withCells(TAB.budget, 1, { 'Khoản chi': 'ZZ' }, tabs);
  tabs = withCells(TAB.milestones, 1, { 'Đơn vị chủ trì': 'XX' }, tabs);
  tabs = withCells(TAB.recipients, 1, { Email: 'khong-phai-email' }, tabs);
  expect(codesAt(findingsOf(tabs)).sort()).toEqual(
    [
      'T002 Đơn vị!G3',
      'D001 Đại hội!I2',
      'D003 Đại hội!F3',
      'B001 Dự toán!B3',
      'R002 Mốc thời gian!C3',
      'T006 Người nhận!B3',
    ].sort(),
  );
});

describe('structure', () => {
  test('S001 a missing tab, S002 a missing column, S003 a repeated header', () => {
    const units = sheetFrom(TAB.units, base[TAB.units], [
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Đơn vị cấp trên',
      'Số thành viên',
      'Nhiệm kỳ',
      'Ngày hết nhiệm kỳ',
      'EMAIL',
      'Email ',
    ]);
    const findings = findingsOf({}, CLEAN_TODAY, { omit: [TAB.budget], rawTabs: { [TAB.units]: units } });
    expect(codesAt(findings.filter((f) => f.code.startsWith('S')))).toEqual([
      'S003 Đơn vị!I1',
      'S001 Dự toán!-',
    ]);
  });

  test('S002 names the missing column', () => {
    const units = sheetFrom(TAB.units, base[TAB.units], [
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Đơn vị cấp trên',
      'Nhiệm kỳ',
      'Email',
    ]);
    const findings = findingsOf({}, CLEAN_TODAY, { rawTabs: { [TAB.units]: units } });
    expect(findings.filter((f) => f.code === 'S002').map((f) => f.message)).toEqual([
      'Tab "Đơn vị" thiếu cột "Số thành viên".',
      'Tab "Đơn vị" thiếu cột "Ngày hết nhiệm kỳ".',
    ]);
  });

  test('headers in NFD, upper case, padded, reordered and with extra columns are found', () => {
    const headers = [
      'Email',
      ' MÃ ĐƠN VỊ '.normalize('NFD'),
      'tên\u00a0đơn vị',
      'Loại đơn vị',
      'Cột riêng của văn phòng',
      'Đơn vị cấp trên',
      'Số thành viên',
      'Nhiệm kỳ',
      'Ngày hết nhiệm kỳ',
      'Người liên hệ',
    ];
    const rowsKeyed = base[TAB.units].map((row) => ({
      ...row,
      [headers[1]!]: row['Mã đơn vị']!,
      [headers[2]!]: row['Tên đơn vị']!,
      'Cột riêng của văn phòng': '=SUM(1,2)',
    }));
    const units = sheetFrom(TAB.units, rowsKeyed, headers);
    expect(findingsOf({}, CLEAN_TODAY, { rawTabs: { [TAB.units]: units } })).toEqual([]);
  });

  test('old tone placement in a header and a tab name is the same letters', () => {
    const settings = sheetFrom(
      'CẤU HÌNH',
      base[TAB.settings].map((row) => ({ Khoá: row['Khóa']!, 'Giá trị': row['Giá trị']! })),
      ['Khoá', 'Giá trị'],
    );
    const raw = buildWorkbook({}, { omit: [TAB.settings], extraSheets: [settings] });
    expect(validateWorkbook(raw, { today: CLEAN_TODAY }).findings).toEqual([]);
  });

  test('output tabs are never read as input', () => {
    const stray = sheetFrom('Kiểm tra dữ liệu', [{ 'Mã đơn vị': '#REF!' }], ['Mã đơn vị']);
    expect(findingsOf({}, CLEAN_TODAY, { extraSheets: [stray] })).toEqual([]);
  });

  test('blank and whitespace-only rows are skipped', () => {
    const blank = { 'Mã đơn vị': '', 'Tên đơn vị': ' \u00a0 ', 'Số thành viên': null };
    expect(findingsOf(rows(TAB.units, [blank]))).toEqual([]);
  });
});
