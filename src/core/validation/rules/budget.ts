/** Rules on `Dự toán` and `Định mức` (B codes, and duplicate category codes). */
import { costLine, findNorm, isPerDay, isPerPerson, normApplies } from '../../budget/compute';
import { budgetText } from '../../messages/budget';
import { rulesText } from '../../messages/rules';
import { formatMoneyVi, formatQuantityVi } from '../../numbers';
import { isBody, TAB } from '../../workbook/contract';
import type { BudgetLine, Congress, Norm } from '../../workbook/model';
import type { Rule } from '../context';
import { type Finding, finding } from '../finding';
import { guessCode } from './references';
import { duplicateCodes, unitCandidates, unitsByCode } from './units';

/** `282 × 1 × 100.000 đ`: the line's formula as the office reads it. */
function formulaOf(line: BudgetLine, perDay: boolean): string {
  return [line.quantity, ...(perDay ? [line.days] : []), line.unitPrice]
    .map((value, index, all) =>
      index === all.length - 1 ? formatMoneyVi(value ?? 0) : formatQuantityVi(value ?? 0),
    )
    .join(' × ');
}

export const budgetRules: Rule = (context) => {
  const { budgetLines, norms, congresses, units } = context.workbook;
  const findings = duplicateCodes(
    context,
    TAB.norms,
    'Mã khoản chi',
    norms,
    (norm) => norm.code,
    (code, cell) => rulesText.duplicateCode('Mã khoản chi', code, cell),
  );
  for (const norm of norms) {
    if (norm.unknownLevels && norm.unknownLevels.length > 0) {
      const t = budgetText.unknownLevel(norm.unknownLevels);
      findings.push(
        finding('T004', TAB.norms, context.cell(TAB.norms, 'Áp dụng cho', norm.row), t.message, t.hint),
      );
    }
  }
  const push = (code: Finding['code'], header: string, row: number, t: { message: string; hint: string }) =>
    findings.push(finding(code, TAB.budget, context.cell(TAB.budget, header, row), t.message, t.hint));

  const unitByCode = unitsByCode(units);
  const congressByUnit = new Map<string, Congress>();
  for (const congress of congresses) {
    if (congress.unitCode && !congressByUnit.has(congress.unitCode))
      congressByUnit.set(congress.unitCode, congress);
  }
  const knownCategories = new Set(norms.map((norm) => norm.code).filter((code) => code !== ''));
  // B007 once per category and level: the lines that wait for the same cap.
  const uncapped = new Map<
    string,
    { norm: Norm | undefined; name: string; levels: Set<string>; lines: number; firstRow: number }
  >();

  for (const line of budgetLines) {
    const unit = unitByCode.get(line.unitCode);
    if (unit && isBody(unit.type)) {
      push(
        'R006',
        'Mã đơn vị',
        line.row,
        rulesText.bodyWithBudget(line.unitCode, context.cell(TAB.units, 'Loại đơn vị', unit.row)),
      );
    } else if (line.unitCode && unit && !congressByUnit.has(line.unitCode)) {
      push('B006', 'Mã đơn vị', line.row, budgetText.noCongress(line.unitCode));
    } else if (line.unitCode && !unit) {
      push(
        'R002',
        'Mã đơn vị',
        line.row,
        rulesText.unknownReference(
          'Mã đơn vị',
          line.unitCode,
          TAB.units,
          'đơn vị',
          guessCode(line.unitCode, unitCandidates(units)),
        ),
      );
    }
    if (!line.category) continue;
    if (!knownCategories.has(line.category)) {
      // Categories sharing a name differ by level: offer the one for this unit's level.
      const candidates = norms
        .filter((norm) => !unit?.type || normApplies(norm, unit.type))
        .map((norm) => ({ code: norm.code, name: norm.name }));
      push(
        'B001',
        'Khoản chi',
        line.row,
        budgetText.unknownCategory(line.category, guessCode(line.category, candidates)),
      );
      continue;
    }
    const norm = findNorm(norms, line.category, unit?.type);
    const costed = costLine(line, norm, unit);
    const level = unit?.type ?? 'đơn vị này';
    if (costed.cap !== undefined && line.unitPrice !== undefined && line.unitPrice > costed.cap) {
      push('B002', 'Đơn giá', line.row, budgetText.aboveCap(line.unitPrice, costed.cap, norm!.name, level));
    }
    if (costed.cap === undefined && unit?.type) {
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
    if (costed.tooLarge !== undefined) {
      push(
        'T003',
        'Thành tiền',
        line.row,
        budgetText.productTooLarge(formulaOf(line, costed.perDay), costed.tooLarge),
      );
    }
    if (
      line.amount !== undefined &&
      costed.computed !== undefined &&
      costed.computed !== Math.round(line.amount)
    ) {
      push(
        'B003',
        'Thành tiền',
        line.row,
        budgetText.amountMismatch(line.amount, costed.computed, formulaOf(line, costed.perDay)),
      );
    }
    const congress = congressByUnit.get(line.unitCode);
    if (!congress || !norm) continue;
    if (
      isPerPerson(norm.unitOfMeasure) &&
      line.quantity !== undefined &&
      congress.total !== undefined &&
      line.quantity > congress.total
    ) {
      push(
        'B004',
        'Số lượng',
        line.row,
        budgetText.quantityAboveDelegates(
          line.quantity,
          congress.total,
          context.cell(TAB.congresses, 'Tổng đại biểu', congress.row),
        ),
      );
    }
    if (
      isPerDay(norm.unitOfMeasure) &&
      line.days !== undefined &&
      congress.days !== undefined &&
      line.days > congress.days
    ) {
      push(
        'B005',
        'Số ngày',
        line.row,
        budgetText.daysAboveCongress(
          line.days,
          congress.days,
          context.cell(TAB.congresses, 'Số ngày', congress.row),
        ),
      );
    }
  }

  for (const { norm, name, levels, lines, firstRow } of uncapped.values()) {
    const t = budgetText.noCap(name, [...levels].join(', '), lines);
    const cell = norm
      ? context.cell(TAB.norms, 'Mức tối đa', norm.row)
      : context.cell(TAB.budget, 'Khoản chi', firstRow);
    findings.push(finding('B007', norm ? TAB.norms : TAB.budget, cell, t.message, t.hint));
  }
  return findings;
};
