/** Rules on `Mốc thời gian`: unique codes, known units and dependencies, deadlines and completion. */
import { pushAll } from '../../arrays';
import { daysBetween, formatDateVi } from '../../dates';
import { rulesText } from '../../messages/rules';
import { TAB } from '../../workbook/contract';
import type { Milestone } from '../../workbook/model';
import { firstByKey, unitsByCode, wasUnreadable } from '../../workbook/queries';
import { atCell, checkRows, type RowCheck, type Rule } from '../context';
import { findCycles } from './graph';
import { type Candidate, guessCode } from './references';
import { duplicateCodes, unitCandidates } from './units';

interface MilestoneRow {
  readonly unitCodes: ReadonlyMap<string, unknown>;
  readonly byCode: ReadonlyMap<string, Milestone>;
  readonly owners: readonly Candidate[];
  readonly tasks: readonly Candidate[];
  /**
   * `Hạn` can be judged: it is there and `Ngày hoàn thành` is not unreadable. An unreadable or future
   * Ngày hoàn thành already has its finding (T002, M005), which says what to fix; the task still
   * counts as open in the report and the reminders (milestoneStanding).
   */
  readonly judged: boolean;
}

const MILESTONE_CHECKS: readonly RowCheck<Milestone, MilestoneRow, typeof TAB.milestones>[] = [
  [
    'R002',
    'Đơn vị chủ trì',
    ({ owner }, { unitCodes, owners }) =>
      owner && !unitCodes.has(owner)
        ? rulesText.unknownReference('Đơn vị chủ trì', owner, TAB.units, 'đơn vị', guessCode(owner, owners))
        : null,
  ],
  // One finding per cell: every unknown code of `Phụ thuộc` together.
  [
    'R002',
    'Phụ thuộc',
    ({ dependsOn }, { byCode, tasks }) => {
      const unknown = [...new Set(dependsOn)]
        .filter((dependency) => !byCode.has(dependency))
        .map((code) => ({ code, guess: guessCode(code, tasks) }));
      return unknown.length > 0
        ? rulesText.unknownReferences('Phụ thuộc', unknown, TAB.milestones, 'công việc')
        : null;
    },
  ],
  // Every dependency due after this task, together.
  [
    'M004',
    'Hạn',
    (milestone, { byCode }) => {
      const { due } = milestone;
      const later: { code: string; due: string }[] = [];
      for (const dependency of new Set(milestone.dependsOn)) {
        const other = byCode.get(dependency);
        if (other && due && other.due && due < other.due && other !== milestone)
          later.push({ code: dependency, due: formatDateVi(other.due) });
      }
      return later.length > 0
        ? rulesText.dueBeforeDependency(milestone.code, formatDateVi(due!), later)
        : null;
    },
  ],
  // Not done yet, whatever the cell says: no M003 on a date that has not come.
  [
    'M005',
    'Ngày hoàn thành',
    ({ done }, _row, { today }) =>
      done && done > today ? rulesText.finishedInFuture(formatDateVi(done), formatDateVi(today)) : null,
    'ends row',
  ],
  [
    'M003',
    'Ngày hoàn thành',
    ({ code, due, done }, { judged }) =>
      judged && done && done > due!
        ? rulesText.finishedLate(code, formatDateVi(done), formatDateVi(due!), daysBetween(due!, done))
        : null,
  ],
  [
    'M001',
    'Hạn',
    ({ code, due, done }, { judged }, { today }) =>
      judged && !done && due! < today
        ? rulesText.overdue(code, formatDateVi(due!), daysBetween(due!, today))
        : null,
  ],
  [
    'M002',
    'Hạn',
    (milestone, _row, { today, workbook }) => {
      const { code, due, done } = milestone;
      if (!due || done || due < today || wasUnreadable(milestone, 'Ngày hoàn thành')) return null;
      const daysLeft = daysBetween(today, due);
      return daysLeft <= workbook.settings.remindDays
        ? rulesText.dueSoon(code, formatDateVi(due), daysLeft)
        : null;
    },
  ],
];

export const milestoneRules: Rule = (context) => {
  const { milestones, units } = context.workbook;
  const findings = duplicateCodes(context, TAB.milestones, 'Mã công việc', milestones, (m) => m.code);
  const shared = {
    unitCodes: unitsByCode(units),
    byCode: firstByKey(milestones, (milestone) => milestone.code),
    owners: unitCandidates(units),
    tasks: milestones.map((m) => ({ code: m.code, name: m.content })),
  };
  const rowOf = (milestone: Milestone): MilestoneRow => ({
    ...shared,
    judged: Boolean(milestone.due) && !wasUnreadable(milestone, 'Ngày hoàn thành'),
  });
  pushAll(findings, checkRows(context, TAB.milestones, milestones, rowOf, MILESTONE_CHECKS));

  const edges = new Map<string, readonly string[]>();
  for (const milestone of shared.byCode.values()) edges.set(milestone.code, milestone.dependsOn);
  for (const cycle of findCycles([...shared.byCode.keys()], edges)) {
    const advice = rulesText.cycle('Phụ thuộc', cycle);
    findings.push(
      atCell(context, 'R003', TAB.milestones, 'Phụ thuộc', shared.byCode.get(cycle[0]!)!.row, advice),
    );
  }
  return findings;
};
