/**
 * The clean plan at the end of its pilots, for the tests of results: both congresses held (Chi bộ 02
 * on 08/01/2025, Bản Hon, a direct election, on 20/03/2025), every task done on its due date, and the
 * rows of Kết quả đại hội that go with them.
 */
import { dateCell } from '../../src/core/cells';
import { TAB } from '../../src/core/workbook/contract';
import { cleanTabs, type PlanTabs, type RowObject } from './workbook-builder';

export const RESULT_ROWS: readonly RowObject[] = [
  {
    'Mã đơn vị': 'CB02',
    'Đại biểu có mặt': 279,
    'Số ủy viên được bầu': 3,
    'Bí thư được bầu': 'Vàng A Sử',
    'Tỷ lệ phiếu (%)': 92.3,
    'Ngày báo cáo kết quả': dateCell('2025-01-15'),
  },
  {
    'Mã đơn vị': 'BH',
    'Đại biểu có mặt': 246,
    'Số ủy viên được bầu': 15,
    'Bí thư được bầu': 'Tao Văn Hòa',
    'Tỷ lệ phiếu (%)': 96.5,
    'Ngày báo cáo kết quả': null,
  },
];

/** The units in `held` marked `Đã tổ chức`, every task done on its Hạn. */
export function heldPlan(held: readonly string[] = ['CB02', 'BH']): PlanTabs {
  const tabs = cleanTabs();
  tabs[TAB.congresses] = tabs[TAB.congresses].map((row) =>
    held.includes(String(row['Mã đơn vị'])) ? { ...row, 'Trạng thái': 'Đã tổ chức' } : row,
  );
  tabs[TAB.milestones] = tabs[TAB.milestones].map((row) => ({ ...row, 'Ngày hoàn thành': row.Hạn! }));
  return tabs;
}
