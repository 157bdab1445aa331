/** Rules on `Mốc thời gian`: unique codes, known units and dependencies, deadlines and completion. */
import { pushAll } from '../../arrays';
import { daysBetween, formatDateVi } from '../../dates';
import { rulesText } from '../../messages/rules';
import { TAB } from '../../workbook/contract';
import type { Milestone } from '../../workbook/model';
import { milestonesByCode, unitsByCode, wasUnreadable } from '../../workbook/queries';
import { atCell, checkRows, type RowCheck, type Rule } from '../context';
import { findCycles } from './graph';
import { type Candidate, guessCode } from './references';
import { duplicateCodes, unitCandidates } from './units';

// Until the report and the mail import these from the workbook queries themselves.
export { isDone, milestoneStanding } from '../../workbook/queries';

interface MilestoneRow {
  readonly unitCodes: ReadonlyMap<string, unknown>;
  readonly byCode: ReadonlyMap<string, Milestone>;
  readonly owners: readonly Candidate[];
  readonly tasks: readonly Candidate[];
}

const MILESTONE_CHECKS: readonly RowCheck<Milestone, MilestoneRow, typeof TAB.milestones>[] = [
  {
    code: 'R002',
    check: ({ owner }, { unitCodes, owners }) =>
      owner && !unitCodes.has(owner)
        ? {
            header: 'Đơn vị chủ trì',
            advice: rulesText.unknownReference(
              'Đơn vị chủ trì',
              owner,
              TAB.units,
              'đơn vị',
              guessCode(owner, owners),
            ),
          }
        : null,
  },
  {
    // One finding per cell: every unknown code of `Phụ thuộc` together.
    code: 'R002',
    check: ({ dependsOn }, { byCode, tasks }) => {
      const unknown = [...new Set(dependsOn)]
        .filter((dependency) => !byCode.has(dependency))
        .map((code) => ({ code, guess: guessCode(code, tasks) }));
      return unknown.length > 0
        ? {
            header: 'Phụ thuộc',
            advice: rulesText.unknownReferences('Phụ thuộc', unknown, TAB.milestones, 'công việc'),
          }
        : null;
    },
  },
  {
    // Every dependency due after this task, together.
    code: 'M004',
    check: (milestone, { byCode }) => {
      const { due } = milestone;
      const later: { code: string; due: string }[] = [];
      for (const dependency of new Set(milestone.dependsOn)) {
        const other = byCode.get(dependency);
        if (other && due && other.due && due < other.due && other !== milestone)
          later.push({ code: dependency, due: formatDateVi(other.due) });
      }
      return later.length > 0
        ? { header: 'Hạn', advice: rulesText.dueBeforeDependency(milestone.code, formatDateVi(due!), later) }
        : null;
    },
  },
  {
    // Not done yet, whatever the cell says: no M003 on a date that has not come.
    code: 'M005',
    endsRow: true,
    check: ({ done }, _row, { today }) =>
      done && done > today
        ? {
            header: 'Ngày hoàn thành',
            advice: rulesText.finishedInFuture(formatDateVi(done), formatDateVi(today)),
          }
        : null,
  },
  // An unreadable or future Ngày hoàn thành already has its finding (T002, M005), which says what
  // to fix; the task still counts as open in the report and the reminders (milestoneStanding).
  {
    code: 'M003',
    check: (milestone) => {
      const { code, due, done } = milestone;
      if (!due || !done || done <= due || wasUnreadable(milestone, 'Ngày hoàn thành')) return null;
      return {
        header: 'Ngày hoàn thành',
        advice: rulesText.finishedLate(code, formatDateVi(done), formatDateVi(due), daysBetween(due, done)),
      };
    },
  },
  {
    code: 'M001',
    check: (milestone, _row, { today }) => {
      const { code, due, done } = milestone;
      if (!due || done || due >= today || wasUnreadable(milestone, 'Ngày hoàn thành')) return null;
      return {
        header: 'Hạn',
        advice: rulesText.overdue(code, formatDateVi(due), daysBetween(due, today)),
      };
    },
  },
  {
    code: 'M002',
    check: (milestone, _row, { today, workbook }) => {
      const { code, due, done } = milestone;
      if (!due || done || due < today || wasUnreadable(milestone, 'Ngày hoàn thành')) return null;
      const daysLeft = daysBetween(today, due);
      return daysLeft <= workbook.settings.remindDays
        ? { header: 'Hạn', advice: rulesText.dueSoon(code, formatDateVi(due), daysLeft) }
        : null;
    },
  },
];

export const milestoneRules: Rule = (context) => {
  const { milestones, units } = context.workbook;
  const findings = duplicateCodes(context, TAB.milestones, 'Mã công việc', milestones, (m) => m.code);
  const row: MilestoneRow = {
    unitCodes: unitsByCode(units),
    byCode: milestonesByCode(milestones),
    owners: unitCandidates(units),
    tasks: milestones.map((m) => ({ code: m.code, name: m.content })),
  };
  pushAll(
    findings,
    checkRows(context, TAB.milestones, milestones, () => row, MILESTONE_CHECKS),
  );

  const edges = new Map<string, readonly string[]>();
  for (const milestone of row.byCode.values()) edges.set(milestone.code, milestone.dependsOn);
  for (const cycle of findCycles([...row.byCode.keys()], edges)) {
    const advice = rulesText.cycle('Phụ thuộc', cycle);
    findings.push(
      atCell(context, 'R003', TAB.milestones, 'Phụ thuộc', row.byCode.get(cycle[0]!)!.row, advice),
    );
  }
  return findings;
};
