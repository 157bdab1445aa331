/** The example plans that `daihoi init --example` and `npm start` write. */

import { suggestEstimate, suggestionRows } from '../budget/suggest';
import type { Cell, RawWorkbook } from '../cells';
import { INPUT_TABS, TAB } from '../workbook/contract';
import { readWorkbook } from '../workbook/read-workbook';
import { gridOf, type PlanRows } from '../workbook/template';
import { DISTRICT_2024 } from './district-2024';
import { YOUTH_2016 } from './youth-2016';

export type ExampleName = 'huyen-uy' | 'doan';

export function planToRawWorkbook(plan: PlanRows): RawWorkbook {
  return { sheets: INPUT_TABS.map((tab) => ({ name: tab, rows: gridOf(tab, plan[tab] ?? []) })) };
}

/**
 * The example with a suggested estimate for every congress (Đảng plans only: the Youth Union plan has
 * no budget section), so that validation shows which categories still need a cap. Only the lines
 * whose quantity the plan gives (its delegates, one per congress) are kept: the others wait for
 * counts the plan does not state, and an example never guesses them.
 */
export function examplePlan(name: ExampleName): PlanRows {
  const plan = name === 'doan' ? YOUTH_2016 : DISTRICT_2024;
  if (name === 'doan') return plan;
  const { workbook } = readWorkbook(planToRawWorkbook(plan));
  const known = suggestEstimate(workbook).filter((line) => line.quantity !== undefined);
  const rows: Record<string, Cell>[] = suggestionRows(known);
  return { ...plan, [TAB.budget]: rows };
}
