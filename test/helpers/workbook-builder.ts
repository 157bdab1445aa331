/**
 * Builds RawWorkbooks for tests from rows written as { header: value } objects. The default plan is
 * clean on CLEAN_TODAY: validating it gives no finding at all, so a test changes one cell and asserts
 * exactly the finding that one change causes.
 */
import type { Cell, RawSheet, RawWorkbook } from '../../src/core/cells';
import { dateCell } from '../../src/core/cells';
import { COLUMNS, INPUT_TABS, type InputTab, TAB } from '../../src/core/workbook/contract';

export type RowObject = Record<string, Cell>;
export type PlanTabs = Record<InputTab, RowObject[]>;

export const CLEAN_TODAY = '2024-12-01';

export function cleanTabs(): PlanTabs {
  return {
    [TAB.settings]: [
      { Khóa: 'Cơ quan cấp trên', 'Giá trị': 'ĐẢNG BỘ TỈNH LAI CHÂU' },
      { Khóa: 'Cơ quan ban hành', 'Giá trị': 'HUYỆN ỦY PHONG THỔ' },
      { Khóa: 'Địa danh', 'Giá trị': 'Phong Thổ' },
      { Khóa: 'Ký hiệu báo cáo', 'Giá trị': 'BC/HU' },
      { Khóa: 'Số báo cáo', 'Giá trị': '12' },
      { Khóa: 'Người ký', 'Giá trị': 'Tần Thị Quế' },
      { Khóa: 'Chức vụ người ký', 'Giá trị': 'BÍ THƯ' },
      { Khóa: 'Thay mặt', 'Giá trị': 'T/M BAN THƯỜNG VỤ' },
      { Khóa: 'Tổ chức', 'Giá trị': 'Đảng' },
      { Khóa: 'Nhắc trước (ngày)', 'Giá trị': 7 },
      { Khóa: 'Múi giờ', 'Giá trị': 'Asia/Ho_Chi_Minh' },
    ],
    [TAB.units]: [
      {
        'Mã đơn vị': 'HU',
        'Tên đơn vị': 'Đảng bộ huyện Phong Thổ',
        'Loại đơn vị': 'Đảng bộ cấp trên cơ sở',
        'Đơn vị cấp trên': '',
        'Số thành viên': 5000,
        'Nhiệm kỳ': '2020-2025',
        'Ngày hết nhiệm kỳ': dateCell('2025-10-31'),
        'Người liên hệ': 'Văn phòng Huyện ủy',
        Email: 'vanphong@phongtho.example.vn',
      },
      {
        'Mã đơn vị': 'BL',
        'Tên đơn vị': 'Đảng bộ xã Bình Lư',
        'Loại đơn vị': 'Đảng bộ cơ sở',
        'Đơn vị cấp trên': 'HU',
        'Số thành viên': 310,
        'Nhiệm kỳ': '2020-2025',
        'Ngày hết nhiệm kỳ': dateCell('2025-06-30'),
        'Người liên hệ': 'Lò Văn Minh',
        Email: 'binhlu@phongtho.example.vn',
      },
      {
        'Mã đơn vị': 'CB02',
        'Tên đơn vị': 'Chi bộ 02 (bản Nà Phát)',
        'Loại đơn vị': 'Chi bộ trực thuộc',
        'Đơn vị cấp trên': 'BL',
        'Số thành viên': 13,
        'Nhiệm kỳ': '2022-2025',
        'Ngày hết nhiệm kỳ': dateCell('2025-01-15'),
        'Người liên hệ': 'Vàng A Sử',
        Email: 'chibo02@phongtho.example.vn',
      },
      {
        'Mã đơn vị': 'BH',
        'Tên đơn vị': 'Đảng bộ xã Bản Hon',
        'Loại đơn vị': 'Đảng bộ cơ sở',
        'Đơn vị cấp trên': 'HU',
        'Số thành viên': 195,
        'Nhiệm kỳ': '2020-2025',
        'Ngày hết nhiệm kỳ': dateCell('2025-03-31'),
        'Người liên hệ': 'Tao Thị Hoa',
        Email: 'banhon@phongtho.example.vn',
      },
    ],
    [TAB.congresses]: [
      {
        'Mã đơn vị': 'CB02',
        'Hình thức': 'Đại hội điểm',
        'Bầu trực tiếp Bí thư': 'Không',
        'Ngày đại hội': dateCell('2025-01-08'),
        'Nhiệm kỳ mới': '2025-2027',
        'Số ngày': 1,
        'Thành viên dự': 13,
        'Đại biểu mời': 269,
        'Tổng đại biểu': 282,
        'Hạn hoàn thành': dateCell('2025-01-10'),
        'Trạng thái': 'Đang chuẩn bị',
      },
      {
        'Mã đơn vị': 'BH',
        'Hình thức': 'Đại hội điểm',
        'Bầu trực tiếp Bí thư': 'Có',
        'Ngày đại hội': dateCell('2025-03-20'),
        'Nhiệm kỳ mới': '2025-2030',
        'Số ngày': 2,
        'Thành viên dự': 195,
        'Đại biểu mời': 55,
        'Tổng đại biểu': 250,
        'Hạn hoàn thành': dateCell('2025-03-31'),
        'Trạng thái': 'Chưa bắt đầu',
      },
    ],
    [TAB.milestones]: [
      {
        'Mã công việc': 'CV01',
        'Nội dung': 'Duyệt văn kiện đại hội Chi bộ 02',
        'Đơn vị chủ trì': 'BL',
        Hạn: dateCell('2024-12-20'),
        'Ngày hoàn thành': '',
        'Phụ thuộc': '',
      },
      {
        'Mã công việc': 'CV02',
        'Nội dung': 'Tổ chức đại hội Chi bộ 02',
        'Đơn vị chủ trì': 'CB02',
        Hạn: dateCell('2025-01-10'),
        'Ngày hoàn thành': '',
        'Phụ thuộc': 'CV01',
      },
    ],
    [TAB.budget]: [
      {
        'Mã đơn vị': 'CB02',
        'Khoản chi': 'AN',
        'Số lượng': 282,
        'Số ngày': 1,
        'Đơn giá': 100000,
        'Thành tiền': 28200000,
        'Ghi chú': '',
      },
      {
        'Mã đơn vị': 'CB02',
        'Khoản chi': 'HT',
        'Số lượng': 1,
        'Số ngày': '',
        'Đơn giá': 5000000,
        'Thành tiền': '',
        'Ghi chú': '',
      },
      {
        'Mã đơn vị': 'BH',
        'Khoản chi': 'TL',
        'Số lượng': 250,
        'Số ngày': '',
        'Đơn giá': 20000,
        'Thành tiền': 5000000,
        'Ghi chú': '',
      },
    ],
    [TAB.norms]: [
      {
        'Mã khoản chi': 'AN',
        'Nội dung chi': 'Tiền ăn đại biểu',
        'Đơn vị tính': 'người/ngày',
        'Áp dụng cho': 'Tất cả',
        'Mức tối đa': 150000,
        'Căn cứ': 'Quy định 3041-QĐ/VPTW',
      },
      {
        'Mã khoản chi': 'HT',
        'Nội dung chi': 'Thuê hội trường, trang trí, khánh tiết',
        'Đơn vị tính': 'đại hội',
        'Áp dụng cho': 'Tất cả',
        'Mức tối đa': 10000000,
        'Căn cứ': 'Quy định 3041-QĐ/VPTW',
      },
      {
        'Mã khoản chi': 'TL',
        'Nội dung chi': 'In ấn, phô tô tài liệu',
        'Đơn vị tính': 'người',
        'Áp dụng cho': 'Tất cả',
        'Mức tối đa': 30000,
        'Căn cứ': 'Quy định 3041-QĐ/VPTW',
      },
    ],
    [TAB.recipients]: [
      {
        'Họ tên': 'Tần Thị Quế',
        Email: 'que@phongtho.example.vn',
        'Phạm vi': 'Tất cả',
        'Định kỳ': 'Hằng tuần',
      },
      { 'Họ tên': 'Lò Văn Minh', Email: 'minh@binhlu.example.vn', 'Phạm vi': 'BL', 'Định kỳ': 'Hằng ngày' },
    ],
  };
}

