/** Rules on `Dự toán` and `Định mức` (B codes, and duplicate category codes). */
import { pushAll } from '../../arrays';
import { costLine, findNorm, isPerDay, isPerPerson, normApplies } from '../../budget/compute';
import type { CostedLine } from '../../budget/types';
import { budgetText } from '../../messages/budget';
import { rulesText } from '../../messages/rules';
import { formatMoneyVi, formatQuantityVi } from '../../numbers';
import { type HeaderOf, isBody, TAB } from '../../workbook/contract';
import type { BudgetLine, Congress, Norm, Unit } from '../../workbook/model';
import { firstByKey, unitsByCode } from '../../workbook/queries';
import { type Advice, atCell, checkRows, type RowCheck, type Rule, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { guessCode } from './references';
import { duplicateCodes, unknownUnit } from './units';

/** `282 × 1 × 100.000 đ`: the line's formula as the office reads it. */
function formulaOf(line: BudgetLine, perDay: boolean): string {
  return [line.quantity, ...(perDay ? [line.days] : []), line.unitPrice]
    .map((value, index, all) =>
      index === all.length - 1 ? formatMoneyVi(value ?? 0) : formatQuantityVi(value ?? 0),
    )
    .join(' × ');
}

/** What the rules know of a budget line: its unit, its congress, and (for a known category) its cost. */
interface LineRow {
  readonly unit: Unit | undefined;
  readonly congress: Congress | undefined;
  /** False when `Khoản chi` names no row of `Định mức` (B001). */
  readonly knownCategory: boolean;
  readonly norm: Norm | undefined;
  readonly costed: CostedLine | undefined;
}

/**
 * B004, B005: for a norm counted per person (per day), the line's figure may not exceed the
 * congress's own delegates (days), which the message points at.
 */
function aboveCongress(
  countsBy: (unitOfMeasure: string) => boolean,
  figure: 'quantity' | 'days',
  limit: 'total' | 'days',
  limitHeader: HeaderOf<typeof TAB.congresses>,
  text: (value: number, limit: number, cell: string) => Advice,
): RowCheck<BudgetLine, LineRow, typeof TAB.budget>[2] {
  return (line, { congress, norm }, context) => {
    const value = line[figure];
    const most = congress?.[limit];
    if (!congress || most === undefined || !norm || !countsBy(norm.unitOfMeasure)) return null;
    return value !== undefined && value > most
      ? text(value, most, context.ref(TAB.congresses, limitHeader, congress.row))
      : null;
  };
}

const LINE_CHECKS: readonly RowCheck<BudgetLine, LineRow, typeof TAB.budget>[] = [
  [
    'R006',
    'Mã đơn vị',
    ({ unitCode }, { unit }, context) =>
      unit && isBody(unit.type)
        ? rulesText.bodyWithBudget(unitCode, context.ref(TAB.units, 'Loại đơn vị', unit.row))
        : null,
  ],
  [
    'B006',
    'Mã đơn vị',
    ({ unitCode }, { unit, congress }) =>
      unitCode && unit && !isBody(unit.type) && !congress ? budgetText.noCongress(unitCode) : null,
  ],
  [
    'R002',
    'Mã đơn vị',
    ({ unitCode }, { unit }, { workbook }) =>
      unitCode && !unit ? unknownUnit('Mã đơn vị', unitCode, workbook.units) : null,
  ],
  // Categories sharing a name differ by level: offer the one for this unit's level.
  [
    'B001',
    'Khoản chi',
    ({ category }, { unit, knownCategory }, { workbook }) => {
      if (!category || knownCategory) return null;
      const candidates = workbook.norms
        .filter((norm) => !unit?.type || normApplies(norm, unit.type))
        .map((norm) => ({ code: norm.code, name: norm.name }));
      return budgetText.unknownCategory(category, guessCode(category, candidates));
    },
    'ends row',
  ],
  [
    'B002',
    'Đơn giá',
    ({ unitPrice }, { unit, norm, costed }) =>
      costed?.cap !== undefined && unitPrice !== undefined && unitPrice > costed.cap
        ? budgetText.aboveCap(unitPrice, costed.cap, norm!.name, unit?.type ?? 'đơn vị này')
        : null,
  ],
  [
    'T003',
    'Thành tiền',
    (line, { costed }) =>
      costed?.tooLarge !== undefined
        ? budgetText.productTooLarge(formulaOf(line, costed.perDay), costed.tooLarge)
        : null,
  ],
  [
    'B003',
    'Thành tiền',
    (line, { costed }) =>
      line.amount !== undefined &&
      costed?.computed !== undefined &&
      costed.computed !== Math.round(line.amount)
        ? budgetText.amountMismatch(line.amount, costed.computed, formulaOf(line, costed.perDay))
        : null,
  ],
  [
    'B004',
    'Số lượng',
    aboveCongress(isPerPerson, 'quantity', 'total', 'Tổng đại biểu', budgetText.quantityAboveDelegates),
  ],
  ['B005', 'Số ngày', aboveCongress(isPerDay, 'days', 'days', 'Số ngày', budgetText.daysAboveCongress)],
];

/**
 * B007 once per category and level: the lines that wait for the same cap, at the norm row's
 * `Mức tối đa` (or at the first line when no norm row covers the level).
 */
function uncappedFindings(
  context: RuleContext,
  lines: readonly BudgetLine[],
  rowOf: (line: BudgetLine) => LineRow,
): Finding[] {
  const uncapped = new Map<
    string,
    { norm: Norm | undefined; name: string; levels: Set<string>; lines: number; firstRow: number }
  >();
  for (const line of lines) {
    const { unit, norm, costed } = rowOf(line);
    if (!costed || costed.cap !== undefined || !unit?.type) continue;
    const applying = norm && normApplies(norm, unit.type) ? norm : undefined;
    // One finding per norm row waiting for its cap (or per category and level when no row covers the level).
    const key = applying ? `row:${applying.row}` : `${line.category}\u0000${unit.type}`;
    const entry = uncapped.get(key) ?? {
      norm: applying,
      name: norm?.name ?? line.category,
      levels: new Set<string>(),
      lines: 0,
      firstRow: line.row,
    };
    entry.lines++;
    entry.levels.add(unit.type);
    uncapped.set(key, entry);
  }
  return [...uncapped.values()].map(({ norm, name, levels, lines, firstRow }) => {
    const advice = budgetText.noCap(name, [...levels].join(', '), lines);
    return norm
      ? atCell(context, 'B007', TAB.norms, 'Mức tối đa', norm.row, advice)
      : atCell(context, 'B007', TAB.budget, 'Khoản chi', firstRow, advice);
  });
}

export const budgetRules: Rule = (context) => {
  const { budgetLines, norms, congresses, units } = context.workbook;
  const findings = duplicateCodes(context, TAB.norms, 'Mã khoản chi', norms, (norm) => norm.code);
  for (const norm of norms) {
    if (norm.unknownLevels && norm.unknownLevels.length > 0)
      findings.push(
        atCell(
          context,
          'T004',
          TAB.norms,
          'Áp dụng cho',
          norm.row,
          budgetText.unknownLevel(norm.unknownLevels),
        ),
      );
  }
  const unitByCode = unitsByCode(units);
  const congressByUnit = firstByKey(congresses, (congress) => congress.unitCode);
  const knownCategories = new Set(norms.map((norm) => norm.code).filter((code) => code !== ''));
  const rows = new Map<BudgetLine, LineRow>();
  for (const line of budgetLines) {
    const unit = unitByCode.get(line.unitCode);
    // `knownCategories` has no empty code: an empty `Khoản chi` is not known, and costs nothing here.
    const knownCategory = knownCategories.has(line.category);
    const norm = knownCategory ? findNorm(norms, line.category, unit?.type) : undefined;
    rows.set(line, {
      unit,
      congress: congressByUnit.get(line.unitCode),
      knownCategory,
      norm,
      costed: knownCategory ? costLine(line, norm, unit) : undefined,
    });
  }
  const rowOf = (line: BudgetLine) => rows.get(line)!;
  pushAll(findings, checkRows(context, TAB.budget, budgetLines, rowOf, LINE_CHECKS));
  pushAll(findings, uncappedFindings(context, budgetLines, rowOf));
  return findings;
};
