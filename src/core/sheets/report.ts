/** The `Báo cáo` tab: a title line, one row per congress and per other unit with figures, a total. */
import { dateCell } from '../cells';
import { formatDateVi } from '../dates';
import { reportText as t } from '../messages/report';
import type { CongressLine, OtherUnitLine, ReportModel } from '../report/model';
import { OUTPUT_TAB, YES_NO } from '../workbook/contract';
import {
  columnsFrom,
  type OutputTabSpec,
  type SheetBlock,
  sheetBlock,
  sumOf,
  type TabRow,
} from './output-tab';

type Field = keyof typeof t.sheetHeader;
const [YES, NO] = YES_NO;

/** A congress's line as the tab shows it; a unit's second congress row (R005) shows its budget and tasks once. */
function congressRow(line: CongressLine): TabRow<Field> {
  return {
    ...line,
    directElection: line.directElection ? YES : NO,
    date: line.date && dateCell(line.date),
    deadline: line.deadline && dateCell(line.deadline),
    ...(line.repeated ? { budget: '', overdue: '' } : {}),
  };
}

function otherUnitRow(other: OtherUnitLine): TabRow<Field> {
  return { ...other, unitCode: other.code, unitName: other.name, form: t.sheetNoCongress };
}

const REPORT_TAB: OutputTabSpec<Field> = {
  name: OUTPUT_TAB.report,
  columns: columnsFrom(t.sheetHeader, [
    ['position', 'count', 40],
    ['unitCode', 'text', 90],
    ['unitName', 'text', 280, () => t.sheetTotal],
    ['form', 'text', 110],
    ['directElection', 'text', 90, (cells) => cells.filter((cell) => cell === YES).length],
    ['status', 'text', 120],
    ['date', 'date', 100],
    ['deadline', 'date', 100],
    ['daysLeft', 'count', 80],
    ['members', 'count', 90, sumOf],
    ['invited', 'count', 90, sumOf],
    ['delegates', 'count', 90, sumOf],
    ['days', 'count', 60],
    ['budget', 'money', 130, sumOf],
    ['overdue', 'count', 80, sumOf],
  ]),
};

/**
 * One row per congress, then one per unit that has overdue tasks or budget lines but no congress
 * (a đảng bộ, a Cơ quan, tasks with no unit), then the total. The total adds up exactly the cells
 * above it, so it always equals the sum of its column.
 */
export function reportSheet(model: ReportModel): SheetBlock {
  const rows = model.congresses.map(congressRow).concat(model.otherUnits.map(otherUnitRow));
  return sheetBlock(
    REPORT_TAB,
    rows.map((row, index) => ({ ...row, position: index + 1 })),
    { title: t.sheetTitle(formatDateVi(model.today)) },
  );
}
