import {
  buildReport,
  renderReportHtml,
  reportBuilder,
  reportFigures,
  validateWorkbook,
} from '../../../src/core';
import { dateCell } from '../../../src/core/cells';
import { noticeDocument } from '../../../src/core/report/document';
import { TAB } from '../../../src/core/workbook/contract';
import { generatePlan } from '../../helpers/generate';
import { buildWorkbook, cleanTabs, type PlanTabs, withCells } from '../../helpers/workbook-builder';

const TODAY = '2024-12-21';

function model(tabs: Partial<PlanTabs> = {}, scope?: string) {
  const { workbook, findings } = validateWorkbook(buildWorkbook(tabs), { today: TODAY });
  return buildReport({ workbook, findings, today: TODAY, ...(scope ? { scope } : {}) });
}

test('figures of the whole plan, computed by hand', () => {
  // CB02: 282 × 1 × 100.000 + 1 × 5.000.000 = 33.200.000; BH: 250 × 20.000 = 5.000.000.
  expect(reportFigures(model())).toEqual({
    today: TODAY,
    totals: {
      units: 4,
      congresses: 2,
      delegates: 532,
      budget: 38_200_000,
      overdue: 1,
      dueSoon: 0,
      errors: 0,
      warnings: 1,
    },
    units: [
      {
        code: 'CB02',
        name: 'Chi bộ 02 (bản Nà Phát)',
        form: 'Đại hội điểm',
        status: 'Đang chuẩn bị',
        congressDate: '2025-01-08',
        delegates: 282,
        budget: 33_200_000,
        overdue: 0,
      },
      {
        code: 'BH',
        name: 'Đảng bộ xã Bản Hon',
        form: 'Đại hội điểm',
        status: 'Chưa bắt đầu',
        congressDate: '2025-03-20',
        delegates: 250,
        budget: 5_000_000,
        overdue: 0,
      },
    ],
  });
});

test('days left, overdue and due-soon milestones grouped by the responsible unit', () => {
  const report = model();
  expect(report.congresses.map((c) => c.daysLeft)).toEqual([20, 100]);
  expect(report.overdue).toEqual([
    {
      unitCode: 'BL',
      unitName: 'Đảng bộ xã Bình Lư',
      items: [{ code: 'CV01', content: 'Duyệt văn kiện đại hội Chi bộ 02', due: '2024-12-20', days: 1 }],
    },
  ]);
  const soon = model(withCells(TAB.milestones, 1, { Hạn: '25/12/2024' }));
  expect(soon.dueSoon.map((g) => [g.unitCode, g.items.map((i) => [i.code, i.days])])).toEqual([
    ['CB02', [['CV02', 4]]],
  ]);
});

test('a held congress has no countdown; status and form counts cover every value', () => {
  const report = model(
    withCells(TAB.congresses, 0, { 'Trạng thái': 'Đã tổ chức', 'Ngày đại hội': '08/12/2024' }),
  );
  expect(report.congresses[0]!.daysLeft).toBeUndefined();
  expect(report.held).toBe(1);
  expect(report.byStatus.map((s) => s.count)).toEqual([1, 0, 0, 1, 0]);
  expect(report.byForm).toEqual([
    { form: 'Đại hội điểm', count: 2 },
    { form: 'Đại hội', count: 0 },
  ]);
});

test('a scoped report holds only the unit and the units under it', () => {
  const report = model({}, 'BL');
  expect(report.scope).toEqual({ code: 'BL', name: 'Đảng bộ xã Bình Lư' });
  expect(report.congresses.map((c) => c.unitCode)).toEqual(['CB02']);
  expect(report.budget.total).toBe(33_200_000);
  expect(report.budget.byUnit.map((u) => u.code)).toEqual(['CB02']);
  expect(reportFigures(report).totals).toMatchObject({ units: 2, congresses: 1, delegates: 282, overdue: 1 });
  expect(JSON.stringify(report)).not.toContain('Bản Hon');
});

test('Nơi nhận: the whole-plan recipients, then Lưu; a scoped notice has none', () => {
  const { workbook, findings } = validateWorkbook(buildWorkbook(), { today: TODAY });
  expect(buildReport({ workbook, findings, today: TODAY }).recipients).toEqual(['Tần Thị Quế', 'Lưu']);
  const notice = noticeDocument(buildReport({ workbook, findings, today: TODAY, scope: 'BL' }));
  expect(notice.recipients).toBeUndefined();
  expect(notice.signature).toBeUndefined();
  expect(notice.header.number).toBeUndefined();
});

