/** The `Báo cáo` tab: a title line, one row per congress and per other unit with figures, a total. */
import { type Cell, dateCell } from '../cells';
import { formatDateVi } from '../dates';
import { reportText as t } from '../messages/report';
import type { CongressLine, OtherUnitLine, ReportModel } from '../report/model';
import { OUTPUT_TAB } from '../workbook/contract';
import {
  type ColumnFormat,
  countOf,
  type OutputColumn,
  type OutputTabSpec,
  type SheetBlock,
  sheetBlock,
  sumOf,
} from './output-tab';

/** One body row of the tab, whichever kind of line it comes from. */
type ReportTabRow = { readonly [K in Exclude<keyof typeof t.sheetHeader, 'position'>]: Cell };

function congressRow(line: CongressLine): ReportTabRow {
  return {
    code: line.unitCode,
    name: line.unitName,
    form: line.form ?? '',
    directElection: line.directElection ? t.yes : t.no,
    status: line.status ?? '',
    date: line.date ? dateCell(line.date) : '',
    deadline: line.deadline ? dateCell(line.deadline) : '',
    daysLeft: line.daysLeft ?? '',
    members: line.members ?? '',
    invited: line.invited ?? '',
    delegates: line.delegates ?? '',
    days: line.days ?? '',
    // A unit's second congress row (R005) shows its budget and tasks once.
    budget: line.repeated ? '' : line.budget,
    overdue: line.repeated ? '' : line.overdue,
  };
}

function otherUnitRow(other: OtherUnitLine): ReportTabRow {
  return {
    code: other.code,
    name: other.name,
    form: t.sheetNoCongress,
    directElection: '',
    status: '',
    date: '',
    deadline: '',
    daysLeft: '',
    members: '',
    invited: '',
    delegates: '',
    days: '',
    budget: other.budget,
    overdue: other.overdue,
  };
}

function field(
  key: keyof ReportTabRow,
  format: ColumnFormat,
  width: number,
  total?: OutputColumn<ReportTabRow>['total'],
): OutputColumn<ReportTabRow> {
  return { header: t.sheetHeader[key], value: (row) => row[key], format, width, ...(total ? { total } : {}) };
}

export const REPORT_TAB: OutputTabSpec<ReportTabRow> = {
  name: OUTPUT_TAB.report,
  columns: [
    { header: t.sheetHeader.position, value: (_, index) => index + 1, format: 'count', width: 40 },
    field('code', 'text', 90),
    field('name', 'text', 280, () => t.sheetTotal),
    field('form', 'text', 110),
    field('directElection', 'text', 90, countOf(t.yes)),
    field('status', 'text', 120),
    field('date', 'date', 100),
    field('deadline', 'date', 100),
    field('daysLeft', 'count', 80),
    field('members', 'count', 90, sumOf),
    field('invited', 'count', 90, sumOf),
    field('delegates', 'count', 90, sumOf),
    field('days', 'count', 60),
    field('budget', 'money', 130, sumOf),
    field('overdue', 'count', 80, sumOf),
  ],
};

/**
 * One row per congress, then one per unit that has overdue tasks or budget lines but no congress
 * (a đảng bộ, a Cơ quan, tasks with no unit), then the total. The total adds up exactly the cells
 * above it, so it always equals the sum of its column.
 */
export function reportSheet(model: ReportModel): SheetBlock {
  return sheetBlock(
    REPORT_TAB,
    model.congresses.map(congressRow).concat(model.otherUnits.map(otherUnitRow)),
    { title: t.sheetTitle(formatDateVi(model.today)) },
  );
}
