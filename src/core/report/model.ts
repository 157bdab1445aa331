/**
 * The report as data: what every rendering (the tab, HTML, PDF, e-mail text, --json) shows. A scoped
 * report is built from the unit's subtree only, so nothing about other units can leak into it.
 */

import { computeBudget } from '../budget/compute';
import type { BudgetSummary } from '../budget/types';
import type { IsoDate } from '../cells';
import { daysBetween } from '../dates';
import { closedByFileCopy, fileCopy } from '../document/model';
import { type ScopeCheck, scopeChecker } from '../mail/scope';
import { reportText } from '../messages/report';
import { matchKey } from '../text';
import { countFindings, type Finding } from '../validation/finding';
import {
  ALL_SCOPE,
  type AnyInputTab,
  CONGRESS_FORMS,
  type CongressForm,
  type CongressStatus,
  OPTIONAL_TAB,
  STATUSES,
  TAB,
} from '../workbook/contract';
import type {
  BudgetLine,
  Congress,
  Milestone,
  PlanWorkbook,
  Recipient,
  Settings,
  Unit,
} from '../workbook/model';
import {
  childrenByCode,
  isDeliverable,
  isHeld,
  milestoneStanding,
  subtreeCodes,
  unitNameOf,
  unitsByCode,
} from '../workbook/queries';
import { type ResultsSummary, resultsSummary } from './results';

export interface CongressLine {
  readonly unitCode: string;
  readonly unitName: string;
  readonly form?: CongressForm;
  readonly directElection: boolean;
  readonly status?: CongressStatus;
  readonly date?: IsoDate;
  readonly deadline?: IsoDate;
  /** Days from today to the deadline; negative when late. Absent once held or without a deadline. */
  readonly daysLeft?: number;
  readonly members?: number;
  readonly invited?: number;
  /** Members + invited, or `Tổng đại biểu` when one of them is missing. */
  readonly delegates?: number;
  readonly days?: number;
  /** The unit's own budget lines, whole đồng. */
  readonly budget: number;
  /** Overdue milestones whose responsible unit is this one. */
  readonly overdue: number;
  /**
   * A later row of a unit already listed (R005): its budget and overdue tasks are those of the first
   * row, so a table that totals them shows them once.
   */
  readonly repeated: boolean;
}

/**
 * A unit (in scope) with no row in `Đại hội` that still has figures: overdue tasks it owns (a đảng
 * bộ, a `Cơ quan`) or budget lines (B006, R006, an unknown code). `code` is empty for tasks with no
 * `Đơn vị chủ trì` and lines with no `Mã đơn vị`.
 */
export interface OtherUnitLine {
  readonly code: string;
  readonly name: string;
  readonly budget: number;
  readonly overdue: number;
}

export interface MilestoneLine {
  readonly code: string;
  readonly content: string;
  readonly due: IsoDate;
  /** Days late (overdue) or days left (due soon). */
  readonly days: number;
}

export interface MilestoneGroup {
  readonly unitCode: string;
  readonly unitName: string;
  readonly items: readonly MilestoneLine[];
}

export interface AmountLine {
  readonly code: string;
  readonly name: string;
  readonly amount: number;
}

/** A category of spending as the report names it: codes sharing one `Nội dung chi` are one line. */
export interface CategoryLine extends AmountLine {
  /** Every `Mã khoản chi` merged into this line (meals of several levels, say), first one in `code`. */
  readonly codes: readonly string[];
}

export interface OverCapLine {
  readonly unitName: string;
  readonly category: string;
  readonly unitPrice: number;
  readonly cap: number;
  readonly excess: number;
}

export interface ReportBudget {
  /** Budget lines in scope: none means the report has no budget section (a Youth Union plan). */
  readonly lineCount: number;
  readonly total: number;
  readonly byUnit: readonly AmountLine[];
  /** Merged by name, in the order of first appearance. */
  readonly byCategory: readonly CategoryLine[];
  readonly overCap: readonly OverCapLine[];
  readonly uncappedLines: number;
  /** Lines with no amount yet: an input of the formula is empty and no `Thành tiền` is typed. */
  readonly unpricedLines: number;
  /** Names of the units those lines belong to, each once, in sheet order. */
  readonly unpricedUnits: readonly string[];
  readonly funding?: { estimate: number; retainedDues: number; otherFunding: number; request: number };
}

export interface DataQuality {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Tabs with errors or warnings, most first, named as the user spelled them. */
  readonly tabs: readonly { sheet: string; count: number }[];
}

