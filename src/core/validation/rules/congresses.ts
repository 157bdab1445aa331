/** Rules on `Đại hội`: the unit exists and has one row; delegates, days and dates are consistent. */
import { addMonths, daysBetween, formatDateVi } from '../../dates';
import { rulesText } from '../../messages/rules';
import { type CongressUnitType, defaultMaxDays, HELD_STATUSES, isBody, TAB } from '../../workbook/contract';
import type { Congress, Settings } from '../../workbook/model';
import type { Rule } from '../context';
import { type Finding, finding } from '../finding';
import { guessCode } from './references';
import { unitCandidates, unitsByCode, wasUnreadable } from './units';

export function maxDaysFor(type: CongressUnitType, settings: Settings): number {
  return settings.maxDays[type] ?? defaultMaxDays(type);
}

export const congressRules: Rule = (context) => {
  const { congresses, units, settings } = context.workbook;
  const byCode = unitsByCode(units);
  const findings: Finding[] = [];
  const push = (code: Finding['code'], header: string, row: number, t: { message: string; hint: string }) =>
    findings.push(
      finding(code, TAB.congresses, context.cell(TAB.congresses, header, row), t.message, t.hint),
    );
  const firstRow = new Map<string, number>();

  for (const congress of congresses) {
    const code = congress.unitCode;
    const unit = code ? byCode.get(code) : undefined;
    if (code && !unit)
      push(
        'R002',
        'Mã đơn vị',
        congress.row,
        rulesText.unknownReference(
          'Mã đơn vị',
          code,
          TAB.units,
          'đơn vị',
          guessCode(code, unitCandidates(units)),
        ),
      );
    if (code) {
      const earlier = firstRow.get(code);
      if (earlier !== undefined) {
        push(
          'R005',
          'Mã đơn vị',
          congress.row,
          rulesText.secondCongressRow(code, context.cell(TAB.congresses, 'Mã đơn vị', earlier)),
        );
      } else {
        firstRow.set(code, congress.row);
      }
    }

    if (unit && isBody(unit.type)) {
      // Nothing else on the row matters until it is gone: a Cơ quan holds no congress.
      push(
        'R006',
        'Mã đơn vị',
        congress.row,
        rulesText.bodyWithCongress(code, context.cell(TAB.units, 'Loại đơn vị', unit.row)),
      );
      continue;
    }

    const { members, invited, total } = congress;
    if (
      members !== undefined &&
      invited !== undefined &&
      total !== undefined &&
      total !== members + invited
    ) {
      push('D001', 'Tổng đại biểu', congress.row, rulesText.delegateSum(total, members, invited));
    }
    if (unit && members !== undefined && unit.members !== undefined && members > unit.members) {
      const unitCell = context.cell(TAB.units, 'Số thành viên', unit.row);
      push(
        'D002',
        'Thành viên dự',
        congress.row,
        rulesText.attendingAboveMembers(members, unit.members, unitCell),
      );
    }
    if (unit?.type && !isBody(unit.type) && congress.days !== undefined) {
      const limit = maxDaysFor(unit.type as CongressUnitType, settings);
      if (congress.days > limit)
        push('D003', 'Số ngày', congress.row, rulesText.tooManyDays(congress.days, limit, unit.type));
    }
    if (congress.date && congress.deadline && congress.date > congress.deadline) {
      push(
        'D004',
        'Ngày đại hội',
        congress.row,
        rulesText.congressAfterDeadline(formatDateVi(congress.date), formatDateVi(congress.deadline)),
      );
    }
    if (congress.date && unit?.termEnd) {
      const earliest = addMonths(unit.termEnd, -6);
      const latest = addMonths(unit.termEnd, 6);
      if (congress.date < earliest || congress.date > latest) {
        push(
          'D005',
          'Ngày đại hội',
          congress.row,
          rulesText.congressFarFromTermEnd(
            formatDateVi(congress.date),
            formatDateVi(unit.termEnd),
            formatDateVi(earliest),
            formatDateVi(latest),
          ),
        );
      }
    }
    if (congress.status && HELD_STATUSES.includes(congress.status)) {
      if (!congress.date) {
        // An unreadable date already has its T finding; only a truly empty one is D006.
        if (!wasUnreadable(congress, 'Ngày đại hội'))
          push('D006', 'Ngày đại hội', congress.row, rulesText.heldWithoutDate(congress.status));
      } else if (congress.date > context.today) {
        push(
          'D006',
          'Ngày đại hội',
          congress.row,
          rulesText.heldInFuture(congress.status, formatDateVi(congress.date), formatDateVi(context.today)),
        );
      }
    }
    for (const [code, header, text] of timingFindings(congress, context.today, settings))
      push(code, header, congress.row, text);
  }
  return findings;
};

/**
 * D007–D009: warnings about a congress's timing that a clerk should act on now. None fires on a
 * row whose date could not be read (its T002 comes first) or whose status says it was held.
 */
function timingFindings(
  congress: Congress,
  today: string,
  settings: Settings,
): [Finding['code'], string, { message: string; hint: string }][] {
  const { date, status, deadline } = congress;
  if (status && HELD_STATUSES.includes(status)) return [];
  if (date) {
    const daysLeft = daysBetween(today, date);
    if (daysLeft < 0)
      return status
        ? [['D008', 'Trạng thái', rulesText.passedNotHeld(formatDateVi(date), formatDateVi(today), status)]]
        : [];
    if (status === 'Chưa bắt đầu' && daysLeft <= settings.remindDays)
      return [['D007', 'Trạng thái', rulesText.notStartedSoon(formatDateVi(date), daysLeft)]];
    return [];
  }
  if (!deadline || wasUnreadable(congress, 'Ngày đại hội')) return [];
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft > settings.congressDateReminderDays) return [];
  return [
    [
      'D009',
      'Ngày đại hội',
      rulesText.noCongressDate(formatDateVi(deadline), daysLeft, settings.congressDateReminderDays),
    ],
  ];
}
