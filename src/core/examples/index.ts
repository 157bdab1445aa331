/** The example plans that `daihoi init --example` and `npm start` write. */

import { suggestEstimate, suggestionRows } from '../budget/suggest';
import type { Cell, RawWorkbook } from '../cells';
import { suggestTasks, taskRows } from '../pilot/tasks';
import { ALL_INPUT_TABS, TAB } from '../workbook/contract';
import { readWorkbook } from '../workbook/read-workbook';
import { gridOf, type PlanRows } from '../workbook/template';
import { DISTRICT_2024 } from './district-2024';
import { YOUTH_2016 } from './youth-2016';

export type ExampleName = 'huyen-uy' | 'doan';

export function planToRawWorkbook(plan: PlanRows): RawWorkbook {
  return { sheets: ALL_INPUT_TABS.map((tab) => ({ name: tab, rows: gridOf(tab, plan[tab] ?? []) })) };
}

/**
 * The example with the standard tasks of each congress (Lập mốc công việc gợi ý: added after the
 * plan's own tasks, whose deadlines stay as the plan wrote them, each marked "Gợi ý" in `Ghi chú`) and,
 * for Đảng plans, a suggested estimate for every congress (the Youth Union plan has no budget section),
 * so that validation shows which categories still need a cap. Only the estimate lines whose quantity
 * the plan gives (its delegates, one per congress) are kept: the others wait for counts the plan does
 * not state, and an example never guesses them.
 */
export function examplePlan(name: ExampleName): PlanRows {
  const plan = name === 'doan' ? YOUTH_2016 : DISTRICT_2024;
  const { workbook } = readWorkbook(planToRawWorkbook(plan));
  const withTasks: PlanRows = {
    ...plan,
    [TAB.milestones]: [...(plan[TAB.milestones] ?? []), ...taskRows(suggestTasks(workbook).tasks)],
  };
  if (name === 'doan') return withTasks;
  const known = suggestEstimate(workbook).filter((line) => line.quantity !== undefined);
  const rows: Record<string, Cell>[] = suggestionRows(known);
  return { ...withTasks, [TAB.budget]: rows };
}
