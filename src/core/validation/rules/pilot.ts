/**
 * Rules of the whole pilot (issue 19): a congress waits for its approvals (D010, D011), and the
 * optional `Kết quả đại hội` tab agrees with `Đại hội` (R001, R002, D012–D017). A workbook without
 * that tab and without approval tasks gets none of these findings.
 */
import { pushAll } from '../../arrays';
import { addDays, daysBetween, formatDateVi } from '../../dates';
import { pilotText as t } from '../../messages/pilot';
import { rulesText } from '../../messages/rules';
import { formatQuantityVi } from '../../numbers';
import { gateTasks } from '../../pilot/match';
import { congressEnd } from '../../pilot/tasks';
import { type HeaderOf, OPTIONAL_TAB, TAB } from '../../workbook/contract';
import type { Congress, CongressResult, Milestone, PlanWorkbook } from '../../workbook/model';
import { firstByKey, isDone, isHeld, wasUnreadable } from '../../workbook/queries';
import { type Advice, atCell, checkRows, type RowCheck, type Rule, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { guessCode } from './references';
import { duplicateCodes, unitCandidates } from './units';

const RESULTS = OPTIONAL_TAB.results;

function pendingList(tasks: readonly Milestone[], by: string): string[] {
  return (
    tasks
      // Done by a day: as `isDone` judges it on that day (a readable Ngày hoàn thành not after it).
      .filter((task) => !isDone(task, by))
      .map((task) =>
        t.pendingTask(
          task.code || `${TAB.milestones}!${task.row}`,
          task.done ? formatDateVi(task.done) : null,
        ),
      )
  );
}

function approvalFindings(context: RuleContext): Finding[] {
  const { workbook, today } = context;
  const gates = gateTasks(workbook);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const congress of workbook.congresses) {
    const tasks = gates.get(congress.unitCode);
    if (!tasks || !congress.date || seen.has(congress.unitCode)) continue;
    seen.add(congress.unitCode);
    const date = formatDateVi(congress.date);
    if (isHeld(congress)) {
      // A held congress dated in the future is D006: its date cannot judge the approvals yet.
      if (congress.date > today) continue;
      // Held: each approval had to be done by the congress's own day.
      const pending = pendingList(tasks, congress.date);
      if (pending.length === 0) continue;
      const advice = t.heldWithoutApproval(congress.status!, date, pending);
      findings.push(atCell(context, 'D011', TAB.congresses, 'Trạng thái', congress.row, advice));
      continue;
    }
    const daysLeft = daysBetween(today, congress.date);
    if (daysLeft < 0 || daysLeft > workbook.settings.remindDays) continue;
    const pending = pendingList(tasks, today);
    if (pending.length === 0) continue;
    const advice = t.approvalsPending(date, daysLeft, pending);
    findings.push(atCell(context, 'D010', TAB.congresses, 'Ngày đại hội', congress.row, advice));
  }
  return findings;
}

/** The deadline for reporting a held congress's results: its last day plus `Hạn báo cáo kết quả (ngày)`. */
export function resultsDue(congress: Congress, workbook: PlanWorkbook): string | undefined {
  if (!congress.date) return undefined;
  return addDays(congressEnd(congress)!, workbook.settings.resultsReportDays);
}

/** Where a results row stands against its congress in `Đại hội`. */
const RESULT_CHECKS: readonly RowCheck<CongressResult, Congress, typeof RESULTS>[] = [
  [
    'D016',
    'Mã đơn vị',
    // A status that could not be read has its own finding; an empty one is T001.
    (_result, congress, context) =>
      congress.status && !isHeld(congress)
        ? t.resultsForCongressNotHeld(
            congress.status,
            context.ref(TAB.congresses, 'Trạng thái', congress.row),
          )
        : null,
  ],
  [
    'D012',
    'Đại biểu có mặt',
    ({ present }, congress, context) => {
      const delegates =
        congress.total ??
        (congress.members !== undefined && congress.invited !== undefined
          ? congress.members + congress.invited
          : undefined);
      if (present === undefined || delegates === undefined || present <= delegates) return null;
      const header = congress.total !== undefined ? 'Tổng đại biểu' : 'Thành viên dự';
      return t.presentAboveDelegates(present, delegates, context.ref(TAB.congresses, header, congress.row));
    },
  ],
  [
    'D013',
    'Tỷ lệ phiếu (%)',
    ({ share }) => (share !== undefined && share > 100 ? t.shareOutOfRange(formatQuantityVi(share)) : null),
  ],
  [
    'D014',
    'Tỷ lệ phiếu (%)',
    ({ share }, congress) => {
      if (share === undefined || !congress.directElection || share > 50) return null;
      // 0,985 in a cell formatted as percent is 98,5 %: say so instead of guessing.
      const asPercent = share > 0 && share <= 1 ? formatQuantityVi(Math.round(share * 1000) / 10) : null;
      return t.directShareNotMajority(formatQuantityVi(share), asPercent);
    },
  ],
  // At the first of the two cells left empty.
  [
    'D017',
    'Bí thư được bầu',
    (result, congress) => {
      if (!congress.directElection || !isHeld(congress)) return null;
      const noSecretary = !result.secretary && !wasUnreadable(result, 'Bí thư được bầu');
      const noShare = result.share === undefined && !wasUnreadable(result, 'Tỷ lệ phiếu (%)');
      if (!noSecretary && !noShare) return null;
      const advice = t.directWithoutSecretary([
        ...(noSecretary ? [t.secretaryName] : []),
        ...(noShare ? [t.shareName] : []),
      ]);
      return noSecretary ? advice : { ...advice, header: 'Tỷ lệ phiếu (%)' };
    },
  ],
  [
    'D016',
    'Ngày báo cáo kết quả',
    ({ reportedOn }, congress, { today }) => {
      if (!reportedOn) return null;
      if (congress.date && reportedOn < congress.date)
        return t.reportedBeforeCongress(formatDateVi(reportedOn), formatDateVi(congress.date));
      return reportedOn > today ? t.reportedInFuture(formatDateVi(reportedOn), formatDateVi(today)) : null;
    },
  ],
];

