/** What every rule receives: the typed plan, today, and a way to name a record's cell. */
import { a1 } from '../a1';
import type { IsoDate } from '../cells';
import type { AnyInputTab, HeaderOf } from '../workbook/contract';
import type { PlanWorkbook } from '../workbook/model';
import { type Finding, finding } from './finding';

export interface RuleContext {
  readonly workbook: PlanWorkbook;
  /** Today in the workbook's time zone. */
  readonly today: IsoDate;
  /**
   * A1 of `header` on sheet row `row`. The header must be one of the tab's own (a compile error
   * otherwise); a column the workbook lacks (already S002) points at the row's first cell.
   */
  cell<T extends AnyInputTab>(tab: T, header: HeaderOf<T>, row: number): string;
  /** Untyped, only until the budget rules name their headers by type (issue 14 lands first). */
  cell(tab: AnyInputTab, header: string, row: number): string;
}

export type Rule = (context: RuleContext) => Finding[];

export function ruleContext(workbook: PlanWorkbook, today: IsoDate): RuleContext {
  return {
    workbook,
    today,
    cell(tab: AnyInputTab, header: string, row: number) {
      const column = workbook.columns[tab]?.[header];
      return a1(row, column ?? 1);
    },
  };
}

/** The Vietnamese of one finding: what is wrong, and what to do about it. */
export interface Advice {
  readonly message: string;
  readonly hint: string;
}

/** Where on a record a check found something, and what it says. */
export interface Hit<T extends AnyInputTab> {
  readonly header: HeaderOf<T>;
  readonly advice: Advice;
}

/**
 * One check of one code on one record of tab `T`; `E` is what the rule worked out for the record
 * (its unit, its congress...). A rule is a table of these, run in order on every record.
 */
export interface RowCheck<R, E, T extends AnyInputTab> {
  readonly code: Finding['code'];
  readonly check: (record: R, env: E, context: RuleContext) => Hit<T> | null;
  /** When this check fires, the later checks of the table do not look at the record. */
  readonly endsRow?: boolean;
}

/** Runs `checks` on each record, in table order, with what `envOf` works out for the record. */
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
    for (const { code, check, endsRow } of checks) {
      const hit = check(record, env, context);
      if (!hit) continue;
      findings.push(atCell(context, code, tab, hit.header, record.row, hit.advice));
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
