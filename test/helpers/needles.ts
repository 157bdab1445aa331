/**
 * A district whose unit tree is broken on purpose, with a distinct marker ("needle") in every unit's
 * name and in every task of every unit, to prove that no scoped message carries a unit outside its
 * scope. The tree (row numbers are sheet rows of `Đơn vị`):
 *
 *   HU (2)
 *   ├─ X1 (3) ── X1-CB1 (4), CB-TRUNG (5)
 *   └─ X2 (6) ── X2-CB1 (7), CB-TRUNG (8)      ← R001: CB-TRUNG on rows 5 and 8
 *   X3 (9) ⇄ X3-CB1 (10), X3 ── X3-CB2 (11)     ← R003: X3's parent is X3-CB1, whose parent is X3
 *
 * Scopes X1, X2 and CB-TRUNG cannot tell which CB-TRUNG is theirs; X3 would take in its own parent.
 * HU, X1-CB1 and X3-CB2 can be cut safely; `Tất cả` sees everything.
 */
import { dateCell } from '../../src/core/cells';
import { TAB } from '../../src/core/workbook/contract';
import { cleanTabs, type PlanTabs, type RowObject } from './workbook-builder';

interface UnitSpec {
  readonly code: string;
  readonly parent: string;
  readonly type: string;
}

const UNITS: readonly UnitSpec[] = [
  { code: 'HU', parent: '', type: 'Đảng bộ cấp trên cơ sở' },
  { code: 'X1', parent: 'HU', type: 'Đảng bộ cơ sở' },
  { code: 'X1-CB1', parent: 'X1', type: 'Chi bộ trực thuộc' },
  { code: 'CB-TRUNG', parent: 'X1', type: 'Chi bộ trực thuộc' },
  { code: 'X2', parent: 'HU', type: 'Đảng bộ cơ sở' },
  { code: 'X2-CB1', parent: 'X2', type: 'Chi bộ trực thuộc' },
  { code: 'CB-TRUNG', parent: 'X2', type: 'Chi bộ trực thuộc' },
  { code: 'X3', parent: 'X3-CB1', type: 'Đảng bộ cơ sở' },
  { code: 'X3-CB1', parent: 'X3', type: 'Chi bộ trực thuộc' },
  { code: 'X3-CB2', parent: 'X3', type: 'Chi bộ trực thuộc' },
];

/** The needle in the name of the unit on sheet row `row`. */
export const unitNeedle = (row: number) => `KIM${row}Q`;
/** The needle in the task owned by `code`. */
export const taskNeedle = (code: string) => `VIEC-${code}-Z`;

export const NEEDLE_TODAY = '2024-12-21';

export interface NeedleRecipient {
  readonly name: string;
  readonly email: string;
  readonly scope: string;
  /** Sheet rows of `Đơn vị` this recipient may read about; null: blocked, gets nothing. */
  readonly rows: readonly number[] | null;
}

const rowOf = (index: number) => index + 2;
const rowsOf = (...codes: string[]) =>
  UNITS.flatMap((unit, index) => (codes.includes(unit.code) ? [rowOf(index)] : []));

export const NEEDLE_RECIPIENTS: readonly NeedleRecipient[] = [
  {
    name: 'Toàn huyện',
    email: 'tat-ca@huyen.example.vn',
    scope: 'Tất cả',
    rows: rowsOf(...UNITS.map((u) => u.code)),
  },
  {
    name: 'Huyện ủy',
    email: 'hu@huyen.example.vn',
    scope: 'HU',
    // X3's branch hangs off its own chi bộ, not off HU.
    rows: rowsOf('HU', 'X1', 'X1-CB1', 'CB-TRUNG', 'X2', 'X2-CB1'),
  },
  { name: 'Xã Một', email: 'x1@huyen.example.vn', scope: 'X1', rows: null },
  { name: 'Xã Hai', email: 'x2@huyen.example.vn', scope: 'X2', rows: null },
  { name: 'Xã Ba', email: 'x3@huyen.example.vn', scope: 'X3', rows: null },
  { name: 'Chi bộ trùng', email: 'trung@huyen.example.vn', scope: 'CB-TRUNG', rows: null },
  { name: 'Chi bộ Một', email: 'x1cb1@huyen.example.vn', scope: 'X1-CB1', rows: rowsOf('X1-CB1') },
  { name: 'Chi bộ Ba Hai', email: 'x3cb2@huyen.example.vn', scope: 'X3-CB2', rows: rowsOf('X3-CB2') },
];