export interface ReportModel {
  readonly today: IsoDate;
  readonly settings: Settings;
  /** The unit a scoped report is about; null for the whole plan. */
  readonly scope: { readonly code: string; readonly name: string } | null;
  readonly unitCount: number;
  readonly congresses: readonly CongressLine[];
  readonly byStatus: readonly { status: CongressStatus; count: number }[];
  readonly byForm: readonly { form: CongressForm; count: number }[];
  readonly directElections: number;
  readonly held: number;
  readonly documentsApproved: number;
  readonly delegates: number;
  readonly overdue: readonly MilestoneGroup[];
  readonly dueSoon: readonly MilestoneGroup[];
  readonly overdueCount: number;
  readonly dueSoonCount: number;
  /** Units with figures but no congress row, so the `Báo cáo` tab can show every task and line it totals. */
  readonly otherUnits: readonly OtherUnitLine[];
  readonly budget: ReportBudget;
  readonly quality: DataQuality;
  /**
   * Lines of `Nơi nhận`, the last one `Lưu`: the office's `Nơi nhận` when set, else the whole-plan
   * recipients (`Phạm vi` = `Tất cả`). Only the signed report prints it; a scoped notice has none.
   */
  readonly recipients: readonly string[];
  /** The office's words for the signed report, one entry per paragraph; empty when not written. */
  readonly basis: readonly string[];
  readonly assessment: readonly string[];
  readonly proposals: readonly string[];
  /** The results of the congresses held (turn-out, committees, direct elections); null while none is held. */
  readonly results: ResultsSummary | null;
}

export interface ReportInput {
  readonly workbook: PlanWorkbook;
  readonly findings: readonly Finding[];
  readonly today: IsoDate;
  /** A unit code for a scoped report; absent or `Tất cả` for the whole plan. */
  readonly scope?: string;
}

const DOCUMENTS_APPROVED: readonly CongressStatus[] = ['Đã duyệt văn kiện', 'Đã tổ chức', 'Đã báo cáo'];
/** Tabs shared by every unit: their findings belong in every scoped report. */
const SHARED_TABS: readonly string[] = [TAB.settings, TAB.norms];

/** Which unit each row of a per-unit tab belongs to, keyed `tab\u0000row`. */
function rowUnits(workbook: PlanWorkbook): Map<string, string> {
  const byRow = new Map<string, string>();
  const put = (tab: AnyInputTab, row: number, code: string | undefined) => {
    if (code) byRow.set(`${tab}\u0000${row}`, code);
  };
  for (const unit of workbook.units) put(TAB.units, unit.row, unit.code);
  for (const congress of workbook.congresses) put(TAB.congresses, congress.row, congress.unitCode);
  for (const milestone of workbook.milestones) put(TAB.milestones, milestone.row, milestone.owner);
  for (const line of workbook.budgetLines) put(TAB.budget, line.row, line.unitCode);
  for (const recipient of workbook.recipients) put(TAB.recipients, recipient.row, recipient.scope);
  for (const result of workbook.results) put(OPTIONAL_TAB.results, result.row, result.unitCode);
  return byRow;
}

const SHARED = Symbol('shared');

/** A scoped reader sees the findings on rows of their units and on the tabs every unit shares. */
function findingUnit(finding: Finding, byRow: ReadonlyMap<string, string>): string | null | typeof SHARED {
  if (SHARED_TABS.includes(finding.sheet)) return SHARED;
  const row = finding.cell ? Number(/\d+$/.exec(finding.cell)?.[0]) : NaN;
  return byRow.get(`${finding.sheet}\u0000${row}`) ?? null;
}

/** Positions of `items` grouped by the unit code each belongs to. */
function positionsByUnit<T>(items: readonly T[], codeOf: (item: T) => string | null | undefined) {
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const code = codeOf(item);
    if (!code) return;
    const group = groups.get(code);
    if (group) group.push(index);
    else groups.set(code, [index]);
  });
  return groups;
}

/** The items of the units in `codes`, in their original order. */
function pickInOrder<T>(
  items: readonly T[],
  groups: ReadonlyMap<string, readonly number[]>,
  codes: ReadonlySet<string>,
  always: readonly number[] = [],
): T[] {
  const positions = [...always];
  for (const code of codes) for (const position of groups.get(code) ?? []) positions.push(position);
  return positions.sort((a, b) => a - b).map((position) => items[position]!);
}

