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
import { HELD_STATUSES, OPTIONAL_TAB, TAB } from '../../workbook/contract';
import type { Congress, CongressResult, Milestone, PlanWorkbook } from '../../workbook/model';
import type { Rule, RuleContext } from '../context';
import { type Finding, finding } from '../finding';
import { isDone } from './milestones';
import { guessCode } from './references';
import { duplicateCodes, unitCandidates, wasUnreadable } from './units';

const RESULTS = OPTIONAL_TAB.results;

function isHeld(congress: Congress): boolean {
  return congress.status !== undefined && HELD_STATUSES.includes(congress.status);
}

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
      const text = t.heldWithoutApproval(congress.status!, date, pending);
      findings.push(
        finding(
          'D011',
          TAB.congresses,
          context.cell(TAB.congresses, 'Trạng thái', congress.row),
          text.message,
          text.hint,
        ),
      );
      continue;
    }
    const daysLeft = daysBetween(today, congress.date);
    if (daysLeft < 0 || daysLeft > workbook.settings.remindDays) continue;
    const pending = pendingList(tasks, today);
    if (pending.length === 0) continue;
    const text = t.approvalsPending(date, daysLeft, pending);
    findings.push(
      finding(
        'D010',
        TAB.congresses,
        context.cell(TAB.congresses, 'Ngày đại hội', congress.row),
        text.message,
        text.hint,
      ),
    );
  }
  return findings;
}

/** The deadline for reporting a held congress's results: its last day plus `Hạn báo cáo kết quả (ngày)`. */
export function resultsDue(congress: Congress, workbook: PlanWorkbook): string | undefined {
  if (!congress.date) return undefined;
  return addDays(congressEnd(congress)!, workbook.settings.resultsReportDays);
}

function resultFindings(context: RuleContext): Finding[] {
  const { workbook, today } = context;
  if (workbook.sheetNames[RESULTS] === undefined) return [];
  const findings = duplicateCodes(
    context,
    RESULTS,
    'Mã đơn vị',
    workbook.results,
    (result) => result.unitCode,
    (code, cell) => rulesText.duplicateCode('Mã đơn vị', code, cell),
  );
  const push = (
    code: Finding['code'],
    header: string,
    row: number,
    text: { message: string; hint: string },
  ) => findings.push(finding(code, RESULTS, context.cell(RESULTS, header, row), text.message, text.hint));
  const congresses = new Map<string, Congress>();
  for (const congress of workbook.congresses)
    if (congress.unitCode && !congresses.has(congress.unitCode)) congresses.set(congress.unitCode, congress);
  const firstResult = new Map<string, CongressResult>();

  for (const result of workbook.results) {
    if (!result.unitCode) continue;
    const duplicate = firstResult.has(result.unitCode);
    if (!duplicate) firstResult.set(result.unitCode, result);
    const congress = congresses.get(result.unitCode);
    if (!congress) {
      // "Did you mean": only units that hold a congress can have results.
      const candidates = unitCandidates(workbook.units.filter((unit) => congresses.has(unit.code)));
      push(
        'R002',
        'Mã đơn vị',
        result.row,
        rulesText.unknownReference(
          'Mã đơn vị',
          result.unitCode,
          TAB.congresses,
          'đơn vị',
          guessCode(result.unitCode, candidates),
        ),
      );
      continue;
    }
    if (!isHeld(congress)) {
      const statusCell = context.cell(TAB.congresses, 'Trạng thái', congress.row);
      // A status that could not be read has its own finding; an empty one is T001.
      if (congress.status)
        push('D016', 'Mã đơn vị', result.row, t.resultsForCongressNotHeld(congress.status, statusCell));
    }
    const delegates =
      congress.total ??
      (congress.members !== undefined && congress.invited !== undefined
        ? congress.members + congress.invited
        : undefined);
    if (result.present !== undefined && delegates !== undefined && result.present > delegates) {
      const header = congress.total !== undefined ? 'Tổng đại biểu' : 'Thành viên dự';
      push(
        'D012',
        'Đại biểu có mặt',
        result.row,
        t.presentAboveDelegates(
          result.present,
          delegates,
          context.cell(TAB.congresses, header, congress.row),
        ),
      );
    }
    if (result.share !== undefined) {
      const share = formatQuantityVi(result.share);
      if (result.share > 100) push('D013', 'Tỷ lệ phiếu (%)', result.row, t.shareOutOfRange(share));
      else if (congress.directElection && result.share <= 50) {
        // 0,985 in a cell formatted as percent is 98,5 %: say so instead of guessing.
        const asPercent =
          result.share > 0 && result.share <= 1
            ? formatQuantityVi(Math.round(result.share * 1000) / 10)
            : null;
        push('D014', 'Tỷ lệ phiếu (%)', result.row, t.directShareNotMajority(share, asPercent));
      }
    }
    if (congress.directElection && isHeld(congress)) {
      const missing: [string, string][] = [];
      if (!result.secretary && !wasUnreadable(result, 'Bí thư được bầu'))
        missing.push(['Bí thư được bầu', t.secretaryName]);
      if (result.share === undefined && !wasUnreadable(result, 'Tỷ lệ phiếu (%)'))
        missing.push(['Tỷ lệ phiếu (%)', t.shareName]);
      if (missing.length > 0)
        push('D017', missing[0]![0], result.row, t.directWithoutSecretary(missing.map(([, name]) => name)));
    }
    if (result.reportedOn) {
      if (congress.date && result.reportedOn < congress.date)
        push(
          'D016',
          'Ngày báo cáo kết quả',
          result.row,
          t.reportedBeforeCongress(formatDateVi(result.reportedOn), formatDateVi(congress.date)),
        );
      else if (result.reportedOn > today)
        push(
          'D016',
          'Ngày báo cáo kết quả',
          result.row,
          t.reportedInFuture(formatDateVi(result.reportedOn), formatDateVi(today)),
        );
    }
    if (!duplicate) pushAll(findings, lateReport(context, congress, result));
  }

  // A held congress with no row at all, once its results are overdue.
  for (const congress of congresses.values()) {
    if (firstResult.has(congress.unitCode)) continue;
    pushAll(findings, lateReport(context, congress, undefined));
  }
  return findings;
}

/** D015: the results went up after their deadline, or have not gone up and the deadline has passed. */
function lateReport(context: RuleContext, congress: Congress, result: CongressResult | undefined): Finding[] {
  const { workbook, today } = context;
  const due = resultsDue(congress, workbook);
  if (!isHeld(congress) || !due || congress.date! > today) return [];
  const at =
    (tab: typeof RESULTS | typeof TAB.congresses, header: string, row: number) =>
    (text: { message: string; hint: string }) => [
      finding('D015', tab, context.cell(tab, header, row), text.message, text.hint),
    ];
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
