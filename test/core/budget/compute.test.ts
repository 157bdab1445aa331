import {
  amountInWords,
  computeBudget,
  estimatesOf,
  readWorkbook,
  renderEstimateHtml,
  suggestEstimate,
} from '../../../src/core';
import { TAB } from '../../../src/core/workbook/contract';
import { buildWorkbook, cleanTabs, type PlanTabs, withCells } from '../../helpers/workbook-builder';

function plan(tabs: Partial<PlanTabs> = {}) {
  return readWorkbook(buildWorkbook(tabs)).workbook;
}

test('per-day, per-person and per-congress lines, by hand', () => {
  const summary = computeBudget(plan());
  // AN người/ngày: 282 × 1 × 100.000; HT đại hội: 1 × 5.000.000 (Thành tiền empty: computed); TL người: 250 × 20.000.
  expect(summary.lines.map((l) => [l.line.category, l.perDay, l.perPerson, l.amount])).toEqual([
    ['AN', true, true, 28_200_000],
    ['HT', false, false, 5_000_000],
    ['TL', false, true, 5_000_000],
  ]);
  expect(summary.total).toBe(38_200_000);
  expect([...summary.byCategory]).toEqual([
    ['AN', 28_200_000],
    ['HT', 5_000_000],
    ['TL', 5_000_000],
  ]);
});

test('fractions are exact and rounded once, half away from zero', () => {
  const tabs = withCells(TAB.budget, 0, {
    'Số lượng': 3,
    'Số ngày': '1,5',
    'Đơn giá': 33_333,
    'Thành tiền': '',
  });
  // 3 × 1,5 × 33.333 = 149.998,5 -> 149.999
  expect(computeBudget(plan(tabs)).lines[0]!.amount).toBe(149_999);
  const tenths = withCells(TAB.budget, 0, {
    'Số lượng': '0,1',
    'Số ngày': 3,
    'Đơn giá': 10,
    'Thành tiền': '',
  });
  expect(computeBudget(plan(tenths)).lines[0]!.amount).toBe(3);
});

test('totals roll up through three levels of units, each amount counted once', () => {
  const summary = computeBudget(plan());
  expect(summary.byUnit.get('CB02')).toBe(33_200_000);
  expect(summary.byUnitRollup.get('CB02')).toBe(33_200_000);
  expect(summary.byUnitRollup.get('BL')).toBe(33_200_000); // CB02 sits under BL
  expect(summary.byUnitRollup.get('HU')).toBe(38_200_000); // BL and BH sit under HU
  expect(summary.byUnitRollup.get('BH')).toBe(5_000_000);
});

test('a cycle of parents does not loop or double count', () => {
  const tabs = withCells(TAB.units, 0, { 'Đơn vị cấp trên': 'BL' });
  expect(computeBudget(plan(tabs)).byUnitRollup.get('HU')).toBe(38_200_000);
});

test('the request is estimate − retained dues − other funding', () => {
  const base = cleanTabs();
  const tabs = {
    ...base,
    [TAB.settings]: [
      ...base[TAB.settings],
      { Khóa: 'Đảng phí trích giữ lại', 'Giá trị': '8.200.000 đ' },
      { Khóa: 'Nguồn khác', 'Giá trị': 0 },
    ],
  };
  expect(computeBudget(plan(tabs)).funding).toEqual({
    estimate: 38_200_000,
    retainedDues: 8_200_000,
    otherFunding: 0,
    request: 30_000_000,
  });
  expect(computeBudget(plan()).funding).toBeUndefined();
});

test('a line above its cap shows the excess; one at the cap does not', () => {
  const over = computeBudget(plan(withCells(TAB.budget, 0, { 'Đơn giá': 160_000, 'Thành tiền': '' })));
  expect(over.overCap.map((l) => l.excess)).toEqual([282 * 10_000]);
  expect(
    computeBudget(plan(withCells(TAB.budget, 0, { 'Đơn giá': 150_000, 'Thành tiền': '' }))).overCap,
  ).toEqual([]);
});

test('a category without a cap for the level still counts, and is listed as uncapped', () => {
  const summary = computeBudget(plan(withCells(TAB.norms, 2, { 'Mức tối đa': '' })));
  expect(summary.uncapped.map((l) => l.line.category)).toEqual(['TL']);
  expect(summary.total).toBe(38_200_000);
});

describe('suggested estimate', () => {
  test('lines only for congresses without lines, quantities and days from the congress', () => {
    const tabs = {
      ...cleanTabs(),
      [TAB.budget]: cleanTabs()[TAB.budget].filter((row) => row['Mã đơn vị'] !== 'BH'),
    };
    const lines = suggestEstimate(plan(tabs));
    expect(lines.map((l) => [l.unitCode, l.category, l.quantity, l.days, l.unitPrice, l.amount])).toEqual([
      ['BH', 'AN', 250, 2, 150_000, 75_000_000],
      ['BH', 'HT', 1, undefined, 10_000_000, 10_000_000],
      ['BH', 'TL', 250, undefined, 30_000, 7_500_000],
    ]);
    expect(lines.every((l) => l.note.startsWith('gợi ý'))).toBe(true);
  });

  test('a category with no cap is proposed without a price', () => {
    const tabs = { ...cleanTabs(), [TAB.budget]: [] };
    const noCap = withCells(TAB.norms, 1, { 'Mức tối đa': '' }, tabs);
    const hall = suggestEstimate(plan(noCap)).filter((l) => l.category === 'HT');
    expect(hall.map((l) => [l.unitCode, l.unitPrice, l.amount])).toEqual([
      ['CB02', undefined, undefined],
      ['BH', undefined, undefined],
    ]);
  });

  test('nothing is proposed once every congress has lines', () => {
    expect(suggestEstimate(plan())).toEqual([]);
  });
});

test.each([
  [0, 'Không đồng'],
  [5, 'Năm đồng'],
  [15, 'Mười lăm đồng'],
  [21, 'Hai mươi mốt đồng'],
  [24, 'Hai mươi tư đồng'],
  [105, 'Một trăm linh năm đồng'],
  [1_001, 'Một nghìn không trăm linh một đồng'],
  [15_650_000, 'Mười lăm triệu sáu trăm năm mươi nghìn đồng'],
  [38_200_000, 'Ba mươi tám triệu hai trăm nghìn đồng'],
  [2_005_000_000, 'Hai tỷ không trăm linh năm triệu đồng'],
  [1_000_000_000_000, 'Một nghìn tỷ đồng'],
])('%d in words is "%s"', (amount, words) => {
  expect(amountInWords(amount)).toBe(words);
});

test('the printable estimate lists each line and the total in words, with cell text escaped', () => {
  const workbook = plan(withCells(TAB.units, 2, { 'Tên đơn vị': '<script>alert(1)</script>' }));
  const [estimate] = estimatesOf(workbook);
  expect(estimate!.total).toBe(33_200_000);
  const html = renderEstimateHtml(workbook, estimate!, '2024-12-21');
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('Bằng chữ: Ba mươi ba triệu hai trăm nghìn đồng.');
  expect(html).toContain('28.200.000');
  expect(html).toContain('Quy định 3041-QĐ/VPTW');
});
