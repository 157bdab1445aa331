/**
 * The rule context names cells by typed headers. The `@ts-expect-error` lines are the type-level
 * test: `npm run typecheck` fails if any of them compiles, i.e. if a mistyped header or a header of
 * another tab were accepted.
 */
import { readWorkbook } from '../../../src/core';
import { type Advice, checkRows, type RowCheck, ruleContext } from '../../../src/core/validation/context';
import { duplicateCodes } from '../../../src/core/validation/rules/units';
import { COLUMNS, type HeaderOf, TAB } from '../../../src/core/workbook/contract';
import type { Unit } from '../../../src/core/workbook/model';
import { buildWorkbook, CLEAN_TODAY, cleanTabs, sheetFrom } from '../../helpers/workbook-builder';

const advice: Advice = { message: 'm', hint: 'h' };

function withUnitColumnsReversed() {
  const headers = COLUMNS[TAB.units].map((spec) => spec.header).reverse();
  const raw = buildWorkbook(
    {},
    { rawTabs: { [TAB.units]: sheetFrom(TAB.units, cleanTabs()[TAB.units], headers) } },
  );
  return ruleContext(readWorkbook(raw).workbook, CLEAN_TODAY);
}

describe('rule context', () => {
  it('takes only the headers of the tab it names (the @ts-expect-error lines must not compile)', () => {
    const parent: HeaderOf<typeof TAB.units> = 'Đơn vị cấp trên';
    // @ts-expect-error a header typed without its diacritics
    const misspelt: HeaderOf<typeof TAB.units> = 'Don vi cap tren';
    // @ts-expect-error a header of another tab
    const otherTab: HeaderOf<typeof TAB.units> = 'Ngày đại hội';
    const check: RowCheck<Unit, null, typeof TAB.units> = [
      'R002',
      // @ts-expect-error a check cannot point at a header its tab lacks
      'Mã đơn vi',
      () => advice,
    ];
    const moved: RowCheck<Unit, null, typeof TAB.units> = [
      'R002',
      'Mã đơn vị',
      // @ts-expect-error nor move its finding to one
      () => ({ ...advice, header: 'Phạm vi' }),
    ];
    const headers: readonly string[] = COLUMNS[TAB.units].map((spec) => spec.header);
    expect([parent, misspelt, otherTab].map((header) => headers.includes(header))).toEqual([
      true,
      false,
      false,
    ]);
    expect([check[0], moved[0]]).toEqual(['R002', 'R002']);
  });

  it('points at the column the header really has in this workbook, not at its contract position', () => {
    const context = withUnitColumnsReversed();
    const columns = COLUMNS[TAB.units].length;
    // `Mã đơn vị` is first in the contract and last here.
    expect(context.cell(TAB.units, 'Mã đơn vị', 4)).toBe(`${String.fromCharCode(64 + columns)}4`);
    expect(context.cell(TAB.units, 'Email', 4)).toBe('A4');
    expect(context.ref(TAB.units, 'Email', 4)).toBe('A4');
  });

  it("never points at a cell of another column when the workbook lacks the header's column", () => {
    const headers = COLUMNS[TAB.units].map((spec) => spec.header).filter((header) => header !== 'Email');
    const raw = buildWorkbook(
      {},
      { rawTabs: { [TAB.units]: sheetFrom(TAB.units, cleanTabs()[TAB.units], headers) } },
    );
    const context = ruleContext(readWorkbook(raw).workbook, CLEAN_TODAY);
    // The finding names the tab (S002 names the column); a message names the row.
    expect(context.cell(TAB.units, 'Email', 4)).toBeNull();
    expect(context.ref(TAB.units, 'Email', 4)).toBe('hàng 4');
    expect(context.cell(TAB.units, 'Mã đơn vị', 4)).toBe('A4');
  });

  it('runs a table of checks in order and stops a row at a check that ends it', () => {
    const context = withUnitColumnsReversed();
    const checks: RowCheck<Unit, null, typeof TAB.units>[] = [
      ['R002', 'Email', (unit) => (unit.row === 2 ? advice : null), 'ends row'],
      ['R004', 'Email', () => ({ ...advice, header: 'Mã đơn vị' })],
    ];
    const units = context.workbook.units.slice(0, 2);
    const found = checkRows(context, TAB.units, units, () => null, checks);
    expect(found.map((item) => `${item.code} ${item.cell}`)).toEqual([
      'R002 A2',
      `R004 ${context.cell(TAB.units, 'Mã đơn vị', 3)}`,
    ]);
  });

  it('reports a repeated code at the repeat, naming the first', () => {
    const context = withUnitColumnsReversed();
    const [first] = context.workbook.units;
    const units = [first!, { ...first!, row: 9 }];
    const found = duplicateCodes(
      context,
      TAB.units,
      'Mã đơn vị',
      units,
      (unit) => unit.code,
      (code, cell) => ({
        message: `${code} ${cell}`,
        hint: '',
      }),
    );
    expect(found.map((item) => [item.code, item.cell, item.message])).toEqual([
      [
        'R001',
        context.cell(TAB.units, 'Mã đơn vị', 9),
        `${first!.code} ${context.cell(TAB.units, 'Mã đơn vị', 2)}`,
      ],
    ]);
    const wrongHeader = () =>
      duplicateCodes(
        context,
        TAB.units,
        // @ts-expect-error the header of a duplicate check belongs to the tab it looks at
        'Họ tên',
        units,
        (unit) => unit.code,
        () => advice,
      );
    // At run time an absent column goes unnoticed: only the compiler catches it.
    expect(wrongHeader).not.toThrow();
  });
});
