/** The `Báo cáo` tab: its total row adds up exactly what the rows above it show. */
import { buildReport, reportSheet, validateWorkbook } from '../../../src/core';
import type { Cell } from '../../../src/core/cells';
import { TAB } from '../../../src/core/workbook/contract';
import { buildWorkbook, cleanTabs, type PlanTabs, withCells } from '../../helpers/workbook-builder';

const TODAY = '2024-12-21';

function sheetOf(tabs: Partial<PlanTabs> = {}) {
  const { workbook, findings } = validateWorkbook(buildWorkbook(tabs), { today: TODAY });
  const model = buildReport({ workbook, findings, today: TODAY });
  const sheet = reportSheet(model);
  const body = sheet.rows.slice(2, -1);
  return { model, sheet, body, total: sheet.rows.at(-1)! };
}

const COLUMN = {
  code: 1,
  name: 2,
  form: 3,
  direct: 4,
  members: 9,
  invited: 10,
  delegates: 11,
  budget: 13,
  overdue: 14,
};

const sum = (rows: readonly Cell[][], column: number) =>
  rows.reduce<number>((acc, row) => acc + (typeof row[column] === 'number' ? (row[column] as number) : 0), 0);

function expectTotalsAgree(tabs: Partial<PlanTabs>) {
  const { model, body, total } = sheetOf(tabs);
  for (const column of [COLUMN.members, COLUMN.invited, COLUMN.delegates, COLUMN.budget, COLUMN.overdue]) {
    expect(total[column]).toBe(sum(body, column));
  }
  expect(total[COLUMN.direct]).toBe(body.filter((row) => row[COLUMN.direct] === 'Có').length);
  // And the tab agrees with the report's own totals.
  expect(total[COLUMN.budget]).toBe(model.budget.total);
  expect(total[COLUMN.overdue]).toBe(model.overdueCount);
}

const office = {
  'Mã đơn vị': 'VP',
  'Tên đơn vị': 'Văn phòng Huyện ủy',
  'Loại đơn vị': 'Cơ quan',
  'Đơn vị cấp trên': 'HU',
};

test('an overdue task of a unit with no congress row gets a row of its own, so the total is the column sum', () => {
  // CV01 is owned by BL (Đảng bộ xã Bình Lư), which holds no congress in this plan.
  const { body, total } = sheetOf();
  expect(body.map((row) => [row[0], row[COLUMN.code], row[COLUMN.name], row[COLUMN.overdue]])).toEqual([
    [1, 'CB02', 'Chi bộ 02 (bản Nà Phát)', 0],
    [2, 'BH', 'Đảng bộ xã Bản Hon', 0],
    [3, 'BL', 'Đảng bộ xã Bình Lư', 1],
  ]);
  expect(body[2]![COLUMN.form]).toBe('không có đại hội');
  expect(total[COLUMN.overdue]).toBe(1);
  expectTotalsAgree({});
});

test('a Cơ quan owning overdue tasks, and a task with no unit, are shown and totalled', () => {
  let tabs: Partial<PlanTabs> = { ...cleanTabs(), [TAB.units]: [...cleanTabs()[TAB.units], office] };
  tabs = withCells(TAB.milestones, 0, { 'Đơn vị chủ trì': 'VP' }, tabs as PlanTabs);
  tabs = {
    ...tabs,
    [TAB.milestones]: [
      ...tabs[TAB.milestones]!,
      { 'Mã công việc': 'CV09', 'Nội dung': 'Việc chưa giao', Hạn: '10/12/2024' },
    ],
  };
  const { body } = sheetOf(tabs);
  expect(body.slice(2).map((row) => [row[COLUMN.code], row[COLUMN.name], row[COLUMN.overdue]])).toEqual([
    ['VP', 'Văn phòng Huyện ủy', 1],
    ['', 'Chưa ghi đơn vị', 1],
  ]);
  expectTotalsAgree(tabs);
});

test('a unit listed twice in Đại hội (R005) shows its budget and tasks once', () => {
  const base = cleanTabs();
  const tabs = withCells(
    TAB.milestones,
    1,
    { Hạn: '20/12/2024' },
    { ...base, [TAB.congresses]: [...base[TAB.congresses], { ...base[TAB.congresses][0]! }] },
  );
  const { body } = sheetOf(tabs);
  const rows = body.filter((row) => row[COLUMN.code] === 'CB02');
  expect(rows.map((row) => [row[COLUMN.budget], row[COLUMN.overdue]])).toEqual([
    [33_200_000, 1],
    ['', ''],
  ]);
  expectTotalsAgree(tabs);
});

test('budget lines of a unit without a congress, of an unknown code and with no code count once each', () => {
  let tabs = withCells(TAB.budget, 2, { 'Mã đơn vị': 'HU' });
  tabs = {
    ...tabs,
    [TAB.budget]: [
      ...tabs[TAB.budget],
      { ...tabs[TAB.budget][2]!, 'Mã đơn vị': 'XX' },
      { ...tabs[TAB.budget][2]!, 'Mã đơn vị': '' },
    ],
  };
  const { body, model } = sheetOf(tabs);
  expect(body.slice(2).map((row) => [row[COLUMN.code], row[COLUMN.budget]])).toEqual([
    ['HU', 5_000_000],
    ['XX', 5_000_000],
    ['', 5_000_000],
    ['BL', 0],
  ]);
  expect(model.budget.total).toBe(48_200_000);
  expectTotalsAgree(tabs);
});

test('members, invited and delegates total their columns even when a row lacks one of them', () => {
  const tabs = withCells(TAB.congresses, 1, { 'Đại biểu mời': '', 'Tổng đại biểu': 250 });
  const { body, total } = sheetOf(tabs);
  expect(body[1]!.slice(COLUMN.members, COLUMN.delegates + 1)).toEqual([195, '', 250]);
  expect(total.slice(COLUMN.members, COLUMN.delegates + 1)).toEqual([208, 269, 532]);
  expectTotalsAgree(tabs);
});
