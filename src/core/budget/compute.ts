/** Costs every budget line and totals them per unit, up the unit tree, per category and for the plan. */
import { productInDong, toDong } from '../money';
import { matchKey } from '../text';
import type { UnitType } from '../workbook/contract';
import type { BudgetLine, Norm, PlanWorkbook, Unit } from '../workbook/model';
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
  if (quantity !== undefined && unitPrice !== undefined && norm) {
    if (!perDay) computed = productInDong(quantity, unitPrice);
    else if (line.days !== undefined) computed = productInDong(quantity, line.days, unitPrice);
  }
  const amount = computed ?? (line.amount !== undefined ? toDong(line.amount) : 0);
  const applies = norm !== undefined && normApplies(norm, unit?.type);
  const cap = applies ? norm.cap : undefined;
  let excess = 0;
  if (cap !== undefined && unitPrice !== undefined && unitPrice > cap && quantity !== undefined) {
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
    amount,
    ...(cap !== undefined ? { cap } : {}),
    excess,
  };
}

function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

export function computeBudget(workbook: PlanWorkbook): BudgetSummary {
  const units = new Map<string, Unit>();
  for (const unit of workbook.units) if (unit.code && !units.has(unit.code)) units.set(unit.code, unit);

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

  // Each unit's own amount is added to it and to every ancestor once; a cycle stops the climb.
  const byUnitRollup = new Map<string, number>();
  for (const [code, amount] of byUnit) {
    const visited = new Set<string>();
    let current: string | undefined = code;
    while (current && !visited.has(current)) {
      visited.add(current);
      add(byUnitRollup, current, amount);
      current = units.get(current)?.parent;
    }
  }

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
