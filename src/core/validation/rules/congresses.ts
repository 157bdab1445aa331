/** Rules on `Đại hội`: the unit exists and has one row; delegates, days and dates are consistent. */
import { addMonths, daysBetween, formatDateVi } from '../../dates';
import { rulesText } from '../../messages/rules';
import { type CongressUnitType, defaultMaxDays, isBody, TAB } from '../../workbook/contract';
import type { Congress, Settings, Unit } from '../../workbook/model';
import { isHeld, unitsByCode, wasUnreadable } from '../../workbook/queries';
import { checkRows, type RowCheck, type Rule } from '../context';
import { unknownUnit } from './units';

export function maxDaysFor(type: CongressUnitType, settings: Settings): number {
  return settings.maxDays[type] ?? defaultMaxDays(type);
}

interface CongressRow {
  /** The unit of `Mã đơn vị`, when it exists. */
  readonly unit: Unit | undefined;
  /** The sheet row of an earlier congress of the same unit (R005). */
  readonly earlier: number | undefined;
}

const CONGRESS_CHECKS: readonly RowCheck<Congress, CongressRow, typeof TAB.congresses>[] = [
  [
    'R002',
    'Mã đơn vị',
    ({ unitCode }, { unit }, { workbook }) =>
      unitCode && !unit ? unknownUnit('Mã đơn vị', unitCode, workbook.units) : null,
  ],
  [
    'R005',
    'Mã đơn vị',
    ({ unitCode }, { earlier }, context) =>
      earlier !== undefined
        ? rulesText.secondCongressRow(unitCode, context.ref(TAB.congresses, 'Mã đơn vị', earlier))
        : null,
  ],
  // Nothing else on the row matters until it is gone: a Cơ quan holds no congress.
  [
    'R006',
    'Mã đơn vị',
    ({ unitCode }, { unit }, context) =>
      unit && isBody(unit.type)
        ? rulesText.bodyWithCongress(unitCode, context.ref(TAB.units, 'Loại đơn vị', unit.row))
        : null,
    'ends row',
  ],
  [
    'D001',
    'Tổng đại biểu',
    ({ members, invited, total }) =>
      members !== undefined && invited !== undefined && total !== undefined && total !== members + invited
        ? rulesText.delegateSum(total, members, invited)
        : null,
  ],
  [
    'D002',
    'Thành viên dự',
    ({ members }, { unit }, context) =>
      unit && members !== undefined && unit.members !== undefined && members > unit.members
        ? rulesText.attendingAboveMembers(
            members,
            unit.members,
            context.ref(TAB.units, 'Số thành viên', unit.row),
          )
        : null,
  ],
  [
    'D003',
    'Số ngày',
    ({ days }, { unit }, { workbook }) => {
      if (!unit?.type || isBody(unit.type) || days === undefined) return null;
      const limit = maxDaysFor(unit.type as CongressUnitType, workbook.settings);
      return days > limit ? rulesText.tooManyDays(days, limit, unit.type) : null;
    },
  ],
  [
    'D004',
    'Ngày đại hội',
    ({ date, deadline }) =>
      date && deadline && date > deadline
        ? rulesText.congressAfterDeadline(formatDateVi(date), formatDateVi(deadline))
        : null,
  ],
  [
    'D005',
    'Ngày đại hội',
    ({ date }, { unit }) => {
      if (!date || !unit?.termEnd) return null;
      const earliest = addMonths(unit.termEnd, -6);
      const latest = addMonths(unit.termEnd, 6);
      if (date >= earliest && date <= latest) return null;
      return rulesText.congressFarFromTermEnd(
        formatDateVi(date),
        formatDateVi(unit.termEnd),
        formatDateVi(earliest),
        formatDateVi(latest),
      );
    },
  ],
  [
    'D006',
    'Ngày đại hội',
    (congress, _row, { today }) => {
      const { date, status } = congress;
      if (!status || !isHeld(congress)) return null;
      // An unreadable date already has its T finding; only a truly empty one is D006.
      if (!date) return wasUnreadable(congress, 'Ngày đại hội') ? null : rulesText.heldWithoutDate(status);
      return date > today ? rulesText.heldInFuture(status, formatDateVi(date), formatDateVi(today)) : null;
    },
  ],
  // D007–D009: warnings about a congress's timing that a clerk should act on now. None fires on a
  // row whose date could not be read (its T002 comes first) or whose status says it was held.
  [
    'D008',
    'Trạng thái',
    (congress, _row, { today }) => {
      const { date, status } = congress;
      if (!date || !status || isHeld(congress) || date >= today) return null;
      return rulesText.passedNotHeld(formatDateVi(date), formatDateVi(today), status);
    },
  ],
  [
    'D007',
    'Trạng thái',
    ({ date, status }, _row, { today, workbook }) => {
      if (status !== 'Chưa bắt đầu' || !date || date < today) return null;
      const daysLeft = daysBetween(today, date);
      return daysLeft <= workbook.settings.remindDays
        ? rulesText.notStartedSoon(formatDateVi(date), daysLeft)
        : null;
    },
  ],
  [
    'D009',
    'Ngày đại hội',
    (congress, _row, { today, workbook }) => {
      const { date, deadline } = congress;
      if (date || !deadline || isHeld(congress) || wasUnreadable(congress, 'Ngày đại hội')) return null;
      const daysLeft = daysBetween(today, deadline);
      const { congressDateReminderDays } = workbook.settings;
      if (daysLeft > congressDateReminderDays) return null;
      return rulesText.noCongressDate(formatDateVi(deadline), daysLeft, congressDateReminderDays);
    },
  ],
];

export const congressRules: Rule = (context) => {
  const { congresses, units } = context.workbook;
  const byCode = unitsByCode(units);
  const firstRow = new Map<string, number>();
  const rowOf = (congress: Congress): CongressRow => {
    // An empty code is in neither map: no unit, no earlier row.
    const code = congress.unitCode;
    const earlier = firstRow.get(code);
    if (code && earlier === undefined) firstRow.set(code, congress.row);
    return { unit: byCode.get(code), earlier };
  };
  return checkRows(context, TAB.congresses, congresses, rowOf, CONGRESS_CHECKS);
};
