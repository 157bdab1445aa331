/** Rules on `Mốc thời gian`: unique codes, known units and dependencies, deadlines and completion. */
import { daysBetween, formatDateVi } from '../../dates';
import { rulesText } from '../../messages/rules';
import { TAB } from '../../workbook/contract';
import type { Milestone } from '../../workbook/model';
import type { Rule } from '../context';
import { type Finding, finding } from '../finding';
import { findCycles } from './graph';
import { guessCode } from './references';
import { duplicateCodes, unitCandidates, unitsByCode, wasUnreadable } from './units';

export const milestoneRules: Rule = (context) => {
  const { milestones, units, settings } = context.workbook;
  const { today } = context;
  const findings = duplicateCodes(
    context,
    TAB.milestones,
    'Mã công việc',
    milestones,
    (m) => m.code,
    (code, cell) => rulesText.duplicateCode('Mã công việc', code, cell),
  );
  const push = (code: Finding['code'], header: string, row: number, t: { message: string; hint: string }) =>
    findings.push(
      finding(code, TAB.milestones, context.cell(TAB.milestones, header, row), t.message, t.hint),
    );
  const unitCodes = unitsByCode(units);
  const byCode = new Map<string, Milestone>();
  for (const milestone of milestones)
    if (milestone.code && !byCode.has(milestone.code)) byCode.set(milestone.code, milestone);

  const owners = unitCandidates(units);
  const tasks = milestones.map((m) => ({ code: m.code, name: m.content }));
  for (const milestone of milestones) {
    if (milestone.owner && !unitCodes.has(milestone.owner)) {
      push(
        'R002',
        'Đơn vị chủ trì',
        milestone.row,
        rulesText.unknownReference(
          'Đơn vị chủ trì',
          milestone.owner,
          TAB.units,
          'đơn vị',
          guessCode(milestone.owner, owners),
        ),
      );
    }
    // One finding per cell: every unknown code of `Phụ thuộc` together, every later dependency together.
    const unknown: { code: string; guess: ReturnType<typeof guessCode> }[] = [];
    const later: { code: string; due: string }[] = [];
    for (const dependency of new Set(milestone.dependsOn)) {
      const other = byCode.get(dependency);
      if (!other) unknown.push({ code: dependency, guess: guessCode(dependency, tasks) });
      else if (milestone.due && other.due && milestone.due < other.due && other !== milestone)
        later.push({ code: dependency, due: formatDateVi(other.due) });
    }
    if (unknown.length > 0)
      push(
        'R002',
        'Phụ thuộc',
        milestone.row,
        rulesText.unknownReferences('Phụ thuộc', unknown, TAB.milestones, 'công việc'),
      );
    if (later.length > 0)
      push(
        'M004',
        'Hạn',
        milestone.row,
        rulesText.dueBeforeDependency(milestone.code, formatDateVi(milestone.due!), later),
      );
    const { due, done } = milestone;
    if (done && done > today) {
      // Not done yet, whatever the cell says: no M003 on a date that has not come.
      push(
        'M005',
        'Ngày hoàn thành',
        milestone.row,
        rulesText.finishedInFuture(formatDateVi(done), formatDateVi(today)),
      );
      continue;
    }
    // An unreadable or future Ngày hoàn thành already has its finding (T002, M005), which says what
    // to fix; the task still counts as open in the report and the reminders (milestoneStanding).
    if (!due || wasUnreadable(milestone, 'Ngày hoàn thành')) continue;
    if (done) {
      if (done > due) {
        push(
          'M003',
          'Ngày hoàn thành',
          milestone.row,
          rulesText.finishedLate(
            milestone.code,
            formatDateVi(done),
            formatDateVi(due),
            daysBetween(due, done),
          ),
        );
      }
    } else if (due < today) {
      push(
        'M001',
        'Hạn',
        milestone.row,
        rulesText.overdue(milestone.code, formatDateVi(due), daysBetween(due, today)),
      );
    } else if (daysBetween(today, due) <= settings.remindDays) {
      push(
        'M002',
        'Hạn',
        milestone.row,
        rulesText.dueSoon(milestone.code, formatDateVi(due), daysBetween(today, due)),
      );
    }
  }

  const edges = new Map<string, readonly string[]>();
  for (const milestone of byCode.values()) edges.set(milestone.code, milestone.dependsOn);
  for (const cycle of findCycles([...byCode.keys()], edges)) {
    const t = rulesText.cycle('Phụ thuộc', cycle);
    push('R003', 'Phụ thuộc', byCode.get(cycle[0]!)!.row, t);
  }
  return findings;
};

/**
 * Done means a readable `Ngày hoàn thành` not after today. An unreadable cell (T002) or a date still
 * to come (M005) leaves the task open: a typing slip must never hide an overdue task.
 */
export function isDone(milestone: Milestone, today: string): boolean {
  return milestone.done !== undefined && milestone.done <= today;
}

/** Overdue (past due, not done) and due-soon (within `Nhắc trước`) milestones, as the report and reminders see them. */
export function milestoneStanding(
  milestone: Milestone,
  today: string,
  remindDays: number,
): 'overdue' | 'dueSoon' | null {
  if (!milestone.due || isDone(milestone, today)) return null;
  if (milestone.due < today) return 'overdue';
  return daysBetween(today, milestone.due) <= remindDays ? 'dueSoon' : null;
}
