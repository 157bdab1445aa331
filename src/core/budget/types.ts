/** The computed budget of a plan: what validation (B codes), the report and the printed estimate show. */
import type { UnitType } from '../workbook/contract';
import type { BudgetLine, Norm } from '../workbook/model';

export interface CostedLine {
  readonly line: BudgetLine;
  /** The category of `Định mức`, when `Khoản chi` names one. */
  readonly norm?: Norm;
  readonly unitType?: UnitType;
  /** Unit of measure ends in `/ngày`: amount = quantity × days × unit price. */
  readonly perDay: boolean;
  /** Quantity counts people (`người`, `người/ngày`, ...): capped by the congress's delegates. */
  readonly perPerson: boolean;
  /** The amount from the formula, in whole đồng; undefined when an input is missing. */
  readonly computed?: number;
  /**
   * The exact digits of a product that reaches MAX_AMOUNT (no amount a plan could hold): the line is
   * refused (T003) and counts for nothing.
   */
  readonly tooLarge?: string;
  /** What the line counts for in totals: `computed`, else `Thành tiền` as typed, else 0. */
  readonly amount: number;
  /** The cap that applies to this unit's level, when the office has entered one. */
  readonly cap?: number;
  /** How much the line is above its cap, in whole đồng (0 when within). */
  readonly excess: number;
}

export interface FundingRequest {
  readonly estimate: number;
  readonly retainedDues: number;
  readonly otherFunding: number;
  /** estimate − retained dues − other funding, never below 0. */
  readonly request: number;
}

export interface BudgetSummary {
  readonly lines: readonly CostedLine[];
  /** Sum of the unit's own lines, by unit code. */
  readonly byUnit: ReadonlyMap<string, number>;
  /** The unit's own lines plus every unit under it (through `Đơn vị cấp trên`), by unit code. */
  readonly byUnitRollup: ReadonlyMap<string, number>;
  /** By category code of `Định mức`. */
  readonly byCategory: ReadonlyMap<string, number>;
  readonly total: number;
  readonly overCap: readonly CostedLine[];
  readonly uncapped: readonly CostedLine[];
  /** Present when `Cấu hình` gives `Đảng phí trích giữ lại` or `Nguồn khác`. */
  readonly funding?: FundingRequest;
}
