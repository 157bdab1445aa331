/** The `Báo cáo` tab: one block of rows written in one call, with a format per column. */
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

export function reportSheet(model: ReportModel): ReportSheet {
  const rows: Cell[][] = [
    [t.sheetTitle(formatDateVi(model.today)), ...Array(REPORT_SHEET_HEADER.length - 1).fill('')],
    [...REPORT_SHEET_HEADER],
  ];
  model.congresses.forEach((line, index) => {
    rows.push([
      index + 1,
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
      line.budget,
      line.overdue,
    ]);
  });
  rows.push([
    '',
    '',
    'Tổng cộng',
    '',
    model.directElections,
    '',
    '',
    '',
    '',
    model.congresses.reduce((sum, c) => sum + (c.members ?? 0), 0),
    model.congresses.reduce((sum, c) => sum + (c.invited ?? 0), 0),
    model.delegates,
    '',
    model.budget.total,
    model.overdueCount,
  ]);
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
