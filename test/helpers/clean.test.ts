import { validateWorkbook } from '../../src/core';
import { buildWorkbook, CLEAN_TODAY } from './workbook-builder';

test('the clean test plan validates with no finding at all', () => {
  expect(validateWorkbook(buildWorkbook(), { today: CLEAN_TODAY }).findings).toEqual([]);
});
