/** Costs every budget line and totals them per unit, up the unit tree, per category and for the plan. */
import { boundedProductInDong, productInDong, toDong } from '../money';
import { matchKey } from '../text';
import type { UnitType } from '../workbook/contract';
import type { BudgetLine, Norm, PlanWorkbook, Unit } from '../workbook/model';
import { unitsByCode } from '../workbook/queries';
import type { BudgetSummary, CostedLine } from './types';

/** `người/ngày`, `đồng/người/ngày`: amount = quantity × days × unit price. */
export function isPerDay(unitOfMeasure: string): boolean {
  return /\/\s*ngày$/.test(matchKey(unitOfMeasure));
}

/** Quantity counts people (`người`, `người/ngày`, `người/buổi`): capped by the congress's delegates. */
export function isPerPerson(unitOfMeasure: string): boolean {
  return /^(đồng\s*\/\s*)?người\b/.test(matchKey(unitOfMeasure));
}

export function normApplies(norm: Norm, type: UnitType | undefined): boolean {
  if (norm.appliesTo === 'all') return true;
  return type !== undefined && norm.appliesTo.includes(type);
}

/** The norm of a category code for a unit level: the first row of that code whose `Áp dụng cho` covers it. */
export function findNorm(norms: readonly Norm[], code: string, type: UnitType | undefined): Norm | undefined {
  const candidates = norms.filter((norm) => norm.code === code);
  return candidates.find((norm) => normApplies(norm, type)) ?? candidates[0];
}

export function costLine(line: BudgetLine, norm: Norm | undefined, unit: Unit | undefined): CostedLine {
  const perDay = norm ? isPerDay(norm.unitOfMeasure) : false;
  const perPerson = norm ? isPerPerson(norm.unitOfMeasure) : false;
  const { quantity, unitPrice } = line;
  let computed: number | undefined;
  let tooLarge: string | undefined;
  if (quantity !== undefined && unitPrice !== undefined && norm) {
    const factors = perDay
      ? line.days !== undefined
        ? [quantity, line.days, unitPrice]
        : null
      : [quantity, unitPrice];
    const product = factors ? boundedProductInDong(...factors) : null;
    if (product && 'dong' in product) computed = product.dong;
    else if (product) tooLarge = product.tooLarge;
  }
  // A product too large to be money counts for nothing (validation says why), whatever Thành tiền says.
  const amount =
    tooLarge !== undefined ? 0 : (computed ?? (line.amount !== undefined ? toDong(line.amount) : 0));
  const applies = norm !== undefined && normApplies(norm, unit?.type);
  const cap = applies ? norm.cap : undefined;
  let excess = 0;
  if (
    tooLarge === undefined &&
    cap !== undefined &&
    unitPrice !== undefined &&
    unitPrice > cap &&
    quantity !== undefined
  ) {
    excess = perDay
      ? line.days !== undefined
        ? productInDong(quantity, line.days, unitPrice - cap)
        : 0
      : productInDong(quantity, unitPrice - cap);
  }
  return {
    line,
    ...(norm ? { norm } : {}),
    ...(unit?.type ? { unitType: unit.type } : {}),
    perDay,
    perPerson,
    ...(computed !== undefined ? { computed } : {}),
    ...(tooLarge !== undefined ? { tooLarge } : {}),
    amount,
    ...(cap !== undefined ? { cap } : {}),
    excess,
  };
}

function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/**
 * Each code's own amount plus the amounts of every code whose chain of parents passes through it:
 * what climbing from each amount to the root adds, with a cycle ending the climb. Linear however
 * deep the tree: codes are settled leaves first, each handing its total to its parent once; codes
 * left over sit on a cycle, where every member is reached from all the others, so each member gets
 * the whole cycle's total. Codes no amount reaches get no entry.
 */
export function rollUp(
  own: ReadonlyMap<string, number>,
  parentOf: (code: string) => string | undefined,
): Map<string, number> {
  // Every code some amount climbs through, each walked once.
  const totals = new Map<string, number>();
  for (const code of own.keys()) {
    let current: string | undefined = code;
    while (current !== undefined && !totals.has(current)) {
      totals.set(current, own.get(current) ?? 0);
      current = parentOf(current);
    }
  }
  const waitingChildren = new Map<string, number>();
  for (const code of totals.keys()) {
    const parent = parentOf(code);
    if (parent !== undefined) waitingChildren.set(parent, (waitingChildren.get(parent) ?? 0) + 1);
  }
  const ready: string[] = [];
  for (const code of totals.keys()) if (!waitingChildren.has(code)) ready.push(code);
  const settled = new Set<string>();
  while (ready.length > 0) {
    const code = ready.pop()!;
    settled.add(code);
    const parent = parentOf(code);
    if (parent === undefined) continue;
    totals.set(parent, totals.get(parent)! + totals.get(code)!);
    const left = waitingChildren.get(parent)! - 1;
    waitingChildren.set(parent, left);
    if (left === 0) ready.push(parent);
  }
  for (const code of totals.keys()) {
    if (settled.has(code)) continue;
    const members: string[] = [];
    let sum = 0;
    for (let member = code; !settled.has(member); member = parentOf(member)!) {
      settled.add(member);
      members.push(member);
      sum += totals.get(member)!;
    }
    for (const member of members) totals.set(member, sum);
  }
  return totals;
}

export function computeBudget(workbook: PlanWorkbook): BudgetSummary {
  const units = unitsByCode(workbook.units);

  const lines = workbook.budgetLines.map((line) => {
    const unit = units.get(line.unitCode);
    return costLine(line, findNorm(workbook.norms, line.category, unit?.type), unit);
  });

  const byUnit = new Map<string, number>();
  const byCategory = new Map<string, number>();
  let total = 0;
  for (const costed of lines) {
    if (costed.line.unitCode) add(byUnit, costed.line.unitCode, costed.amount);
    if (costed.line.category) add(byCategory, costed.line.category, costed.amount);
    total += costed.amount;
  }

  const byUnitRollup = rollUp(byUnit, (code) => units.get(code)?.parent || undefined);

  const { retainedDues, otherFunding } = workbook.settings;
  const funding =
    retainedDues !== undefined || otherFunding !== undefined
      ? {
          estimate: total,
          retainedDues: toDong(retainedDues ?? 0),
          otherFunding: toDong(otherFunding ?? 0),
          request: Math.max(0, total - toDong(retainedDues ?? 0) - toDong(otherFunding ?? 0)),
        }
      : undefined;

  return {
    lines,
    byUnit,
    byUnitRollup,
    byCategory,
    total,
    overCap: lines.filter((costed) => costed.excess > 0),
    uncapped: lines.filter((costed) => costed.norm !== undefined && costed.cap === undefined),
    ...(funding ? { funding } : {}),
  };
}
