/** Rules on `Đơn vị`: unique codes, parents that exist, no cycles, parents of the right type. */
import { pushAll } from '../../arrays';
import { rulesText } from '../../messages/rules';
import { type AnyInputTab, type HeaderOf, TAB, type UnitType } from '../../workbook/contract';
import type { Unit } from '../../workbook/model';
import { unitsByCode } from '../../workbook/queries';
import { type Advice, atCell, checkRows, type RowCheck, type Rule, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { findCycles } from './graph';
import { type Candidate, guessCode } from './references';

const ALLOWED_PARENTS: Partial<Record<UnitType, readonly UnitType[]>> = {
  'Chi bộ trực thuộc': ['Đảng bộ cơ sở', 'Đảng bộ bộ phận'],
  'Chi đoàn': ['Đoàn cơ sở'],
};

/**
 * R001 for a code column: every repeat after the first, pointing back to the first. `text` words it
 * (by default: the code of `header` is repeated).
 */
export function duplicateCodes<T extends AnyInputTab, R extends { readonly row: number }>(
  context: RuleContext,
  tab: T,
  header: HeaderOf<T>,
  records: readonly R[],
  keyOf: (record: R) => string,
  text: (key: string, firstCell: string) => Advice = (key, cell) =>
    rulesText.duplicateCode(header, key, cell),
): Finding[] {
  const first = new Map<string, R>();
  const findings: Finding[] = [];
  for (const record of records) {
    const key = keyOf(record);
    if (!key) continue;
    const earlier = first.get(key);
    if (earlier) {
      const advice = text(key, context.ref(tab, header, earlier.row));
      findings.push(atCell(context, 'R001', tab, header, record.row, advice));
    } else {
      first.set(key, record);
    }
  }
  return findings;
}

/** Units as guesses for a unit code typed wrongly (its name, its code in another case...). */
export function unitCandidates(units: readonly Unit[]): Candidate[] {
  return units.map((unit) => ({ code: unit.code, name: unit.name }));
}

/** R002's advice for a unit code under `header` that names no unit of `units`, with a guess. */
export function unknownUnit(header: string, code: string, units: readonly Unit[]): Advice {
  return rulesText.unknownReference(
    header,
    code,
    TAB.units,
    'đơn vị',
    guessCode(code, unitCandidates(units)),
  );
}

interface UnitRow {
  /** The unit named in `Đơn vị cấp trên`, when the tab has it. */
  readonly parent: Unit | undefined;
  readonly units: readonly Unit[];
}

const UNIT_CHECKS: readonly RowCheck<Unit, UnitRow, typeof TAB.units>[] = [
  [
    'R002',
    'Đơn vị cấp trên',
    (unit, { parent, units }) =>
      unit.parent && !parent ? unknownUnit('Đơn vị cấp trên', unit.parent, units) : null,
    'ends row',
  ],
  [
    'R004',
    'Đơn vị cấp trên',
    (unit, { parent }) => {
      const allowed = unit.type ? ALLOWED_PARENTS[unit.type] : undefined;
      if (!unit.parent || !allowed || !parent?.type || allowed.includes(parent.type)) return null;
      return rulesText.wrongParentType(unit.type!, parent.code, parent.type, allowed);
    },
  ],
];

export const unitRules: Rule = (context) => {
  const { units } = context.workbook;
  const findings = duplicateCodes(context, TAB.units, 'Mã đơn vị', units, (unit) => unit.code);
  const byCode = unitsByCode(units);
  pushAll(
    findings,
    checkRows(
      context,
      TAB.units,
      units,
      (unit) => ({ parent: unit.parent ? byCode.get(unit.parent) : undefined, units }),
      UNIT_CHECKS,
    ),
  );

  const edges = new Map<string, string[]>();
  for (const unit of byCode.values())
    edges.set(unit.code, unit.parent && unit.parent !== '' ? [unit.parent] : []);
  for (const cycle of findCycles([...byCode.keys()], edges)) {
    const advice = rulesText.cycle('Đơn vị cấp trên', cycle);
    findings.push(atCell(context, 'R003', TAB.units, 'Đơn vị cấp trên', byCode.get(cycle[0]!)!.row, advice));
  }
  return findings;
};
