/** Rules on `Đơn vị`: unique codes, parents that exist, no cycles, parents of the right type. */
import { rulesText } from '../../messages/rules';
import { TAB, type UnitType } from '../../workbook/contract';
import type { Unit } from '../../workbook/model';
import type { Rule, RuleContext } from '../context';
import { type Finding, finding } from '../finding';
import { findCycles } from './graph';
import { type Candidate, guessCode } from './references';

const ALLOWED_PARENTS: Partial<Record<UnitType, readonly UnitType[]>> = {
  'Chi bộ trực thuộc': ['Đảng bộ cơ sở', 'Đảng bộ bộ phận'],
  'Chi đoàn': ['Đoàn cơ sở'],
};

/** The record's cell under `header` held something unreadable (its T finding is already out). */
export function wasUnreadable(record: { readonly unreadable?: readonly string[] }, header: string): boolean {
  return record.unreadable?.includes(header) ?? false;
}

/** The first row of each code, for lookups; later duplicates are R001. */
export function unitsByCode(units: readonly Unit[]): Map<string, Unit> {
  const byCode = new Map<string, Unit>();
  for (const unit of units) if (unit.code && !byCode.has(unit.code)) byCode.set(unit.code, unit);
  return byCode;
}

/** R001 for a code column: every repeat after the first, pointing back to the first. */
export function duplicateCodes<T extends { row: number }>(
  context: RuleContext,
  tab: Parameters<RuleContext['cell']>[0],
  header: string,
  records: readonly T[],
  keyOf: (record: T) => string,
  text: (key: string, firstCell: string) => { message: string; hint: string },
): Finding[] {
  const first = new Map<string, T>();
  const findings: Finding[] = [];
  for (const record of records) {
    const key = keyOf(record);
    if (!key) continue;
    const earlier = first.get(key);
    if (earlier) {
      const t = text(key, context.cell(tab, header, earlier.row));
      findings.push(finding('R001', tab, context.cell(tab, header, record.row), t.message, t.hint));
    } else {
      first.set(key, record);
    }
  }
  return findings;
}

export const unitRules: Rule = (context) => {
  const { units } = context.workbook;
  const findings = duplicateCodes(
    context,
    TAB.units,
    'Mã đơn vị',
    units,
    (unit) => unit.code,
    (code, cell) => rulesText.duplicateCode('Mã đơn vị', code, cell),
  );
  const byCode = unitsByCode(units);
  const cellOf = (unit: Unit) => context.cell(TAB.units, 'Đơn vị cấp trên', unit.row);

  for (const unit of units) {
    if (!unit.parent) continue;
    const parent = byCode.get(unit.parent);
    if (!parent) {
      const t = rulesText.unknownReference(
        'Đơn vị cấp trên',
        unit.parent,
        TAB.units,
        'đơn vị',
        guessCode(unit.parent, unitCandidates(units)),
      );
      findings.push(finding('R002', TAB.units, cellOf(unit), t.message, t.hint));
      continue;
    }
    const allowed = unit.type ? ALLOWED_PARENTS[unit.type] : undefined;
    if (allowed && parent.type && !allowed.includes(parent.type)) {
      const t = rulesText.wrongParentType(unit.type!, parent.code, parent.type, allowed);
      findings.push(finding('R004', TAB.units, cellOf(unit), t.message, t.hint));
    }
  }

  const edges = new Map<string, string[]>();
  for (const unit of byCode.values())
    edges.set(unit.code, unit.parent && unit.parent !== '' ? [unit.parent] : []);
  for (const cycle of findCycles([...byCode.keys()], edges)) {
    const t = rulesText.cycle('Đơn vị cấp trên', cycle);
    findings.push(finding('R003', TAB.units, cellOf(byCode.get(cycle[0]!)!), t.message, t.hint));
  }
  return findings;
};

/** Units as guesses for a unit code typed wrongly (its name, its code in another case...). */
export function unitCandidates(units: readonly Unit[]): Candidate[] {
  return units.map((unit) => ({ code: unit.code, name: unit.name }));
}

/** The codes of the units directly under each code (`Đơn vị cấp trên`). */
export function childrenByCode(units: readonly Unit[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.code || !unit.parent) continue;
    const list = children.get(unit.parent);
    if (list) list.push(unit.code);
    else children.set(unit.parent, [unit.code]);
  }
  return children;
}

/**
 * Codes of `root` and every unit under it (cycle-safe). Pass `children` when asking for many roots
 * of one workbook: each call then costs the subtree, not the whole tab.
 */
export function subtreeCodes(
  units: readonly Unit[],
  root: string,
  children: ReadonlyMap<string, readonly string[]> = childrenByCode(units),
): Set<string> {
  const result = new Set<string>([root]);
  const queue = [root];
  while (queue.length > 0) {
    const code = queue.pop()!;
    for (const child of children.get(code) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        queue.push(child);
      }
    }
  }
  return result;
}
