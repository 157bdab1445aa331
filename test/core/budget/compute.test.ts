import fc from 'fast-check';
import { computeBudget, estimatesOf, readWorkbook, suggestEstimate } from '../../../src/core';
import { rollUp } from '../../../src/core/budget/compute';
import { renderEstimateHtml } from '../../../src/core/budget/estimate';
import { amountInWords } from '../../../src/core/budget/words';
import { TAB } from '../../../src/core/workbook/contract';
import { cycleChainPlan } from '../../helpers/generate';
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

describe('more hand-computed cases', () => {
  const base = cleanTabs();
  const extra = (unitCode: string, category: string, quantity: number, unitPrice: number) => ({
    'Mã đơn vị': unitCode,
    'Khoản chi': category,
    'Số lượng': quantity,
    'Số ngày': '',
    'Đơn giá': unitPrice,
    'Thành tiền': '',
    'Ghi chú': '',
  });

  test('three levels each with their own lines: own amounts, roll-ups and the plan total', () => {
    const tabs = {
      ...base,
      [TAB.budget]: [...base[TAB.budget], extra('HU', 'HT', 1, 1_000_000), extra('BL', 'TL', 100, 20_000)],
    };
    const summary = computeBudget(plan(tabs));
    expect(Object.fromEntries(summary.byUnit)).toEqual({
      CB02: 33_200_000,
      BH: 5_000_000,
      HU: 1_000_000,
      BL: 2_000_000,
    });
    expect(Object.fromEntries(summary.byUnitRollup)).toEqual({
      CB02: 33_200_000,
      BL: 35_200_000, // 2.000.000 + CB02
      HU: 41_200_000, // 1.000.000 + BL's 35.200.000 + BH's 5.000.000
      BH: 5_000_000,
    });
    expect(summary.total).toBe(41_200_000);
  });

  test('a fractional quantity of a per-person category rounds once: 2,5 × 33.333 = 83.332,5 -> 83.333', () => {
    const tabs = withCells(TAB.budget, 2, { 'Số lượng': '2,5', 'Đơn giá': 33_333, 'Thành tiền': '' });
    const [, , documents] = computeBudget(plan(tabs)).lines;
    expect([documents!.computed, documents!.amount]).toEqual([83_333, 83_333]);
  });

  test('large amounts stay exact: 282 × 2 × 9.999.999.999 đ', () => {
    const tabs = withCells(TAB.budget, 0, { 'Số ngày': 2, 'Đơn giá': 9_999_999_999, 'Thành tiền': '' });
    expect(computeBudget(plan(tabs)).lines[0]!.amount).toBe(5_639_999_999_436);
  });

  test('a per-day line without days: no computed amount, a typed Thành tiền counts, otherwise 0', () => {
    const typed = computeBudget(plan(withCells(TAB.budget, 0, { 'Số ngày': '' })));
    expect([typed.lines[0]!.computed, typed.lines[0]!.amount]).toEqual([undefined, 28_200_000]);
    const empty = computeBudget(plan(withCells(TAB.budget, 0, { 'Số ngày': '', 'Thành tiền': '' })));
    expect([empty.lines[0]!.computed, empty.lines[0]!.amount, empty.total]).toEqual([
      undefined,
      0,
      10_000_000,
    ]);
  });

  test('the request never goes below zero, and other funding alone is enough to show it', () => {
    const settings = (rows: { Khóa: string; 'Giá trị': number }[]) => ({
      ...base,
      [TAB.settings]: [...base[TAB.settings], ...rows],
    });
    expect(computeBudget(plan(settings([{ Khóa: 'Nguồn khác', 'Giá trị': 3_200_000 }]))).funding).toEqual({
      estimate: 38_200_000,
      retainedDues: 0,
      otherFunding: 3_200_000,
      request: 35_000_000,
    });
    expect(
      computeBudget(plan(settings([{ Khóa: 'Đảng phí trích giữ lại', 'Giá trị': 40_000_000 }]))).funding!
        .request,
    ).toBe(0);
  });

  test('the excess of a per-day line above its cap counts every day', () => {
    const tabs = withCells(TAB.budget, 2, {
      'Mã đơn vị': 'BH',
      'Khoản chi': 'AN',
      'Số lượng': 250,
      'Số ngày': 2,
      'Đơn giá': 160_000,
      'Thành tiền': '',
    });
    const over = computeBudget(plan(tabs)).overCap;
    expect(over.map((line) => [line.line.unitCode, line.amount, line.cap, line.excess])).toEqual([
      ['BH', 80_000_000, 150_000, 5_000_000], // 250 × 2 × (160.000 − 150.000)
    ]);
  });
});

describe('the roll-up over the unit tree', () => {
  /** What the roll-up means: each amount climbs to the root once, a cycle ending the climb. */
  function climbEachAmount(own: Map<string, number>, parents: Map<string, string>): Map<string, number> {
    const totals = new Map<string, number>();
    for (const [code, amount] of own) {
      const visited = new Set<string>();
      for (
        let current: string | undefined = code;
        current && !visited.has(current);
        current = parents.get(current)
      ) {
        visited.add(current);
        totals.set(current, (totals.get(current) ?? 0) + amount);
      }
    }
    return totals;
  }

  test('equals climbing from every amount, on random forests with cycles, self-parents and unknown parents', () => {
    const code = fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `U${i}`));
    fc.assert(
      fc.property(
        fc.dictionary(code, code, { maxKeys: 12 }),
        fc.dictionary(code, fc.integer({ min: 0, max: 1000 }), { maxKeys: 12 }),
        (parentRecord, ownRecord) => {
          const parents = new Map(Object.entries(parentRecord));
          const own = new Map(Object.entries(ownRecord));
          expect(rollUp(own, (c) => parents.get(c))).toEqual(climbEachAmount(own, parents));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a chain of 50.000 units closed into a cycle: every unit rolls up the whole chain', () => {
    // Climbing from every unit took 48 s at 10.000 deep and never ended at 50.000 with a cycle.
    const depth = 50_000;
    const summary = computeBudget(plan(cycleChainPlan(depth)));
    expect(summary.byUnitRollup.size).toBe(depth);
    expect(summary.byUnitRollup.get('U0')).toBe(depth * 1000);
    expect(summary.byUnitRollup.get('U49999')).toBe(depth * 1000);
  });

  test('a chain of 10.000 units under a root: each unit rolls up itself and those below it', () => {
    const depth = 10_000;
    const parents = new Map(Array.from({ length: depth }, (_, i) => [`U${i}`, i > 0 ? `U${i - 1}` : '']));
    const own = new Map(Array.from({ length: depth }, (_, i) => [`U${i}`, 1]));
    const totals = rollUp(own, (c) => parents.get(c) || undefined);
    expect([totals.get('U0'), totals.get('U5000'), totals.get('U9999')]).toEqual([10_000, 5_000, 1]);
  });
});
