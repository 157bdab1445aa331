/**
 * Số lượng × Đơn giá near 10^24: each factor is a valid cell (below 10^15), their product is no money a
 * plan could hold. It is refused (T003 on the line, counted for nothing), never rounded by a float
 * into a plausible figure with wrong words.
 */
import { computeBudget, estimatesOf, validateWorkbook } from '../../../src/core';
import { amountInWords, numberInWords } from '../../../src/core/budget/words';
import { boundedProductInDong, MAX_AMOUNT } from '../../../src/core/money';
import { TAB } from '../../../src/core/workbook/contract';
import { buildWorkbook, cleanTabs } from '../../helpers/workbook-builder';

function withLine(quantity: number, unitPrice: number, days: number | '' = '', category = 'TL') {
  const tabs = cleanTabs();
  return buildWorkbook({
    ...tabs,
    [TAB.budget]: [
      ...tabs[TAB.budget],
      {
        'Mã đơn vị': 'BH',
        'Khoản chi': category,
        'Số lượng': quantity,
        'Số ngày': days,
        'Đơn giá': unitPrice,
        'Thành tiền': '',
        'Ghi chú': '',
      },
    ],
  });
}

test('10^12 × 10^12 đ: T003 on the line with the exact product; the totals and the words stay right', () => {
  const { workbook, findings } = validateWorkbook(withLine(1e12, 1e12), { today: '2024-12-01' });
  const t003 = findings.filter((f) => f.code === 'T003');
  expect(t003.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Dự toán!F5']);
  expect(t003[0]!.message).toBe(
    '1.000.000.000.000 × 1.000.000.000.000 đ = 1.000.000.000.000.000.000.000.000 đ: lớn bất thường, vượt mọi khoản chi có thể có (từ 1 triệu tỷ đồng trở lên); dòng này không được tính vào dự toán.',
  );
  const budget = computeBudget(workbook);
  expect(budget.total).toBe(38_200_000); // the clean plan's total: the huge line adds nothing
  const bh = estimatesOf(workbook).find((estimate) => estimate.unitCode === 'BH')!;
  expect(bh.total).toBe(5_000_000);
  expect(bh.totalInWords).toBe('Năm triệu đồng');
});

test('per-day lines too: 10^8 people × 10^8 days × 10^8 đ', () => {
  const { findings } = validateWorkbook(withLine(1e8, 1e8, 1e8, 'AN'), { today: '2024-12-01' });
  expect(findings.find((f) => f.code === 'T003')?.message).toMatch(
    /^100\.000\.000 × 100\.000\.000 × 100\.000\.000 đ = 1(\.000){8} đ:/,
  );
});

test('just below the bound the amount and its words are exact; at the bound it is refused', () => {
  expect(boundedProductInDong(1, 999_999_999_999_999)).toEqual({ dong: 999_999_999_999_999 });
  expect(amountInWords(999_999_999_999_999)).toBe(
    'Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
  );
  expect(boundedProductInDong(2, MAX_AMOUNT / 2)).toEqual({ tooLarge: '1000000000000000' });
  expect(boundedProductInDong(3, 0.1, 1_000_000)).toEqual({ dong: 300_000 });
  expect(boundedProductInDong(Number.POSITIVE_INFINITY, 1)).toEqual({ tooLarge: '∞' });
});

test('a number no double holds exactly is never read out in wrong words', () => {
  expect(() => numberInWords(2 ** 53)).toThrow(RangeError);
  expect(amountInWords(1e24)).toBe('(số tiền quá lớn để đọc thành chữ: kiểm tra lại các dòng dự toán)');
});