/** A tab from row objects; headers default to the contract's order. Missing keys become ''. */
export function sheetFrom(name: string, rows: readonly RowObject[], headers?: readonly string[]): RawSheet {
  const columns =
    headers ?? COLUMNS[name as InputTab]?.map((spec) => spec.header) ?? Object.keys(rows[0] ?? {});
  return { name, rows: [[...columns], ...rows.map((row) => columns.map((header) => row[header] ?? ''))] };
}

export interface BuildOptions {
  /** Input tabs left out of the workbook. */
  readonly omit?: readonly InputTab[];
  /** Sheets added after the input tabs, as they are. */
  readonly extraSheets?: readonly RawSheet[];
  /** Replaces a tab's raw grid entirely (to test headers). */
  readonly rawTabs?: Partial<Record<InputTab, RawSheet>>;
}

/** The clean plan with some tabs' rows replaced. */
export function buildWorkbook(tabs: Partial<PlanTabs> = {}, options: BuildOptions = {}): RawWorkbook {
  const merged = { ...cleanTabs(), ...tabs };
  const sheets: RawSheet[] = [];
  for (const tab of INPUT_TABS) {
    if (options.omit?.includes(tab)) continue;
    sheets.push(options.rawTabs?.[tab] ?? sheetFrom(tab, merged[tab]));
  }
  return { sheets: [...sheets, ...(options.extraSheets ?? [])], spreadsheetTimeZone: 'Asia/Ho_Chi_Minh' };
}

/** The clean plan with one row's cells changed: `withCells(TAB.units, 1, { 'Số thành viên': -1 })`. */
export function withCells(
  tab: InputTab,
  index: number,
  cells: RowObject,
  base: PlanTabs = cleanTabs(),
): PlanTabs {
  const rows = base[tab].map((row, i) => (i === index ? { ...row, ...cells } : row));
  return { ...base, [tab]: rows };
}

/** The clean plan whose recipients are `count` daily whole-plan ones: Người nhận 1, nguoi1@example.vn, … */
export function withDailyRecipients(count: number): PlanTabs {
  const recipients = Array.from({ length: count }, (_, i) => ({
    'Họ tên': `Người nhận ${i + 1}`,
    Email: `nguoi${i + 1}@example.vn`,
    'Phạm vi': 'Tất cả',
    'Định kỳ': 'Hằng ngày',
  }));
  return { ...cleanTabs(), [TAB.recipients]: recipients };
}
