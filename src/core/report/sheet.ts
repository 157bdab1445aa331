/** The `Báo cáo` tab: one block of rows written in one call, with a format per column. */
import { pushAll } from '../arrays';
import type { Cell } from '../cells';
import { dateCell } from '../cells';
import { formatDateVi } from '../dates';
import { reportText as t } from '../messages/report';
import type { ReportModel } from './model';

export type SheetFormat = 'text' | 'date' | 'count' | 'money' | null;

export interface ReportSheet {
  /** The title line comes first, then the header row, then one row per congress, then the total. */
  readonly rows: Cell[][];
  readonly formats: readonly SheetFormat[];
  readonly widths: readonly number[];
  readonly titleRows: number;
}

export const REPORT_SHEET_HEADER = [
  'STT',
  'Mã đơn vị',
  'Đơn vị',
  'Hình thức',
  'Bầu trực tiếp Bí thư',
  'Trạng thái',
  'Ngày đại hội',
  'Hạn hoàn thành',
  'Còn lại (ngày)',
  'Thành viên dự',
  'Đại biểu mời',
  'Tổng đại biểu',
  'Số ngày',
  'Dự toán (đồng)',
  'Việc quá hạn',
] as const;

/** Columns the total row adds up (0-based), and the one that counts `Có`. */
const SUMMED = [9, 10, 11, 13, 14] as const;
const DIRECT_ELECTION = 4;

/**
 * One row per congress, then one per unit that has overdue tasks or budget lines but no congress
 * (a đảng bộ, a Cơ quan, tasks with no unit), then the total. The total adds up exactly the cells
 * above it, so it always equals the sum of its column; a unit's second congress row (R005) shows
 * its budget and tasks once.
 */
export function reportSheet(model: ReportModel): ReportSheet {
  const rows: Cell[][] = [
    [t.sheetTitle(formatDateVi(model.today)), ...Array(REPORT_SHEET_HEADER.length - 1).fill('')],
    [...REPORT_SHEET_HEADER],
  ];
  const body: Cell[][] = [];
  model.congresses.forEach((line) => {
    body.push([
      body.length + 1,
      line.unitCode,
      line.unitName,
      line.form ?? '',
      line.directElection ? 'Có' : 'Không',
      line.status ?? '',
      line.date ? dateCell(line.date) : '',
      line.deadline ? dateCell(line.deadline) : '',
      line.daysLeft ?? '',
      line.members ?? '',
      line.invited ?? '',
      line.delegates ?? '',
      line.days ?? '',
      line.repeated ? '' : line.budget,
      line.repeated ? '' : line.overdue,
    ]);
  });
  for (const other of model.otherUnits) {
    body.push([
      body.length + 1,
      other.code,
      other.name,
      t.sheetNoCongress,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      other.budget,
      other.overdue,
    ]);
  }
  const total: Cell[] = Array(REPORT_SHEET_HEADER.length).fill('');
  total[2] = t.sheetTotal;
  total[DIRECT_ELECTION] = body.filter((row) => row[DIRECT_ELECTION] === 'Có').length;
  for (const column of SUMMED) {
    total[column] = body.reduce<number>(
      (sum, row) => sum + (typeof row[column] === 'number' ? (row[column] as number) : 0),
      0,
    );
  }
  pushAll(rows, body);
  rows.push(total);
  return {
    rows,
    titleRows: 1,
    formats: [
      'count',
      'text',
      'text',
      'text',
      'text',
      'text',
      'date',
      'date',
      'count',
      'count',
      'count',
      'count',
      'count',
      'money',
      'count',
    ],
    widths: [40, 90, 280, 110, 90, 120, 100, 100, 80, 90, 90, 90, 60, 130, 80],
  };
}
