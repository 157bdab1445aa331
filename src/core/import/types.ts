/** What reading a plan gives: the contract's `import --json` parts and what issue 16 adds. */
import type { IsoDate } from '../cells';
import type { SkipReason } from '../messages/import';
import type { Organisation, UnitType } from '../workbook/contract';

export interface DatedText {
  readonly date: IsoDate;
  readonly text: string;
}

export interface ImportedUnit {
  readonly name: string;
  readonly type: UnitType;
  readonly members: number | null;
  readonly invited: number | null;
  readonly total: number | null;
  readonly days: number | null;
  readonly deadline: IsoDate | null;
  /** Beyond the contract: the unit named as its parent, a pilot congress, a direct election. */
  readonly parent: string | null;
  readonly pilot: boolean;
  readonly directElection: boolean;
  /** The unit holds a congress under this plan. */
  readonly congress: boolean;
  /** `YYYY-YYYY`, the term the congress opens, when the plan states it for this kind of unit. */
  readonly newTerm: string | null;
}

export interface ImportedTask {
  /** What is to be done. */
  readonly text: string;
  /** Name of the unit or body that does it, when the plan says. */
  readonly owner: string | null;
  readonly due: IsoDate | null;
}

export interface CitedDocument {
  /** "Kế hoạch", "Chỉ thị", "Quyết định" … */
  readonly kind: string;
  readonly number: string;
  readonly date: IsoDate | null;
  readonly issuer: string | null;
  readonly text: string;
}

export interface SkippedItem {
  /** The phrase as written. */
  readonly text: string;
  readonly reason: SkipReason;
  /** Why, in Vietnamese, for the clerk. */
  readonly why: string;
  /** The sentence around it (bounded). */
  readonly context: string;
}

export interface CountCheck {
  readonly text: string;
  /** The count as the text states it: "03 đoàn cơ sở". */
  readonly phrase: string;
  readonly stated: number;
  readonly found: number;
  readonly ok: boolean;
}

export interface ImportedPlan {
  readonly title: string;
  readonly organisation: Organisation | null;
  readonly issuingBody: string | null;
  readonly parentBody: string | null;
  readonly place: string | null;
  readonly number: string | null;
  readonly date: IsoDate | null;
  readonly reportSymbol: string | null;
  readonly onBehalfOf: string | null;
  readonly signerTitle: string | null;
  readonly signer: string | null;
  /** The report's opening sentence citing this plan (`Căn cứ`). */
  readonly basis: string | null;
}

export interface ImportResult {
  readonly deadlines: readonly DatedText[];
  readonly references: readonly DatedText[];
  readonly units: readonly ImportedUnit[];
  readonly emails: readonly string[];
  readonly text: string;
  readonly plan: ImportedPlan;
  readonly tasks: readonly ImportedTask[];
  readonly documents: readonly CitedDocument[];
  readonly skipped: readonly SkippedItem[];
  readonly checks: readonly CountCheck[];
}