test('Nơi nhận is the office’s own list when Cấu hình has one, Lưu added when absent', () => {
  const base = cleanTabs();
  const withList = (list: string) => ({
    ...base,
    [TAB.settings]: [...base[TAB.settings], { Khóa: 'Nơi nhận', 'Giá trị': list }],
  });
  expect(model(withList('- Thường trực Tỉnh ủy (b/c),\n- Ban Tổ chức Tỉnh ủy (b/c),')).recipients).toEqual([
    'Thường trực Tỉnh ủy (b/c),',
    'Ban Tổ chức Tỉnh ủy (b/c),',
    'Lưu',
  ]);
  expect(model(withList('Thường trực Tỉnh ủy (b/c)\nLưu VP')).recipients).toEqual([
    'Thường trực Tỉnh ủy (b/c)',
    'Lưu VP',
  ]);
});

test('the office’s Căn cứ, Đánh giá and Đề xuất reach the model as paragraphs; absent, they are empty', () => {
  const base = cleanTabs();
  const tabs = {
    ...base,
    [TAB.settings]: [
      ...base[TAB.settings],
      { Khóa: 'Căn cứ', 'Giá trị': 'Thực hiện Kế hoạch số 294-KH/HU, ngày 19/7/2024 của Huyện ủy,' },
      { Khóa: 'Đánh giá', 'Giá trị': 'Ưu điểm: chuẩn bị chu đáo.\nHạn chế: dự toán gửi chậm.' },
      { Khóa: 'Đề xuất', 'Giá trị': 'Đề nghị Tỉnh ủy hướng dẫn định mức chi.' },
    ],
  };
  const report = model(tabs);
  expect(report.basis).toEqual(['Thực hiện Kế hoạch số 294-KH/HU, ngày 19/7/2024 của Huyện ủy,']);
  expect(report.assessment).toEqual(['Ưu điểm: chuẩn bị chu đáo.', 'Hạn chế: dự toán gửi chậm.']);
  expect(report.proposals).toEqual(['Đề nghị Tỉnh ủy hướng dẫn định mức chi.']);
  expect([model().basis, model().assessment, model().proposals]).toEqual([[], [], []]);
});

test('categories with the same name are one line; lines without an amount are counted with their units', () => {
  const base = cleanTabs();
  const norms = [
    ...base[TAB.norms],
    { ...base[TAB.norms][0]!, 'Mã khoản chi': 'AN-DB', 'Áp dụng cho': 'Đảng bộ cơ sở' },
  ];
  const budget = [
    ...base[TAB.budget],
    { 'Mã đơn vị': 'BH', 'Khoản chi': 'AN-DB', 'Số lượng': 250, 'Số ngày': 2, 'Đơn giá': 100_000 },
    { 'Mã đơn vị': 'BH', 'Khoản chi': 'HT', 'Số lượng': 1 },
  ];
  const report = model({ ...base, [TAB.norms]: norms, [TAB.budget]: budget });
  expect(report.budget.byCategory).toEqual([
    { code: 'AN', codes: ['AN', 'AN-DB'], name: 'Tiền ăn đại biểu', amount: 78_200_000 },
    { code: 'HT', codes: ['HT'], name: 'Thuê hội trường, trang trí, khánh tiết', amount: 5_000_000 },
    { code: 'TL', codes: ['TL'], name: 'In ấn, phô tô tài liệu', amount: 5_000_000 },
  ]);
  expect([report.budget.lineCount, report.budget.unpricedLines, report.budget.unpricedUnits]).toEqual([
    5,
    1,
    ['Đảng bộ xã Bản Hon'],
  ]);
});

test('a plan without budget lines says so to the renderer: lineCount 0', () => {
  expect(model({ [TAB.budget]: [] }).budget.lineCount).toBe(0);
});

test('findings of other units are not counted in a scoped report', () => {
  const tabs = withCells(TAB.congresses, 1, { 'Số ngày': 3 }, cleanTabs());
  expect(model(tabs).quality.errors).toBe(1);
  expect(model(tabs, 'BL').quality.errors).toBe(0);
  expect(model(tabs, 'BH').quality.errors).toBe(1);
});

test('the funding request subtracts retained dues and other funding', () => {
  const base = cleanTabs();
  const tabs = {
    ...base,
    [TAB.settings]: [
      ...base[TAB.settings],
      { Khóa: 'Đảng phí trích giữ lại', 'Giá trị': '3.000.000' },
      { Khóa: 'Nguồn khác', 'Giá trị': 1_200_000 },
    ],
  };
  expect(model(tabs).budget.funding).toEqual({
    estimate: 38_200_000,
    retainedDues: 3_000_000,
    otherFunding: 1_200_000,
    request: 34_000_000,
  });
});