/** Every needle of the workbook with the sheet row of the unit it belongs to. */
export function allNeedles(): { readonly needle: string; readonly row: number }[] {
  return UNITS.flatMap((unit, index) => [
    { needle: unitNeedle(rowOf(index)), row: rowOf(index) },
    // A task is its owner code's: for CB-TRUNG, both rows' (which one it is cannot be told).
    { needle: taskNeedle(unit.code), row: rowOf(index) },
  ]);
}

/** Needles in `text` that do not belong to `rows`. */
export function foreignNeedles(text: string, rows: readonly number[]): string[] {
  const allowed = new Set(rows);
  const byNeedle = new Map<string, number[]>();
  for (const { needle, row } of allNeedles()) byNeedle.set(needle, [...(byNeedle.get(needle) ?? []), row]);
  return [...byNeedle]
    .filter(([needle, owners]) => text.includes(needle) && !owners.some((row) => allowed.has(row)))
    .map(([needle]) => needle);
}

export function needleTabs(): PlanTabs {
  const tabs = cleanTabs();
  const units: RowObject[] = UNITS.map((unit, index) => ({
    'Mã đơn vị': unit.code,
    'Tên đơn vị': `Đơn vị ${unit.code} ${unitNeedle(rowOf(index))}`,
    'Loại đơn vị': unit.type,
    'Đơn vị cấp trên': unit.parent,
    'Số thành viên': 20,
    'Nhiệm kỳ': '2020-2025',
    'Ngày hết nhiệm kỳ': dateCell('2025-06-30'),
    'Người liên hệ': `Liên hệ ${unit.code}`,
    Email: `${unit.code.toLowerCase()}@donvi.example.vn`,
  }));
  const codes = [...new Set(UNITS.map((unit) => unit.code))];
  const congresses: RowObject[] = codes.map((code) => ({
    'Mã đơn vị': code,
    'Hình thức': 'Đại hội',
    'Bầu trực tiếp Bí thư': 'Không',
    'Ngày đại hội': dateCell('2025-03-10'),
    'Nhiệm kỳ mới': '2025-2030',
    'Số ngày': 1,
    'Thành viên dự': 15,
    'Đại biểu mời': 5,
    'Tổng đại biểu': 20,
    'Hạn hoàn thành': dateCell('2025-03-31'),
    'Trạng thái': 'Đang chuẩn bị',
  }));
  const milestones: RowObject[] = codes.map((code, index) => ({
    'Mã công việc': `CV${String(index + 1).padStart(2, '0')}`,
    'Nội dung': `Việc của ${code} ${taskNeedle(code)}`,
    'Đơn vị chủ trì': code,
    Hạn: dateCell('2024-12-01'),
    'Ngày hoàn thành': '',
    'Phụ thuộc': '',
  }));
  const budget: RowObject[] = codes.map((code) => ({
    'Mã đơn vị': code,
    'Khoản chi': 'TL',
    'Số lượng': 20,
    'Số ngày': '',
    'Đơn giá': 20000,
    'Thành tiền': 400000,
    'Ghi chú': '',
  }));
  const recipients: RowObject[] = NEEDLE_RECIPIENTS.map((r) => ({
    'Họ tên': r.name,
    Email: r.email,
    'Phạm vi': r.scope,
    'Định kỳ': 'Hằng ngày',
  }));
  return {
    ...tabs,
    [TAB.units]: units,
    [TAB.congresses]: congresses,
    [TAB.milestones]: milestones,
    [TAB.budget]: budget,
    [TAB.recipients]: recipients,
  };
}
