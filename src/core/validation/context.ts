/** What every rule receives: the typed plan, today, and a way to name a record's cell. */
import { a1 } from '../a1';
import type { IsoDate } from '../cells';
import { rulesText } from '../messages/rules';
import type { AnyInputTab, HeaderOf } from '../workbook/contract';
import type { PlanWorkbook } from '../workbook/model';
import { type Finding, finding } from './finding';

export interface RuleContext {
  readonly workbook: PlanWorkbook;
  /** Today in the workbook's time zone. */
  readonly today: IsoDate;
  /**
   * A1 of `header` on sheet row `row`, the header being one of the tab's own (a compile error
   * otherwise). Null when the workbook lacks that column: S002 already names it, and the finding
   * then names the tab, never a cell the rule did not mean.
   */
  cell<T extends AnyInputTab>(tab: T, header: HeaderOf<T>, row: number): string | null;
  /** How a message names that cell: its A1, or the row (`hàng 7`) when the column is missing. */
  ref<T extends AnyInputTab>(tab: T, header: HeaderOf<T>, row: number): string;
}

export type Rule = (context: RuleContext) => Finding[];

export function ruleContext(workbook: PlanWorkbook, today: IsoDate): RuleContext {
  function cell(tab: AnyInputTab, header: string, row: number): string | null {
    const column = workbook.columns[tab]?.[header];
    return column === undefined ? null : a1(row, column);
  }
  return {
    workbook,
    today,
    cell,
    ref(tab, header, row) {
      return cell(tab, header, row) ?? rulesText.row(row);
    },
  };
}

/** The Vietnamese of one finding: what is wrong, and what to do about it. */
export interface Advice {
  readonly message: string;
  readonly hint: string;
}

/** What a check found: its advice, at the row's header (or, where it says so, another of the tab's). */
export type Found<T extends AnyInputTab> = Advice & { readonly header?: HeaderOf<T> };

/**
 * One row of a rule's table: the code, the header of the cell it points at, and the check of one
 * record of tab `T` (`E` is what the rule worked out for the record: its unit, its congress...).
 * `ends row`: once this check fires, the later checks of the table do not look at the record.
 */
export type RowCheck<R, E, T extends AnyInputTab> = readonly [
  code: Finding['code'],
  header: HeaderOf<T>,
  check: (record: R, env: E, context: RuleContext) => Found<T> | null,
  endsRow?: 'ends row',
];

/** Runs the table `checks` on each record, in order, with what `envOf` works out for the record. */
export function checkRows<T extends AnyInputTab, R extends { readonly row: number }, E>(
  context: RuleContext,
  tab: T,
  records: Iterable<R>,
  envOf: (record: R) => E,
  checks: readonly RowCheck<R, E, T>[],
): Finding[] {
  const findings: Finding[] = [];
  for (const record of records) {
    const env = envOf(record);
    for (const [code, header, check, endsRow] of checks) {
      const found = check(record, env, context);
      if (!found) continue;
      findings.push(atCell(context, code, tab, found.header ?? header, record.row, found));
      if (endsRow) break;
    }
  }
  return findings;
}

/** A finding of `code` at the record's cell under `header`. */
export function atCell<T extends AnyInputTab>(
  context: RuleContext,
  code: Finding['code'],
  tab: T,
  header: HeaderOf<T>,
  row: number,
  advice: Advice,
): Finding {
  return finding(code, tab, context.cell(tab, header, row), advice.message, advice.hint);
}
