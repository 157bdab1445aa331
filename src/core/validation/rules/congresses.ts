/** Rules on `Đại hội`: the unit exists and has one row; delegates, days and dates are consistent. */
import { addMonths, daysBetween, formatDateVi } from '../../dates';
import { rulesText } from '../../messages/rules';
import { type CongressUnitType, defaultMaxDays, HELD_STATUSES, isBody, TAB } from '../../workbook/contract';
import type { Congress, Settings, Unit } from '../../workbook/model';
import { unitsByCode, wasUnreadable } from '../../workbook/queries';
import { checkRows, type RowCheck, type Rule } from '../context';
import { guessCode } from './references';
import { unitCandidates } from './units';

export function maxDaysFor(type: CongressUnitType, settings: Settings): number {
  return settings.maxDays[type] ?? defaultMaxDays(type);
}

interface CongressRow {
  /** The unit of `Mã đơn vị`, when it exists. */
  readonly unit: Unit | undefined;
  /** The sheet row of an earlier congress of the same unit (R005). */
  readonly earlier: number | undefined;
}

function isHeld(congress: Congress): boolean {
  return congress.status !== undefined && HELD_STATUSES.includes(congress.status);
}

/** Days from today to the congress date: negative once it has passed. */
function daysToCongress(congress: Congress, today: string): number | undefined {
  return congress.date ? daysBetween(today, congress.date) : undefined;
}

const CONGRESS_CHECKS: readonly RowCheck<Congress, CongressRow, typeof TAB.congresses>[] = [
  {
    code: 'R002',
    check: ({ unitCode }, { unit }, { workbook }) =>
      unitCode && !unit
        ? {
            header: 'Mã đơn vị',
            advice: rulesText.unknownReference(
              'Mã đơn vị',
              unitCode,
              TAB.units,
              'đơn vị',
              guessCode(unitCode, unitCandidates(workbook.units)),
            ),
          }
        : null,
  },
  {
    code: 'R005',
    check: ({ unitCode }, { earlier }, context) =>
      earlier !== undefined
        ? {
            header: 'Mã đơn vị',
            advice: rulesText.secondCongressRow(unitCode, context.cell(TAB.congresses, 'Mã đơn vị', earlier)),
          }
        : null,
  },
  {
    // Nothing else on the row matters until it is gone: a Cơ quan holds no congress.
    code: 'R006',
    endsRow: true,
    check: ({ unitCode }, { unit }, context) =>
      unit && isBody(unit.type)
        ? {
            header: 'Mã đơn vị',
            advice: rulesText.bodyWithCongress(unitCode, context.cell(TAB.units, 'Loại đơn vị', unit.row)),
          }
        : null,
  },
  {
    code: 'D001',
    check: ({ members, invited, total }) =>
      members !== undefined && invited !== undefined && total !== undefined && total !== members + invited
        ? { header: 'Tổng đại biểu', advice: rulesText.delegateSum(total, members, invited) }
        : null,
  },
  {
    code: 'D002',
    check: ({ members }, { unit }, context) =>
      unit && members !== undefined && unit.members !== undefined && members > unit.members
        ? {
            header: 'Thành viên dự',
            advice: rulesText.attendingAboveMembers(
              members,
              unit.members,
              context.cell(TAB.units, 'Số thành viên', unit.row),
            ),
          }
        : null,
  },
  {
    code: 'D003',
    check: ({ days }, { unit }, { workbook }) => {
      if (!unit?.type || isBody(unit.type) || days === undefined) return null;
      const limit = maxDaysFor(unit.type as CongressUnitType, workbook.settings);
      return days > limit
        ? { header: 'Số ngày', advice: rulesText.tooManyDays(days, limit, unit.type) }
        : null;
    },
  },
  {
    code: 'D004',
    check: ({ date, deadline }) =>
      date && deadline && date > deadline
        ? {
            header: 'Ngày đại hội',
            advice: rulesText.congressAfterDeadline(formatDateVi(date), formatDateVi(deadline)),
          }
        : null,
  },
  {
    code: 'D005',
    check: ({ date }, { unit }) => {
      if (!date || !unit?.termEnd) return null;
      const earliest = addMonths(unit.termEnd, -6);
      const latest = addMonths(unit.termEnd, 6);
      if (date >= earliest && date <= latest) return null;
      return {
        header: 'Ngày đại hội',
        advice: rulesText.congressFarFromTermEnd(
          formatDateVi(date),
          formatDateVi(unit.termEnd),
          formatDateVi(earliest),
          formatDateVi(latest),
        ),
      };
    },
  },
  {
    code: 'D006',
    check: (congress, _row, { today }) => {
      const { date, status } = congress;
      if (!status || !isHeld(congress)) return null;
      // An unreadable date already has its T finding; only a truly empty one is D006.
      if (!date)
        return wasUnreadable(congress, 'Ngày đại hội')
          ? null
          : { header: 'Ngày đại hội', advice: rulesText.heldWithoutDate(status) };
      return date > today
        ? {
            header: 'Ngày đại hội',
            advice: rulesText.heldInFuture(status, formatDateVi(date), formatDateVi(today)),
          }
        : null;
    },
  },
  // D007–D009: warnings about a congress's timing that a clerk should act on now. None fires on a
  // row whose date could not be read (its T002 comes first) or whose status says it was held.
  {
    code: 'D008',
    check: (congress, _row, { today }) => {
      const { date, status } = congress;
      const daysLeft = daysToCongress(congress, today);
      if (!date || !status || isHeld(congress) || daysLeft === undefined || daysLeft >= 0) return null;
      return {
        header: 'Trạng thái',
        advice: rulesText.passedNotHeld(formatDateVi(date), formatDateVi(today), status),
      };
    },
  },
  {
    code: 'D007',
    check: (congress, _row, { today, workbook }) => {
      const daysLeft = daysToCongress(congress, today);
      if (congress.status !== 'Chưa bắt đầu' || daysLeft === undefined) return null;
      if (daysLeft < 0 || daysLeft > workbook.settings.remindDays) return null;
      return {
        header: 'Trạng thái',
        advice: rulesText.notStartedSoon(formatDateVi(congress.date!), daysLeft),
      };
    },
  },
  {
    code: 'D009',
    check: (congress, _row, { today, workbook }) => {
      const { date, deadline } = congress;
      if (date || !deadline || isHeld(congress) || wasUnreadable(congress, 'Ngày đại hội')) return null;
      const daysLeft = daysBetween(today, deadline);
      const { congressDateReminderDays } = workbook.settings;
      if (daysLeft > congressDateReminderDays) return null;
      return {
        header: 'Ngày đại hội',
        advice: rulesText.noCongressDate(formatDateVi(deadline), daysLeft, congressDateReminderDays),
      };
    },
  },
];

export const congressRules: Rule = (context) => {
  const { congresses, units } = context.workbook;
  const byCode = unitsByCode(units);
  const firstRow = new Map<string, number>();
  const rowOf = (congress: Congress): CongressRow => {
    const code = congress.unitCode;
    const earlier = code ? firstRow.get(code) : undefined;
    if (code && earlier === undefined) firstRow.set(code, congress.row);
    return { unit: code ? byCode.get(code) : undefined, earlier };
  };
  return checkRows(context, TAB.congresses, congresses, rowOf, CONGRESS_CHECKS);
};