test('a scoped copy has no funding block: retained dues are a figure of the whole plan', () => {
  const base = cleanTabs();
  const tabs = {
    ...base,
    [TAB.settings]: [...base[TAB.settings], { Khóa: 'Đảng phí trích giữ lại', 'Giá trị': 40_000_000 }],
  };
  expect(model(tabs).budget.funding?.request).toBe(0);
  expect(model(tabs, 'BH').budget.funding).toBeUndefined();
  expect(model(tabs, 'BH').budget.total).toBe(5_000_000);
});

test('the data-quality line names the tabs as the user spelled them, most findings first', () => {
  const tabs = withCells(TAB.congresses, 1, { 'Số ngày': 3 }, cleanTabs());
  const raw = buildWorkbook(tabs);
  const congresses = raw.sheets.find((sheet) => sheet.name === TAB.congresses)!;
  const renamed = {
    ...raw,
    sheets: raw.sheets.map((s) => (s === congresses ? { ...s, name: 'ĐẠI HỘI ' } : s)),
  };
  const { workbook, findings } = validateWorkbook(renamed, { today: TODAY });
  const report = buildReport({ workbook, findings, today: TODAY });
  expect(report.quality.tabs).toEqual([
    { sheet: 'ĐẠI HỘI ', count: 1 },
    { sheet: 'Mốc thời gian', count: 1 },
  ]);
});

test('a Youth Union copy files its own copy as "Lưu VP"', () => {
  const tabs = withCells(TAB.settings, 8, { 'Giá trị': 'Đoàn' });
  expect(model(tabs).recipients.at(-1)).toBe('Lưu VP');
});

test('a budget line without its unit price is counted and said, not silently zero', () => {
  expect(model().budget.unpricedLines).toBe(0);
  const tabs = withCells(TAB.budget, 0, { 'Đơn giá': null, 'Thành tiền': null }, cleanTabs());
  const report = model(tabs);
  expect(report.budget.unpricedLines).toBe(1);
  expect(report.budget.total).toBe(10_000_000);
  const { workbook, findings } = validateWorkbook(buildWorkbook(tabs), { today: TODAY });
  const built = buildReport({ workbook, findings, today: TODAY });
  expect(renderReportHtml(built)).toContain(
    'Ngoài ra, 1 khoản chi của Chi bộ 02 (bản Nà Phát) chưa có đơn giá nên chưa tính vào tổng dự toán.',
  );
});

test('a task is done only with a readable completion date not after today', () => {
  // CV01 is due 20/12/2024 (a day overdue on TODAY), CV02 due 10/01/2025.
  const overdueCodes = (tabs: Partial<PlanTabs>) => {
    const report = model(tabs);
    const figures = reportFigures(report);
    return {
      overdue: report.overdue.flatMap((group) => group.items.map((item) => item.code)),
      total: figures.totals.overdue,
    };
  };
  expect(overdueCodes(withCells(TAB.milestones, 0, { 'Ngày hoàn thành': '32/12/2024' }))).toEqual({
    overdue: ['CV01'],
    total: 1,
  });
  expect(overdueCodes(withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell('2024-12-22') }))).toEqual({
    overdue: ['CV01'],
    total: 1,
  });
  expect(overdueCodes(withCells(TAB.milestones, 0, { 'Ngày hoàn thành': dateCell(TODAY) }))).toEqual({
    overdue: [],
    total: 0,
  });
  // A future completion date on a task due soon keeps it in the due-soon list.
  const soon = model(
    withCells(TAB.milestones, 1, { Hạn: dateCell('2024-12-24'), 'Ngày hoàn thành': dateCell('2024-12-30') }),
  );
  expect(soon.dueSoon.flatMap((group) => group.items.map((item) => item.code))).toEqual(['CV02']);
});

test('one builder for many scopes gives each scope exactly what a builder made for it alone gives', () => {
  const tabs = generatePlan(40, { recipients: 40 });
  const { workbook, findings } = validateWorkbook(buildWorkbook(tabs), { today: TODAY });
  const input = { workbook, findings, today: TODAY };
  const build = reportBuilder(input);
  for (const recipient of [...workbook.recipients].reverse()) {
    const scope = recipient.scope ?? 'Tất cả';
    expect(build(scope)).toEqual(reportBuilder(input)(scope));
  }
  // A unit's scope holds its own congress, lines and findings (the plan plants one error in DV7).
  const planted = build('DV7');
  expect(planted.congresses.map((line) => line.unitCode)).toEqual(['DV7']);
  expect(planted.quality.errors).toBeGreaterThan(0);
  expect(build('DV8').quality.errors).toBe(0);
});
