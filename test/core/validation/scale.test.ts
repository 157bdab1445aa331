/** Validation at the sizes that once broke it: every finding comes back, nothing overflows the stack. */
import { validateWorkbook } from '../../../src/core';
import { TAB } from '../../../src/core/workbook/contract';
import { buildWorkbook, CLEAN_TODAY, cleanTabs } from '../../helpers/workbook-builder';

test('200.000 budget lines with an unknown category: one finding each, no "Maximum call stack size exceeded"', () => {
  // The rules' findings were appended with push(...findings): past about 120.000 arguments V8 throws.
  const tabs = cleanTabs();
  const lines = Array.from({ length: 200_000 }, () => ({
    'Mã đơn vị': 'CB02',
    'Khoản chi': 'ZZ',
    'Số lượng': 1,
    'Đơn giá': 1000,
  }));
  const { findings } = validateWorkbook(buildWorkbook({ ...tabs, [TAB.budget]: lines }), {
    today: CLEAN_TODAY,
  });
  const unknownCategory = findings.filter((f) => f.sheet === TAB.budget && f.cell?.startsWith('B'));
  expect(unknownCategory).toHaveLength(200_000);
  expect(unknownCategory[199_999]!.cell).toBe('B200001');
});
