/** What every rule receives: the typed plan, today, and a way to name a record's cell. */
import { a1 } from '../a1';
import type { IsoDate } from '../cells';
import type { AnyInputTab } from '../workbook/contract';
import type { PlanWorkbook } from '../workbook/model';
import type { Finding } from './finding';

export interface RuleContext {
  readonly workbook: PlanWorkbook;
  /** Today in the workbook's time zone. */
  readonly today: IsoDate;
  /** A1 of `header` on sheet row `row`; falls back to the row's first column when the column is missing. */
  cell(tab: AnyInputTab, header: string, row: number): string;
}

export type Rule = (context: RuleContext) => Finding[];

export function ruleContext(workbook: PlanWorkbook, today: IsoDate): RuleContext {
  return {
    workbook,
    today,
    cell(tab, header, row) {
      const column = workbook.columns[tab]?.[header];
      return a1(row, column ?? 1);
    },
  };
}