function milestoneGroups(
  milestones: readonly Milestone[],
  standing: 'overdue' | 'dueSoon',
  today: IsoDate,
  remindDays: number,
  units: ReadonlyMap<string, Unit>,
): MilestoneGroup[] {
  const groups = new Map<string, MilestoneLine[]>();
  for (const milestone of milestones) {
    if (milestoneStanding(milestone, today, remindDays) !== standing) continue;
    const days =
      standing === 'overdue' ? daysBetween(milestone.due!, today) : daysBetween(today, milestone.due!);
    const key = milestone.owner ?? '';
    const list = groups.get(key) ?? [];
    list.push({ code: milestone.code, content: milestone.content, due: milestone.due!, days });
    groups.set(key, list);
  }
  return [...groups].map(([unitCode, items]) => ({
    unitCode,
    unitName: units.get(unitCode)?.name ?? (unitCode || reportText.unassignedOwner),
    items: items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)),
  }));
}

/**
 * `Nơi nhận` of the signed report: the office's own list when `Cấu hình` has one (the file copy
 * added last when absent), else the whole-plan recipients, then the file copy.
 */
function recipientLines(
  recipients: readonly Recipient[],
  units: ReadonlyMap<string, Unit>,
  settings: Settings,
): string[] {
  if (settings.reportRecipients.length > 0)
    return closedByFileCopy(settings.reportRecipients, settings.organisation);
  const chosen = recipients.filter(
    (recipient) => recipient.scope === ALL_SCOPE && isDeliverable(recipient, units),
  );
  return [
    ...chosen.map((recipient) => recipient.name || recipient.email || ''),
    fileCopy(settings.organisation),
  ];
}

