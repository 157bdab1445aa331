/**
 * The results of the congresses held as document blocks (../document/model.ts): a section of the
 * signed progress report once a congress is held, and the stand-alone "Báo cáo kết quả đại hội điểm"
 * once every pilot congress is held. Both print the same table, so the figures never disagree.
 */
import { formatDateVi } from '../dates';
import {
  type Block,
  cell,
  noteLine,
  type OfficialDocument,
  paragraph,
  section,
  type Table,
  type TableCell,
} from '../document/model';
import { resultsReportText as t } from '../messages/pilot';
import { formatNumberVi } from '../numbers';
import { isHeld } from '../workbook/queries';
import type { ReportModel } from './model';
import { type ResultLine, type ResultsSummary, summariseResults } from './results';

function resultsTable(lines: readonly ResultLine[], youth: boolean, today: string): Table {
  return {
    kind: 'table',
    size: 10.5,
    columns: [
      { width: 6, align: 'right' },
      { width: 23 },
      { width: 12, noWrap: true },
      { width: 12, align: 'right' },
      { width: 10, align: 'right' },
      { width: 16 },
      { width: 9, align: 'right' },
      { width: 12 },
    ],
    header: [...t.header(youth)],
    rows: lines.map((line, index) => {
      const detail = [line.form, line.directElection ? t.direct : ''].filter(Boolean).join('; ');
      const present: TableCell =
        line.present !== undefined && line.delegates !== undefined && line.delegates > 0
          ? {
              lines: [
                [`${formatNumberVi(line.present)}/${formatNumberVi(line.delegates)}`],
                noteLine(t.turnout(line.present, line.delegates)),
              ],
            }
          : cell(line.present !== undefined ? formatNumberVi(line.present) : '');
      const report: TableCell = line.reportedOn
        ? cell(formatDateVi(line.reportedOn))
        : line.reportDue
          ? {
              lines: [
                noteLine(t.notReported, today > line.reportDue),
                noteLine(t.reportDue(formatDateVi(line.reportDue)), today > line.reportDue),
              ],
            }
          : cell('');
      return {
        cells: [
          cell(formatNumberVi(index + 1)),
          { lines: [[line.unitName], ...(detail ? [[{ text: detail, italic: true }]] : [])] },
          cell(line.date ? formatDateVi(line.date) : ''),
          present,
          cell(line.committee !== undefined ? formatNumberVi(line.committee) : ''),
          cell(line.secretary ?? ''),
          cell(line.share !== undefined ? t.share(line.share) : ''),
          report,
        ],
      };
    }),
  };
}

function overview(results: ResultsSummary, total: number, youth: boolean): Block {
  return paragraph(
    t.overview({
      youth,
      held: results.held,
      total,
      present: results.present,
      convened: results.convened,
      committee: results.committee,
      directElections: results.directElections,
      directElected: results.directElected,
      reported: results.reported,
    }),
  );
}

/** The signed report's section on the congresses held; null while none is held. */
export function resultsSection(model: ReportModel): Block | null {
  if (!model.results) return null;
  const youth = model.settings.organisation === 'Đoàn';
  return section(t.sectionTitle, [
    overview(model.results, model.congresses.length, youth),
    resultsTable(model.results.lines, youth, model.today),
  ]);
}

/** The pilot congresses' results, when every pilot of the report's scope has been held (else null). */
export function pilotResults(model: ReportModel): ResultLine[] | null {
  const pilots = model.congresses.filter((line) => line.form === 'Đại hội điểm');
  if (pilots.length === 0) return null;
  if (pilots.some((line) => !isHeld(line))) return null;
  const codes = new Set(pilots.map((line) => line.unitCode));
  return (model.results?.lines ?? []).filter((line) => codes.has(line.unitCode));
}

/** Pilot congresses of the report's scope not yet held: what stands between the plan and its results report. */
export function pilotsNotHeld(model: ReportModel): number {
  return model.congresses.filter((line) => line.form === 'Đại hội điểm' && !isHeld(line)).length;
}

/**
 * "Báo cáo kết quả đại hội điểm": a document of its own, from the same header, Nơi nhận and signature
 * as the progress report, once every pilot congress is held; its number is left for the clerk.
 */
export function pilotResultsDocument(
  model: ReportModel,
  progress: OfficialDocument,
): OfficialDocument | null {
  const lines = pilotResults(model);
  if (!lines || lines.length === 0) return null;
  const youth = model.settings.organisation === 'Đoàn';
  const direct = lines.some((line) => line.directElection);
  const dates = lines
    .map((line) => line.date)
    .filter((date): date is string => date !== undefined)
    .sort();
  const held = lines.length;
  const summary = summariseResults(lines);
  const body: Block[] = [];
  if (dates.length > 0)
    body.push(paragraph(t.opening(held, formatDateVi(dates[0]!), formatDateVi(dates[dates.length - 1]!))));
  body.push(
    section(t.overviewTitle, [overview(summary, held, youth)]),
    section(t.tableTitle, [resultsTable(lines, youth, model.today)]),
  );
  return {
    ...progress,
    fileTitle: t.fileTitle(direct),
    // A document of its own: the clerk gives it its own number.
    header: { ...progress.header, number: { symbol: progress.header.number?.symbol ?? '' } },
    title: { type: progress.title.type, summary: [t.documentSummary(direct)] },
    body,
  };
}
