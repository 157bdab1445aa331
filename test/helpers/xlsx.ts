/** Writes the test plans as real .xlsx files through the CLI's own writer. */

import { planWorkbook, saveWorkbook } from '../../src/cli/xlsx/write';
import { INPUT_TABS, type InputTab, type PlanRows } from '../../src/core';
import type { RawWorkbook } from '../../src/core/cells';
import type { PlanTabs } from './workbook-builder';

export async function writePlan(file: string, tabs: PlanTabs): Promise<void> {
  const plan: PlanRows = Object.fromEntries(INPUT_TABS.map((tab: InputTab) => [tab, tabs[tab]]));
  await saveWorkbook(planWorkbook(plan), file);
}

export type { RawWorkbook };