/** Paragraphs of a multi-line setting. */
function paragraphs(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** Categories sharing a name (one code per level, say) as one line each, in order of first appearance. */
function categoriesByName(
  byCategory: ReadonlyMap<string, number>,
  nameOf: (code: string) => string,
): CategoryLine[] {
  const merged = new Map<string, { code: string; name: string; amount: number; codes: string[] }>();
  for (const [code, amount] of byCategory) {
    const name = nameOf(code);
    const key = matchKey(name);
    const line = merged.get(key);
    if (line) {
      line.amount += amount;
      line.codes.push(code);
    } else {
      merged.set(key, { code, name, amount, codes: [code] });
    }
  }
  return [...merged.values()];
}

/** The amounts by category code, plus lines that name no category under the empty code. */
function withUncategorized(
  byCategory: ReadonlyMap<string, number>,
  lines: readonly { line: BudgetLine; amount: number }[],
): ReadonlyMap<string, number> {
  const loose = lines.filter((costed) => !costed.line.category);
  if (loose.length === 0) return byCategory;
  return new Map([...byCategory, ['', loose.reduce((sum, costed) => sum + costed.amount, 0)]]);
}

/** A report for one scope: the whole plan when absent or `Tất cả`. */
export type ReportBuilder = (scope?: string) => ReportModel;

/**
 * Reports of one validated workbook for any scope. What scoping needs (units by code, children,
 * each tab's rows and each finding by unit) is indexed once here, so each of thousands of scoped
 * copies costs its own subtree rather than the whole plan.
 */
export function reportBuilder(input: Omit<ReportInput, 'scope'>): ReportBuilder {
  const { workbook } = input;
  const units = unitsByCode(workbook.units);
  const children = childrenByCode(workbook.units);
  const byRow = rowUnits(workbook);
  const rows = {
    units: positionsByUnit(workbook.units, (unit) => unit.code),
    congresses: positionsByUnit(workbook.congresses, (congress) => congress.unitCode),
    milestones: positionsByUnit(workbook.milestones, (milestone) => milestone.owner),
    budgetLines: positionsByUnit(workbook.budgetLines, (line: BudgetLine) => line.unitCode),
    results: positionsByUnit(workbook.results, (result) => result.unitCode),
  };
  const findingUnits = input.findings.map((item) => findingUnit(item, byRow));
  const findingsByUnit = positionsByUnit(findingUnits, (unit) => (unit === SHARED ? null : unit));
  const sharedFindings: number[] = [];
  findingUnits.forEach((unit, index) => {
    if (unit === SHARED) sharedFindings.push(index);
  });
  let scopeProblems: ScopeCheck | undefined;
  return (scope) => {
    const scopeCode = scope && scope !== ALL_SCOPE ? scope : undefined;
    if (!scopeCode) return assemble(input, units, workbook, input.findings, undefined);
    scopeProblems ??= scopeChecker(workbook, children);
    if (scopeProblems(scopeCode).length > 0) {
      // Every sender leaves such recipients out first (servedRecipients); getting here is a bug, and a
      // notice showing another unit's data is worse than no notice.
      throw new Error(`The scope ${scopeCode} cannot be cut from the unit tree (R001/R003).`);
    }
    const inScope = subtreeCodes(workbook.units, scopeCode, children);
    const scopedWorkbook: PlanWorkbook = {
      ...workbook,
      units: pickInOrder(workbook.units, rows.units, inScope),
      congresses: pickInOrder(workbook.congresses, rows.congresses, inScope),
      milestones: pickInOrder(workbook.milestones, rows.milestones, inScope),
      budgetLines: pickInOrder(workbook.budgetLines, rows.budgetLines, inScope),
      results: pickInOrder(workbook.results, rows.results, inScope),
    };
    const scopedFindings = pickInOrder(input.findings, findingsByUnit, inScope, sharedFindings);
    return assemble(input, units, scopedWorkbook, scopedFindings, scopeCode);
  };
}

export function buildReport(input: ReportInput): ReportModel {
  return reportBuilder(input)(input.scope);
}

/** A unit's name; the code when it names no unit; "no unit" for lines without a code. */
function unitName(units: ReadonlyMap<string, Unit>, code: string): string {
  return code ? unitNameOf(units, code) : reportText.noUnit;
}

/** One line per congress row, with its budget and overdue tasks; a unit's second row is marked. */
function congressLines(
  congresses: readonly Congress[],
  units: ReadonlyMap<string, Unit>,
  today: IsoDate,
  budgetOf: ReadonlyMap<string, number>,
  overdueOf: ReadonlyMap<string, number>,
): CongressLine[] {
  const listed = new Set<string>();
  return congresses.map((congress): CongressLine => {
    const repeated = listed.has(congress.unitCode);
    listed.add(congress.unitCode);
    const delegates =
      congress.members !== undefined && congress.invited !== undefined
        ? congress.members + congress.invited
        : congress.total;
    return {
      unitCode: congress.unitCode,
      unitName: unitNameOf(units, congress.unitCode),
      ...(congress.form ? { form: congress.form } : {}),
      directElection: congress.directElection,
      ...(congress.status ? { status: congress.status } : {}),
      ...(congress.date ? { date: congress.date } : {}),
      ...(congress.deadline ? { deadline: congress.deadline } : {}),
      ...(congress.deadline && !isHeld(congress) ? { daysLeft: daysBetween(today, congress.deadline) } : {}),
      ...(congress.members !== undefined ? { members: congress.members } : {}),
      ...(congress.invited !== undefined ? { invited: congress.invited } : {}),
      ...(delegates !== undefined ? { delegates } : {}),
      ...(congress.days !== undefined ? { days: congress.days } : {}),
      budget: budgetOf.get(congress.unitCode) ?? 0,
      overdue: overdueOf.get(congress.unitCode) ?? 0,
      repeated,
    };
  });
}

/** The budget section's figures; `budgetOf` has the row of no unit for lines without a code. */
function budgetFigures(
  workbook: PlanWorkbook,
  budget: BudgetSummary,
  budgetOf: ReadonlyMap<string, number>,
  units: ReadonlyMap<string, Unit>,
  scoped: boolean,
): ReportBudget {
  const normName = (code: string) =>
    code ? (workbook.norms.find((norm) => norm.code === code)?.name ?? code) : reportText.noCategory;
  const unpriced = budget.lines.filter(
    (costed) => costed.computed === undefined && costed.line.amount === undefined,
  );
  return {
    lineCount: budget.lines.length,
    total: budget.total,
    // Lines with no `Mã đơn vị` or no `Khoản chi` get a line of their own, so each list adds up to the total.
    byUnit: [...budgetOf].map(([code, amount]) => ({ code, name: unitName(units, code), amount })),
    byCategory: categoriesByName(withUncategorized(budget.byCategory, budget.lines), normName),
    overCap: budget.overCap.map((line) => ({
      unitName: unitNameOf(units, line.line.unitCode),
      category: line.norm?.name ?? line.line.category,
      unitPrice: line.line.unitPrice ?? 0,
      cap: line.cap ?? 0,
      excess: line.excess,
    })),
    uncappedLines: budget.uncapped.length,
    unpricedLines: unpriced.length,
    unpricedUnits: [...new Set(unpriced.map((costed) => unitName(units, costed.line.unitCode)))],
    // Retained dues and other funding are figures of the whole plan: subtracting them from one
    // subtree's estimate would print a wrong request, so a scoped copy has no funding block.
    ...(budget.funding && !scoped ? { funding: budget.funding } : {}),
  };
}

function assemble(
  input: Omit<ReportInput, 'scope'>,
  units: ReadonlyMap<string, Unit>,
  scopedWorkbook: PlanWorkbook,
  scopedFindings: readonly Finding[],
  scopeCode: string | undefined,
): ReportModel {
  const { workbook, today } = input;
  const budget = computeBudget(scopedWorkbook);
  const remindDays = workbook.settings.remindDays;
  const overdue = milestoneGroups(scopedWorkbook.milestones, 'overdue', today, remindDays, units);
  const dueSoon = milestoneGroups(scopedWorkbook.milestones, 'dueSoon', today, remindDays, units);
  const overdueByUnit = new Map(overdue.map((group) => [group.unitCode, group.items.length]));
  const congresses = congressLines(scopedWorkbook.congresses, units, today, budget.byUnit, overdueByUnit);
  const listed = new Set(congresses.map((line) => line.unitCode));

  // Lines with no `Mã đơn vị` count in the total but in no unit: they get the row of no unit.
  const budgetOf = new Map(budget.byUnit);
  const uncoded = budget.lines.filter((costed) => !costed.line.unitCode);
  if (uncoded.length > 0)
    budgetOf.set(
      '',
      uncoded.reduce((sum, costed) => sum + costed.amount, 0),
    );
  const tabCounts = new Map<string, number>();
  for (const item of scopedFindings) {
    if (item.severity !== 'Thông tin') tabCounts.set(item.sheet, (tabCounts.get(item.sheet) ?? 0) + 1);
  }
  const otherCodes = new Set<string>();
  for (const code of budgetOf.keys()) if (!listed.has(code)) otherCodes.add(code);
  for (const group of overdue) if (!listed.has(group.unitCode)) otherCodes.add(group.unitCode);
  const otherUnits: OtherUnitLine[] = [...otherCodes].map((code) => ({
    code,
    name: unitName(units, code),
    budget: budgetOf.get(code) ?? 0,
    overdue: overdueByUnit.get(code) ?? 0,
  }));

  return {
    today,
    settings: workbook.settings,
    scope: scopeCode ? { code: scopeCode, name: unitNameOf(units, scopeCode) } : null,
    unitCount: scopedWorkbook.units.length,
    congresses,
    byStatus: STATUSES.map((status) => ({
      status,
      count: congresses.filter((c) => c.status === status).length,
    })),
    byForm: CONGRESS_FORMS.map((form) => ({ form, count: congresses.filter((c) => c.form === form).length })),
    directElections: congresses.filter((c) => c.directElection).length,
    held: congresses.filter(isHeld).length,
    documentsApproved: congresses.filter(
      (c) => c.status !== undefined && DOCUMENTS_APPROVED.includes(c.status),
    ).length,
    delegates: congresses.reduce((sum, c) => sum + (c.delegates ?? 0), 0),
    overdue,
    dueSoon,
    overdueCount: overdue.reduce((sum, group) => sum + group.items.length, 0),
    dueSoonCount: dueSoon.reduce((sum, group) => sum + group.items.length, 0),
    otherUnits,
    budget: budgetFigures(workbook, budget, budgetOf, units, scopeCode !== undefined),
    // Data quality: counts by severity, and the tabs with the most errors and warnings first.
    quality: {
      ...countFindings(scopedFindings),
      tabs: [...tabCounts]
        .map(([sheet, count]) => ({ sheet: workbook.sheetNames[sheet as AnyInputTab] ?? sheet, count }))
        .sort((a, b) => b.count - a.count),
    },
    recipients: recipientLines(workbook.recipients, units, workbook.settings),
    basis: paragraphs(workbook.settings.reportBasis),
    assessment: paragraphs(workbook.settings.assessment),
    proposals: paragraphs(workbook.settings.proposals),
    results: resultsSummary(scopedWorkbook, units),
  };
}

/** WORKBOOK.md's `report --json` figures. */
export interface ReportFigures {
  readonly today: IsoDate;
  readonly totals: {
    readonly units: number;
    readonly congresses: number;
    readonly delegates: number;
    readonly budget: number;
    readonly overdue: number;
    readonly dueSoon: number;
    readonly errors: number;
    readonly warnings: number;
  };
  readonly units: readonly {
    readonly code: string;
    readonly name: string;
    readonly form: string | null;
    readonly status: string | null;
    readonly congressDate: IsoDate | null;
    readonly delegates: number | null;
    readonly budget: number;
    readonly overdue: number;
  }[];
  /** Only once a congress in scope is held, so a plan still in preparation prints the contract's shape. */
  readonly results?: {
    readonly held: number;
    readonly reported: number;
    readonly present: number;
    readonly convened: number;
    /** Present / convened in percent, one decimal; null when no congress gives both. */
    readonly turnout: number | null;
    readonly committee: number;
    readonly directElections: number;
    readonly congresses: readonly {
      readonly code: string;
      readonly name: string;
      readonly congressDate: IsoDate | null;
      readonly directElection: boolean;
      readonly delegates: number | null;
      readonly present: number | null;
      readonly committee: number | null;
      readonly secretary: string | null;
      readonly share: number | null;
      readonly reportedOn: IsoDate | null;
      readonly reportDue: IsoDate | null;
    }[];
  };
}

/**
 * What each figure counts (all within the report's scope; the whole plan when unscoped):
 * - totals.units: rows of `Đơn vị` (every unit of the plan, with or without a congress row);
 * - totals.congresses: rows of `Đại hội`;
 * - totals.delegates: the sum over congresses of `Thành viên dự` + `Đại biểu mời` (a row missing one
 *   of them counts its `Tổng đại biểu`, a row with neither counts 0);
 * - totals.budget: the plan's estimate in whole đồng, every `Dự toán` line (its computed amount, else
 *   the typed `Thành tiền`, else 0), as the budget issue computes it;
 * - totals.overdue: milestones past `Hạn` with no `Ngày hoàn thành`; totals.dueSoon: unfinished
 *   milestones due from today to today + `Nhắc trước (ngày)`; a scoped report counts only those whose
 *   `Đơn vị chủ trì` is in scope;
 * - totals.errors / totals.warnings: findings of severity `Lỗi` / `Cảnh báo` (`Thông tin` is not
 *   counted); a scoped report counts those on rows of its units and on the shared tabs.
 * units[] has one entry per row of `Đại hội`, in sheet order: budget = that unit's own `Dự toán`
 * lines, overdue = overdue milestones whose `Đơn vị chủ trì` is that unit, congressDate YYYY-MM-DD
 * or null, delegates as in the totals or null when the row gives none.
 * results (only once a congress in scope is marked `Đã tổ chức`/`Đã báo cáo`): held = those
 * congresses; reported = those with a `Ngày báo cáo kết quả`; present / convened = delegates present
 * and convened (`Tổng đại biểu`, else members + invited), over the congresses that give both; turnout
 * = present / convened in percent; committee = committee members elected; directElections = held
 * congresses electing their secretary directly; congresses[] one entry per held congress, in sheet
 * order, with its row of `Kết quả đại hội` (nulls where the tab or the cell is empty).
 */
export function reportFigures(model: ReportModel): ReportFigures {
  return {
    today: model.today,
    totals: {
      units: model.unitCount,
      congresses: model.congresses.length,
      delegates: model.delegates,
      budget: model.budget.total,
      overdue: model.overdueCount,
      dueSoon: model.dueSoonCount,
      errors: model.quality.errors,
      warnings: model.quality.warnings,
    },
    units: model.congresses.map((line) => ({
      code: line.unitCode,
      name: line.unitName,
      form: line.form ?? null,
      status: line.status ?? null,
      congressDate: line.date ?? null,
      delegates: line.delegates ?? null,
      budget: line.budget,
      overdue: line.overdue,
    })),
    ...(model.results ? { results: resultFigures(model.results) } : {}),
  };
}

function resultFigures(results: ResultsSummary): NonNullable<ReportFigures['results']> {
  return {
    held: results.held,
    reported: results.reported,
    present: results.present,
    convened: results.convened,
    turnout: results.convened > 0 ? Math.round((results.present / results.convened) * 1000) / 10 : null,
    committee: results.committee,
    directElections: results.directElections,
    congresses: results.lines.map((line) => ({
      code: line.unitCode,
      name: line.unitName,
      congressDate: line.date ?? null,
      directElection: line.directElection,
      delegates: line.delegates ?? null,
      present: line.present ?? null,
      committee: line.committee ?? null,
      secretary: line.secretary ?? null,
      share: line.share ?? null,
      reportedOn: line.reportedOn ?? null,
      reportDue: line.reportDue ?? null,
    })),
  };
}
