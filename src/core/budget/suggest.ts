/**
 * Lập dự toán gợi ý: for each congress with no budget line yet, one line per category that applies
 * to the unit's level, priced at the cap where the office has entered one.
 */
import type { Cell } from '../cells';
import { suggestionText } from '../messages/budget';
import { productInDong } from '../money';
import { matchKey } from '../text';
import { isBody } from '../workbook/contract';
import type { BudgetLine, Congress, Norm, PlanWorkbook } from '../workbook/model';
import { unitsByCode } from '../workbook/queries';
import { isPerDay, isPerPerson, normApplies } from './compute';

export const SUGGESTION_NOTE = suggestionText.note;

/**
 * A suggested row of `Dự toán`: a budget line without a sheet row yet. A figure the plan does not
 * give stays empty, and the note says what to enter.
 */
export type SuggestedLine = Omit<BudgetLine, 'row' | 'unreadable'>;

/**
 * Who a category pays for. Only a category paid per delegate takes the congress's `Tổng đại biểu`;
 * serving staff, far-away delegates who need a bed, nights, months and meeting sessions are counts
 * the plan does not give, so their quantity stays empty rather than guessed.
 */
export type QuantityBasis = 'congress' | 'delegates' | 'servingStaff' | 'farAwayDelegates' | 'other';

export function quantityBasis(norm: Norm): QuantityBasis {
  const unit = matchKey(norm.unitOfMeasure);
  const name = matchKey(norm.name);
  if (unit === matchKey('đại hội')) return 'congress';
  if (/phục vụ/.test(name)) return 'servingStaff';
  if (/ở xa|chỗ nghỉ|nghỉ lại|lưu trú|thuê phòng/.test(name) || /đêm/.test(unit)) return 'farAwayDelegates';
  // Sessions (`người/buổi`), months (`người/tháng`) and committee members are not the delegates.
  const perDelegateUnit = unit === 'người' || unit === 'người/ngày';
  if (isPerPerson(norm.unitOfMeasure) && perDelegateUnit && !/tiểu ban|tổ giúp việc|tổ biên tập/.test(name))
    return 'delegates';
  return 'other';
}

function quantityFor(norm: Norm, congress: Congress): { quantity?: number; note: string } {
  switch (quantityBasis(norm)) {
    case 'congress':
      return { quantity: 1, note: SUGGESTION_NOTE };
    case 'delegates':
      if (congress.total === undefined) return { note: suggestionText.enterDelegates };
      return {
        quantity: congress.total,
        note:
          isPerDay(norm.unitOfMeasure) && congress.days === undefined
            ? suggestionText.perDelegateEnterDays
            : suggestionText.perDelegate,
      };
    case 'servingStaff':
      return { note: suggestionText.enterServingStaff };
    case 'farAwayDelegates':
      return { note: suggestionText.enterFarAway };
    case 'other':
      return { note: suggestionText.enterQuantity(norm.unitOfMeasure) };
  }
}

/** Days of a per-day line: the congress's days, except nights away, which the plan never gives. */
function daysFor(norm: Norm, congress: Congress): number | undefined {
  if (!isPerDay(norm.unitOfMeasure) || quantityBasis(norm) === 'farAwayDelegates') return undefined;
  return congress.days;
}

export function suggestEstimate(workbook: PlanWorkbook): SuggestedLine[] {
  const units = unitsByCode(workbook.units);
  const budgeted = new Set(workbook.budgetLines.map((line) => line.unitCode));
  const done = new Set<string>();
  const lines: SuggestedLine[] = [];
  for (const congress of workbook.congresses) {
    const unit = units.get(congress.unitCode);
    if (!unit?.type || isBody(unit.type) || budgeted.has(unit.code) || done.has(unit.code)) continue;
    done.add(unit.code);
    const seenCodes = new Set<string>();
    for (const norm of workbook.norms) {
      if (!norm.code || seenCodes.has(norm.code) || !normApplies(norm, unit.type)) continue;
      seenCodes.add(norm.code);
      const { quantity, note } = quantityFor(norm, congress);
      const days = daysFor(norm, congress);
      const unitPrice = norm.cap;
      const complete =
        quantity !== undefined &&
        unitPrice !== undefined &&
        (days !== undefined || !isPerDay(norm.unitOfMeasure));
      const amount = complete
        ? productInDong(quantity, ...(days !== undefined ? [days] : []), unitPrice)
        : undefined;
      lines.push({
        unitCode: unit.code,
        category: norm.code,
        ...(quantity !== undefined ? { quantity } : {}),
        ...(days !== undefined ? { days } : {}),
        ...(unitPrice !== undefined ? { unitPrice } : {}),
        ...(amount !== undefined ? { amount } : {}),
        note,
      });
    }
  }
  return lines;
}

/** The suggested lines as rows of `Dự toán`. */
export function suggestionRows(lines: readonly SuggestedLine[]): Record<string, Cell>[] {
  return lines.map((line) => ({
    'Mã đơn vị': line.unitCode,
    'Khoản chi': line.category,
    'Số lượng': line.quantity ?? null,
    'Số ngày': line.days ?? null,
    'Đơn giá': line.unitPrice ?? null,
    'Thành tiền': line.amount ?? null,
    'Ghi chú': line.note,
  }));
}
