/** The typed plan: what the rules, the budget, the report and the mail work on. */
import type { IsoDate } from '../cells';
import type { TaskStepId } from '../pilot/steps';
import type {
  AnyInputTab,
  CongressForm,
  CongressStatus,
  CongressUnitType,
  Frequency,
  Organisation,
  UnitType,
} from './contract';

export interface Term {
  readonly start: number;
  readonly end: number;
}

/** Every record remembers its sheet row, so findings can point to its cells. */
interface Located {
  readonly row: number;
  /**
   * Headers whose cell held a value that could not be read (already reported as a T finding). The
   * field is then absent, but it was not empty: rules must not treat it as "not filled in".
   */
  readonly unreadable?: readonly string[];
}

export interface Unit extends Located {
  /** Empty when the cell was empty or unreadable (already reported). */
  readonly code: string;
  readonly name: string;
  readonly type?: UnitType;
  readonly parent?: string;
  readonly members?: number;
  readonly term?: Term;
  readonly termEnd?: IsoDate;
  readonly contact?: string;
  readonly email?: string;
}

export interface Congress extends Located {
  readonly unitCode: string;
  readonly form?: CongressForm;
  readonly directElection: boolean;
  readonly date?: IsoDate;
  readonly newTerm?: Term;
  readonly days?: number;
  readonly members?: number;
  readonly invited?: number;
  readonly total?: number;
  readonly deadline?: IsoDate;
  readonly status?: CongressStatus;
}

export interface Milestone extends Located {
  readonly code: string;
  readonly content: string;
  readonly owner?: string;
  readonly due?: IsoDate;
  readonly done?: IsoDate;
  readonly dependsOn: readonly string[];
}

export interface BudgetLine extends Located {
  readonly unitCode: string;
  readonly category: string;
  readonly quantity?: number;
  readonly days?: number;
  readonly unitPrice?: number;
  /** `Thành tiền` as typed; empty means "compute it". */
  readonly amount?: number;
  readonly note: string;
}

export interface Norm extends Located {
  readonly code: string;
  readonly name: string;
  readonly unitOfMeasure: string;
  /** Unit types the cap applies to; `all` for `Tất cả`. */
  readonly appliesTo: readonly UnitType[] | 'all';
  /** Parts of `Áp dụng cho` that name no unit type (reported as T004). */
  readonly unknownLevels?: readonly string[];
  readonly cap?: number;
  readonly basis: string;
}

export interface Recipient extends Located {
  readonly name: string;
  readonly email?: string;
  /** `Tất cả` or a unit code. */
  readonly scope?: string;
  readonly frequency?: Frequency;
}

/** A row of the optional `Kết quả đại hội` tab: what a held congress decided. */
export interface CongressResult extends Located {
  readonly unitCode: string;
  /** `Đại biểu có mặt`. */
  readonly present?: number;
  /** `Số ủy viên được bầu`: the size of the committee elected. */
  readonly committee?: number;
  /** `Bí thư được bầu`. */
  readonly secretary?: string;
  /** `Tỷ lệ phiếu (%)`, as typed (0–100 is a rule, not a reading). */
  readonly share?: number;
  /** `Ngày báo cáo kết quả`: when the results were reported up. */
  readonly reportedOn?: IsoDate;
}

export interface Settings {
  readonly parentBody: string;
  readonly issuingBody: string;
  readonly place: string;
  readonly reportSymbol: string;
  readonly reportNumber: string;
  readonly signer: string;
  readonly signerTitle: string;
  readonly onBehalfOf: string;
  readonly organisation: Organisation;
  readonly remindDays: number;
  readonly timeZone: string;
  readonly senderEmail?: string;
  readonly senderName?: string;
  /** Hour of the day (0–23) at which scheduled summaries go out. */
  readonly sendHour: number;
  /** 1 = Monday ... 7 = Sunday, for weekly recipients. */
  readonly sendWeekday: number;
  readonly sendWithErrors: boolean;
  readonly retainedDues?: number;
  readonly otherFunding?: number;
  /** `Số ngày tối đa: <Loại đơn vị>` overrides. */
  readonly maxDays: Partial<Record<CongressUnitType, number>>;
  /** `Nhắc chọn ngày đại hội (ngày)`: D009 fires this many days before a deadline with no congress date. */
  readonly congressDateReminderDays: number;
  /** `Hạn báo cáo kết quả (ngày)`: results go up within this many days after the congress's last day. */
  readonly resultsReportDays: number;
  /** `Ngày trước đại hội: <bước>` / `Ngày sau đại hội điểm cuối: <bước>`: a suggested task's offset. */
  readonly taskDays: Readonly<Partial<Record<TaskStepId, number>>>;
  /**
   * The office's own words for the signed report, each possibly several lines (`\n` between lines,
   * each line trimmed, blank lines dropped); empty when the key is absent.
   */
  readonly reportBasis: string;
  readonly assessment: string;
  readonly proposals: string;
  /**
   * `Nơi nhận` as the office wrote it, one recipient per entry, in order, without the leading "- "
   * (the renderer adds the list style); empty when the key is absent. `Lưu` is not added here.
   */
  readonly reportRecipients: readonly string[];
  /** `Nơi nhận dự toán`, read like `Nơi nhận`: whom each congress's estimate is addressed to. */
  readonly estimateRecipients: readonly string[];
}

/** 1-based column of each contract header found in a tab; absent headers are missing columns. */
export type ColumnMap = Readonly<Record<string, number>>;

export interface PlanWorkbook {
  readonly settings: Settings;
  readonly units: readonly Unit[];
  readonly congresses: readonly Congress[];
  readonly milestones: readonly Milestone[];
  readonly budgetLines: readonly BudgetLine[];
  readonly norms: readonly Norm[];
  readonly recipients: readonly Recipient[];
  /** Rows of the optional `Kết quả đại hội` tab; empty when the tab is absent (see `sheetNames`). */
  readonly results: readonly CongressResult[];
  /** Which input tabs were found, under the name the workbook actually uses. */
  readonly sheetNames: Readonly<Partial<Record<AnyInputTab, string>>>;
  readonly columns: Readonly<Partial<Record<AnyInputTab, ColumnMap>>>;
}
