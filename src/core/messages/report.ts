/** Vietnamese text of the progress report. */
import { formatNumberVi } from '../numbers';

export const reportText = {
  documentType: 'BÁO CÁO',
  title: (pilotOnly: boolean, directElection: boolean) =>
    `Tiến độ chuẩn bị và tổ chức ${pilotOnly ? 'đại hội điểm' : 'đại hội'}${directElection ? ', thí điểm bầu trực tiếp Bí thư' : ''}`,
  scopeLine: (name: string) => `(Phạm vi: ${name} và các đơn vị trực thuộc)`,
  banner: (errors: number) =>
    `Lưu ý: dữ liệu còn ${formatNumberVi(errors)} lỗi chưa sửa; các số liệu dưới đây dựa trên dữ liệu có lỗi và cần được kiểm tra lại.`,
  /** Section titles without their numbers: the document numbers them (I., II., ...; 1., 2., ...). */
  sections: {
    overview: 'TÌNH HÌNH CHUNG',
    congresses: 'TIẾN ĐỘ TỪNG ĐẠI HỘI',
    milestones: 'CÔNG VIỆC QUÁ HẠN VÀ SẮP ĐẾN HẠN',
    budget: 'DỰ TOÁN KINH PHÍ',
    quality: 'CHẤT LƯỢNG DỮ LIỆU',
  },
  overview: (congresses: number, pilot: number, regular: number, direct: number, delegates: number) =>
    `Theo dõi ${formatNumberVi(congresses)} đại hội (${formatNumberVi(pilot)} đại hội điểm, ${formatNumberVi(regular)} đại hội), trong đó ${formatNumberVi(direct)} đại hội thí điểm bầu trực tiếp Bí thư; tổng số đại biểu dự kiến ${formatNumberVi(delegates)}.`,
  progressHeld: 'Đã tổ chức',
  progressDocuments: 'Đã duyệt văn kiện',
  statusTableHeader: ['Trạng thái', 'Số đại hội'] as const,
  congressHeader: [
    'STT',
    'Đơn vị, hình thức',
    'Ngày đại hội',
    'Hạn hoàn thành',
    'Đại biểu',
    'Số ngày',
    'Dự toán (đồng)',
    'Trạng thái',
  ] as const,
  daysLeft: (days: number) =>
    days > 0
      ? `còn ${formatNumberVi(days)} ngày`
      : days === 0
        ? 'đến hạn hôm nay'
        : `quá hạn ${formatNumberVi(-days)} ngày`,
  delegates: (members: number | undefined, invited: number | undefined, total: number | undefined) =>
    members !== undefined && invited !== undefined
      ? `${formatNumberVi(members + invited)} (${formatNumberVi(members)} + ${formatNumberVi(invited)})`
      : total !== undefined
        ? formatNumberVi(total)
        : '',
  direct: 'bầu trực tiếp Bí thư',
  noCongress: 'Chưa có đại hội nào trong phạm vi báo cáo.',
  overdueHeading: 'Công việc quá hạn',
  dueSoonHeading: (days: number) => `Công việc đến hạn trong ${formatNumberVi(days)} ngày tới`,
  milestoneHeader: ['Mã', 'Nội dung', 'Hạn', 'Số ngày'] as const,
  overdueDays: (days: number) => `quá ${formatNumberVi(days)} ngày`,
  dueDays: (days: number) => (days === 0 ? 'hôm nay' : `còn ${formatNumberVi(days)} ngày`),
  noneOverdue: 'Không có công việc quá hạn.',
  noneDueSoon: 'Không có công việc sắp đến hạn.',
  responsible: (name: string) => `Đơn vị chủ trì: ${name}`,
  budgetTotal: 'Tổng dự toán',
  budgetByUnit: 'Theo đơn vị',
  budgetByCategory: 'Theo khoản chi',
  amountHeader: ['Mã', 'Nội dung', 'Số tiền (đồng)'] as const,
  overCapHeading: 'Các dòng vượt định mức',
  overCapHeader: ['Đơn vị', 'Khoản chi', 'Đơn giá', 'Mức tối đa', 'Vượt'] as const,
  noneOverCap: 'Không có dòng nào vượt định mức.',
  overCapLine: (unit: string, category: string, price: string, cap: string) =>
    `Vượt định mức: ${unit}, ${category}: đơn giá ${price}, mức tối đa ${cap}`,
  uncapped: (lines: number) =>
    `${formatNumberVi(lines)} dòng dự toán thuộc khoản chi chưa có định mức (Mức tối đa); số tiền vẫn được cộng vào tổng.`,
  unpriced: (lines: number) =>
    `${formatNumberVi(lines)} dòng dự toán chưa đủ Số lượng, Số ngày hoặc Đơn giá nên chưa tính được thành tiền (tính là 0 đ trong tổng).`,
  funding: 'Nguồn kinh phí',
  estimate: 'Tổng dự toán',
  retainedDues: 'Đảng phí trích giữ lại',
  otherFunding: 'Nguồn khác',
  request: 'Đề nghị cấp',
  noBudget: 'Chưa có dòng dự toán nào.',
  quality: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0
      ? 'Dữ liệu không còn lỗi hay cảnh báo.'
      : `Dữ liệu còn ${formatNumberVi(errors)} lỗi, ${formatNumberVi(warnings)} cảnh báo.`,
  qualityWhere: (tabs: string) => `Xem chi tiết ở tab "Kiểm tra dữ liệu" (nhiều nhất ở: ${tabs}).`,
  sheetTitle: (date: string) => `BÁO CÁO TIẾN ĐỘ ĐẠI HỘI — số liệu đến ${date}`,
  subjectLine: (date: string, scope: string | null) =>
    `Báo cáo tiến độ đại hội điểm ngày ${date}${scope ? ` — ${scope}` : ''}`,
  attachmentName: (iso: string) => `Bao-cao-tien-do-${iso}.pdf`,
  /** Overdue tasks with no `Đơn vị chủ trì`. */
  unassignedOwner: 'Chưa giao đơn vị chủ trì',
  /** The `Báo cáo` tab's row for tasks and budget lines that name no unit. */
  noUnit: 'Chưa ghi đơn vị',
  sheetTotal: 'Tổng cộng',
  /** The `Báo cáo` tab's note on a unit listed without a congress row. */
  sheetNoCongress: 'không có đại hội',
  docxName: (iso: string) => `Bao-cao-tien-do-${iso}.docx`,
};