/** A results row whose unit holds no congress: "did you mean" only units that do. */
const UNKNOWN_UNIT: RowCheck<CongressResult, ReadonlyMap<string, Congress>, typeof RESULTS> = [
  'R002',
  'Mã đơn vị',
  ({ unitCode }, congresses, { workbook }) =>
    rulesText.unknownReference(
      'Mã đơn vị',
      unitCode,
      TAB.congresses,
      'đơn vị',
      guessCode(unitCode, unitCandidates(workbook.units.filter((unit) => congresses.has(unit.code)))),
    ),
];

function resultFindings(context: RuleContext): Finding[] {
  const { workbook } = context;
  if (workbook.sheetNames[RESULTS] === undefined) return [];
  const findings = duplicateCodes(
    context,
    RESULTS,
    'Mã đơn vị',
    workbook.results,
    (result) => result.unitCode,
  );
  const congresses = firstByKey(workbook.congresses, (congress) => congress.unitCode);
  const named = workbook.results.filter((result) => result.unitCode);
  const unknown = named.filter((result) => !congresses.has(result.unitCode));
  const known = named.filter((result) => congresses.has(result.unitCode));
  pushAll(
    findings,
    checkRows(context, RESULTS, unknown, () => congresses, [UNKNOWN_UNIT]),
  );
  const congressOf = (result: CongressResult) => congresses.get(result.unitCode)!;
  pushAll(findings, checkRows(context, RESULTS, known, congressOf, RESULT_CHECKS));

  // D015 on each unit's first row, and on a held congress with no row at all.
  const firstResult = firstByKey(workbook.results, (result) => result.unitCode);
  for (const congress of congresses.values())
    pushAll(findings, lateReport(context, congress, firstResult.get(congress.unitCode)));
  return findings;
}

/** D015: the results went up after their deadline, or have not gone up and the deadline has passed. */
function lateReport(context: RuleContext, congress: Congress, result: CongressResult | undefined): Finding[] {
  const { workbook, today } = context;
  const due = resultsDue(congress, workbook);
  if (!isHeld(congress) || !due || congress.date! > today) return [];
  const at =
    <T extends typeof RESULTS | typeof TAB.congresses>(tab: T, header: HeaderOf<T>, row: number) =>
    (advice: Advice) => [atCell(context, 'D015', tab, header, row, advice)];
  if (result?.reportedOn) {
    if (result.reportedOn <= due || result.reportedOn > today) return [];
    const late = daysBetween(due, result.reportedOn);
    return at(
      RESULTS,
      'Ngày báo cáo kết quả',
      result.row,
    )(t.resultsLate(formatDateVi(result.reportedOn), formatDateVi(due), late));
  }
  // "Đã báo cáo" says the results went up; only a date typed after the deadline shows it was late.
  if (congress.status === 'Đã báo cáo' || today <= due) return [];
  const overdue = daysBetween(due, today);
  if (result) {
    if (wasUnreadable(result, 'Ngày báo cáo kết quả')) return [];
    return at(RESULTS, 'Ngày báo cáo kết quả', result.row)(t.resultsNotReported(formatDateVi(due), overdue));
  }
  const tabName = workbook.sheetNames[RESULTS] ?? RESULTS;
  return at(
    TAB.congresses,
    'Trạng thái',
    congress.row,
  )(t.resultsRowMissing(formatDateVi(due), overdue, tabName));
}

export const pilotRules: Rule = (context) => [...approvalFindings(context), ...resultFindings(context)];
