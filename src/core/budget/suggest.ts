/**
 * Lập dự toán gợi ý: for each congress with no budget line yet, one line per category that applies
 * to the unit's level, priced at the cap where the office has entered one.
 */
import type { Cell } from '../cells';
import { suggestionText } from '../messages/budget';
import { productInDong } from '../money';
import { matchKey } from '../text';
import type { Congress, Norm, PlanWorkbook, Unit } from '../workbook/model';
import { isPerDay, isPerPerson, normApplies } from './compute';

export const SUGGESTION_NOTE = suggestionText.note;

export interface SuggestedLine {
  readonly unitCode: string;
  readonly category: string;
  readonly quantity: number;
  readonly days?: number;
  readonly unitPrice?: number;
  readonly amount?: number;
  readonly note: string;
}

function quantityFor(norm: Norm, congress: Congress): { quantity: number; note: string } {
  const unit = matchKey(norm.unitOfMeasure);
  if (unit === matchKey('đại hội')) return { quantity: 1, note: SUGGESTION_NOTE };
  if (isPerPerson(norm.unitOfMeasure) && (unit === 'người' || isPerDay(norm.unitOfMeasure))) {
    return { quantity: congress.total ?? 0, note: suggestionText.perDelegate };
  }
  return { quantity: 0, note: suggestionText.enterQuantity(norm.unitOfMeasure) };
}

export function suggestEstimate(workbook: PlanWorkbook): SuggestedLine[] {
  const units = new Map<string, Unit>();
  for (const unit of workbook.units) if (unit.code && !units.has(unit.code)) units.set(unit.code, unit);
  const budgeted = new Set(workbook.budgetLines.map((line) => line.unitCode));
  const done = new Set<string>();
  const lines: SuggestedLine[] = [];
  for (const congress of workbook.congresses) {
    const unit = units.get(congress.unitCode);
    if (!unit?.type || budgeted.has(unit.code) || done.has(unit.code)) continue;
    done.add(unit.code);
    const seenCodes = new Set<string>();
    for (const norm of workbook.norms) {
      if (!norm.code || seenCodes.has(norm.code) || !normApplies(norm, unit.type)) continue;
      seenCodes.add(norm.code);
      const { quantity, note } = quantityFor(norm, congress);
      const days = isPerDay(norm.unitOfMeasure) ? (congress.days ?? 1) : undefined;
      const unitPrice = norm.cap;
      const amount =
        unitPrice === undefined
          ? undefined
          : productInDong(quantity, ...(days !== undefined ? [days] : []), unitPrice);
      lines.push({
        unitCode: unit.code,
        category: norm.code,
        quantity,
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
    'Số lượng': line.quantity,
    'Số ngày': line.days ?? null,
    'Đơn giá': line.unitPrice ?? null,
    'Thành tiền': line.amount ?? null,
    'Ghi chú': line.note,
  }));
}
