/**
 * The results of the congresses held, as the report shows them: turn-out, the committees elected and
 * the direct elections of secretaries with their shares (the optional `Kết quả đại hội` tab), one line
 * per congress marked held. Absent when no congress in scope has been held.
 */
import type { IsoDate } from '../cells';
import { addDays } from '../dates';
import { congressEnd } from '../pilot/tasks';
import type { CongressForm } from '../workbook/contract';
import type { Congress, PlanWorkbook, Unit } from '../workbook/model';
import { firstByKey, isHeld, unitNameOf } from '../workbook/queries';

export interface ResultLine {
  readonly unitCode: string;
  readonly unitName: string;
  readonly form?: CongressForm;
  readonly directElection: boolean;
  /** The congress has a row in `Kết quả đại hội`. */
  readonly recorded: boolean;
  readonly date?: IsoDate;
  /** Delegates convened: `Tổng đại biểu`, else members + invited. */
  readonly delegates?: number;
  readonly present?: number;
  readonly committee?: number;
  readonly secretary?: string;
  /** Percent, 0–100 as typed. */
  readonly share?: number;
  readonly reportedOn?: IsoDate;
  /** Last day to report the results up (the congress's last day + `Hạn báo cáo kết quả (ngày)`). */
  readonly reportDue?: IsoDate;
}

export interface ResultsSummary {
  /** Congresses marked `Đã tổ chức` or `Đã báo cáo`. */
  readonly held: number;
  /** Of those, how many have a row in `Kết quả đại hội`. */
  readonly withResults: number;
  /** Of those, how many reported their results up (a `Ngày báo cáo kết quả`). */
  readonly reported: number;
  /** Delegates present, summed over the congresses that give both figures. */
  readonly present: number;
  /** Delegates convened to those same congresses: turn-out is present / convened. */
  readonly convened: number;
  /** Committee members elected, summed. */
  readonly committee: number;
  /** Held congresses that elected their secretary directly, and how many of them have a name recorded. */
  readonly directElections: number;
  readonly directElected: number;
  readonly lines: readonly ResultLine[];
}

function delegatesOf(congress: Congress): number | undefined {
  if (congress.total !== undefined) return congress.total;
  return congress.members !== undefined && congress.invited !== undefined
    ? congress.members + congress.invited
    : undefined;
}

/** `workbook` is already cut to the report's scope. */
export function resultsSummary(
  workbook: PlanWorkbook,
  units: ReadonlyMap<string, Unit>,
): ResultsSummary | null {
  const results = firstByKey(workbook.results, (result) => result.unitCode);
  const seen = new Set<string>();
  const lines: ResultLine[] = [];
  for (const congress of workbook.congresses) {
    if (!isHeld(congress) || seen.has(congress.unitCode)) continue;
    seen.add(congress.unitCode);
    const result = results.get(congress.unitCode);
    const delegates = delegatesOf(congress);
    const end = congress.date ? congressEnd(congress) : undefined;
    lines.push({
      unitCode: congress.unitCode,
      unitName: unitNameOf(units, congress.unitCode),
      ...(congress.form ? { form: congress.form } : {}),
      directElection: congress.directElection,
      recorded: result !== undefined,
      ...(congress.date ? { date: congress.date } : {}),
      ...(delegates !== undefined ? { delegates } : {}),
      ...(result?.present !== undefined ? { present: result.present } : {}),
      ...(result?.committee !== undefined ? { committee: result.committee } : {}),
      ...(result?.secretary ? { secretary: result.secretary } : {}),
      ...(result?.share !== undefined ? { share: result.share } : {}),
      ...(result?.reportedOn ? { reportedOn: result.reportedOn } : {}),
      ...(end ? { reportDue: addDays(end, workbook.settings.resultsReportDays) } : {}),
    });
  }
  if (lines.length === 0) return null;
  return summariseResults(lines);
}

/** The totals of some congresses held: the whole scope's, or only the pilots'. */
export function summariseResults(lines: readonly ResultLine[]): ResultsSummary {
  const counted = lines.filter((line) => line.present !== undefined && line.delegates !== undefined);
  const direct = lines.filter((line) => line.directElection);
  return {
    held: lines.length,
    withResults: lines.filter((line) => line.recorded).length,
    reported: lines.filter((line) => line.reportedOn !== undefined).length,
    present: counted.reduce((sum, line) => sum + line.present!, 0),
    convened: counted.reduce((sum, line) => sum + line.delegates!, 0),
    committee: lines.reduce((sum, line) => sum + (line.committee ?? 0), 0),
    directElections: direct.length,
    directElected: direct.filter((line) => line.secretary !== undefined).length,
    lines,
  };
}
