/**
 * The categories of congress spending that `Định mức` ships with. The caps of Quy định 3041-QĐ/VPTW
 * are not public, so `Mức tối đa` is always empty here: staff type the caps from the text they hold.
 * Never put an invented amount in this table.
 */
import type { Cell } from '../cells';

const QD3041 = 'Quy định 3041-QĐ/VPTW ngày 21/8/2024 của Văn phòng Trung ương Đảng';
const QD99 = 'Quyết định 99-QĐ/TW ngày 30/5/2012; Hướng dẫn 21-HD/VPTW ngày 04/3/2013';

const BRANCH_LEVELS = 'Chi bộ trực thuộc; Chi bộ cơ sở; Chi đoàn; Chi đoàn cơ sở';
const BASE_LEVELS = 'Đảng bộ bộ phận; Đảng bộ cơ sở; Đoàn cơ sở';
const UPPER_LEVELS = 'Đảng bộ cấp trên cơ sở; Đoàn cấp trên cơ sở';

function norm(
  code: string,
  name: string,
  unit: string,
  appliesTo: string,
  basis: string,
): Record<string, Cell> {
  return {
    'Mã khoản chi': code,
    'Nội dung chi': name,
    'Đơn vị tính': unit,
    'Áp dụng cho': appliesTo,
    'Mức tối đa': null,
    'Căn cứ': basis,
  };
}

export const NORMS_CATALOGUE: readonly Readonly<Record<string, Cell>>[] = [
  norm('VK-CB', 'Biên tập, soạn thảo, hoàn chỉnh văn kiện đại hội', 'đại hội', BRANCH_LEVELS, QD3041),
  norm('VK-DB', 'Biên tập, soạn thảo, hoàn chỉnh văn kiện đại hội', 'đại hội', BASE_LEVELS, QD3041),
  norm('VK-TS', 'Biên tập, soạn thảo, hoàn chỉnh văn kiện đại hội', 'đại hội', UPPER_LEVELS, QD3041),
  norm('BD-TB', 'Bồi dưỡng thành viên tiểu ban, tổ giúp việc, tổ biên tập', 'người/tháng', 'Tất cả', QD3041),
  norm('HOP-CT', 'Họp chuẩn bị văn kiện, nhân sự: người chủ trì', 'người/buổi', 'Tất cả', QD3041),
  norm('HOP-DB', 'Họp chuẩn bị văn kiện, nhân sự: đại biểu dự họp', 'người/buổi', 'Tất cả', QD3041),
  norm('AN-CB', 'Tiền ăn đại biểu dự đại hội', 'người/ngày', BRANCH_LEVELS, QD3041),
  norm('AN-DB', 'Tiền ăn đại biểu dự đại hội', 'người/ngày', BASE_LEVELS, QD3041),
  norm('AN-TS', 'Tiền ăn đại biểu dự đại hội', 'người/ngày', UPPER_LEVELS, QD3041),
  norm('NUOC', 'Nước uống, giải khát giữa giờ', 'người/ngày', 'Tất cả', QD3041),
  norm('NGHI', 'Thuê chỗ nghỉ cho đại biểu ở xa', 'người/ngày', 'Tất cả', QD3041),
  norm('HT', 'Thuê hội trường, trang trí, khánh tiết, âm thanh', 'đại hội', 'Tất cả', QD3041),
  norm('TL', 'In ấn, phô tô tài liệu, văn phòng phẩm', 'người', 'Tất cả', QD3041),
  norm('PV', 'Bồi dưỡng người phục vụ đại hội', 'người/ngày', 'Tất cả', QD3041),
  norm(
    'HTCB',
    'Hỗ trợ kinh phí đại hội chi bộ trực thuộc (theo nhiệm kỳ)',
    'đại hội',
    'Chi bộ trực thuộc',
    QD99,
  ),
  norm('KHAC', 'Chi khác phục vụ đại hội', 'đại hội', 'Tất cả', QD3041),
];
