/** Vietnamese text of the progress report: the signed report, the scoped notice and the tab. */
import { formatNumberVi } from '../numbers';
import type { CongressStatus } from '../workbook/contract';

const n = formatNumberVi;

/** "A, B, C và 4 đơn vị khác": a list that stays one readable sentence however many names it has. */
function nameList(names: readonly string[], most = 5): string {
  if (names.length <= most) {
    return names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
  }
  return `${names.slice(0, most).join(', ')} và ${n(names.length - most)} đơn vị khác`;
}

/** What a congress in each status is doing, as a sentence says it ("2 đại hội đang chuẩn bị"). */
const STATUS_PHRASE: Record<CongressStatus, string> = {
  'Đã báo cáo': 'đã tổ chức và báo cáo kết quả',
  'Đã tổ chức': 'đã tổ chức',
  'Đã duyệt văn kiện': 'đã được duyệt văn kiện',
  'Đang chuẩn bị': 'đang chuẩn bị',
  'Chưa bắt đầu': 'chưa bắt đầu chuẩn bị',
};

export const reportText = {
  documentType: 'BÁO CÁO',
  title(pilotOnly: boolean, directElection: boolean) {
    return `Tiến độ chuẩn bị và tổ chức ${pilotOnly ? 'đại hội điểm' : 'đại hội'}${directElection ? ', thí điểm bầu trực tiếp Bí thư' : ''}`;
  },
  /** Section titles without their numbers: the document numbers them (I., II., ...; 1., 2., ...). */
  sections: {
    overview: 'TÌNH HÌNH CHUNG',
    congresses: 'TIẾN ĐỘ TỪNG ĐẠI HỘI',
    milestones: 'CÔNG VIỆC QUÁ HẠN VÀ SẮP ĐẾN HẠN',
    budget: 'DỰ TOÁN KINH PHÍ',
    assessment: 'ĐÁNH GIÁ',
    proposals: 'ĐỀ XUẤT, KIẾN NGHỊ',
  },
  /**
   * The congresses followed, counting only what there is: "3 đại hội điểm", "5 đại hội (2 đại hội
   * điểm, 3 đại hội)", then the direct elections and the delegates when there are any.
   */
  overview(total: number, pilot: number, regular: number, direct: number, delegates: number) {
    const forms =
      pilot === total
        ? `${n(total)} đại hội điểm`
        : regular === total
          ? `${n(total)} đại hội`
          : pilot + regular === total
            ? `${n(total)} đại hội (${n(pilot)} đại hội điểm, ${n(regular)} đại hội)`
            : pilot > 0
              ? `${n(total)} đại hội, trong đó ${n(pilot)} đại hội điểm`
              : `${n(total)} đại hội`;
    const directPart =
      direct === 0
        ? ''
        : direct === total && total > 1
          ? `; cả ${n(total)} đại hội đều thí điểm bầu trực tiếp Bí thư`
          : `; ${n(direct)} đại hội thí điểm bầu trực tiếp Bí thư`;
    const delegatesPart = delegates > 0 ? `; tổng số đại biểu dự kiến ${n(delegates)}` : '';
    return `Số đại hội theo dõi: ${forms}${directPart}${delegatesPart}.`;
  },
  /** Where the congresses stand, most advanced first; `unknown` have no `Trạng thái` yet. */
  standing(counts: readonly { status: CongressStatus; count: number }[], unknown: number, total: number) {
    const present = counts.filter((row) => row.count > 0);
    if (present.length === 1 && unknown === 0 && total > 1)
      return `Cả ${n(total)} đại hội đều ${STATUS_PHRASE[present[0]!.status]}.`;
    const parts = present.map((row) => `${n(row.count)} đại hội ${STATUS_PHRASE[row.status]}`);
    if (unknown > 0) parts.push(`${n(unknown)} đại hội chưa cập nhật tình hình`);
    return `Đến nay: ${parts.join('; ')}.`;
  },
  noCongress: 'Chưa có đại hội nào trong kế hoạch.',
  progressHeld: 'Đã tổ chức',
  progressDocuments: 'Đã duyệt văn kiện',
  congressHeader: {
    index: 'STT',
    unit: 'Đơn vị, hình thức',
    date: 'Ngày đại hội',
    deadline: 'Hạn hoàn thành',
    delegates: 'Đại biểu',
    days: 'Số ngày',
    budget: 'Dự toán (đồng)',
    status: 'Trạng thái',
  },
  daysLeft(days: number) {
    return days > 0 ? `còn ${n(days)} ngày` : days === 0 ? 'đến hạn hôm nay' : `quá hạn ${n(-days)} ngày`;
  },
  delegates(members: number | undefined, invited: number | undefined, total: number | undefined) {
    return members !== undefined && invited !== undefined
      ? `${n(members + invited)} (${n(members)} + ${n(invited)})`
      : total !== undefined
        ? n(total)
        : '';
  },
  direct: 'bầu trực tiếp Bí thư',
  /** The tasks section's opening: what it lists, nothing it does not. */
  tasksIntro(overdue: number, dueSoon: number, days: number) {
    const parts = [
      ...(overdue > 0 ? [`${n(overdue)} công việc quá hạn`] : []),
      ...(dueSoon > 0 ? [`${n(dueSoon)} công việc đến hạn trong ${n(days)} ngày tới`] : []),
    ];
    return parts.length === 0
      ? `Không có công việc nào quá hạn hoặc đến hạn trong ${n(days)} ngày tới.`
      : `Có ${parts.join(' và ')}, theo đơn vị chủ trì:`;
  },
  overdueHeading: 'Công việc quá hạn',
  dueSoonHeading(days: number) {
    return `Công việc đến hạn trong ${n(days)} ngày tới`;
  },
  milestoneHeader: ['Nội dung công việc', 'Hạn', 'Số ngày'] as const,
  overdueDays(days: number) {
    return `quá ${n(days)} ngày`;
  },
  dueDays(days: number) {
    return days === 0 ? 'hôm nay' : `còn ${n(days)} ngày`;
  },
  responsible(name: string) {
    return `Đơn vị chủ trì: ${name}`;
  },
  budgetTotal(amount: string, words: string) {
    return `Tổng dự toán: ${amount} đồng (bằng chữ: ${words}).`;
  },
  /** Every line still without an amount: one sentence instead of a table of zeros. */
  budgetNotPriced(lines: number, units: readonly string[]) {
    return `Các đơn vị đang lập dự toán: ${n(lines)} khoản chi của ${nameList(units)} chưa có đơn giá nên chưa tổng hợp được số tiền.`;
  },
  budgetUnpricedRest(lines: number, units: readonly string[]) {
    return `Ngoài ra, ${n(lines)} khoản chi của ${nameList(units)} chưa có đơn giá nên chưa tính vào tổng dự toán.`;
  },
  budgetByUnit: 'Theo đơn vị',
  budgetByCategory: 'Theo khoản chi',
  byUnitHeader: ['STT', 'Đơn vị', 'Số tiền (đồng)'] as const,
  byCategoryHeader: ['STT', 'Khoản chi', 'Số tiền (đồng)'] as const,
  sum: 'Cộng',
  overCapHeading: 'Khoản chi vượt định mức',
  overCapHeader: ['Đơn vị', 'Khoản chi', 'Đơn giá', 'Mức tối đa', 'Số tiền vượt'] as const,
  overCapTotal(amount: string) {
    return `Tổng số tiền vượt định mức: ${amount} đồng.`;
  },
  funding: 'Nguồn kinh phí',
  fundingAmount: 'Số tiền (đồng)',
  estimate: 'Tổng dự toán',
  retainedDues: 'Đảng phí trích giữ lại',
  otherFunding: 'Nguồn khác',
  request: 'Đề nghị cấp',
  /** The scoped notice: a page of figures, not a second official document. */
  noticeType: 'TIẾN ĐỘ CHUẨN BỊ ĐẠI HỘI',
  noticeSummary(unit: string) {
    return `${unit} và các đơn vị trực thuộc`;
  },
  noticeNoCongress: 'Chưa có đại hội nào trong phạm vi này.',
  sheetTitle(date: string) {
    return `BÁO CÁO TIẾN ĐỘ ĐẠI HỘI — số liệu đến ${date}`;
  },
  /** The `Báo cáo` tab's columns, left to right. */
  sheetHeader: {
    position: 'STT',
    unitCode: 'Mã đơn vị',
    unitName: 'Đơn vị',
    form: 'Hình thức',
    directElection: 'Bầu trực tiếp Bí thư',
    status: 'Trạng thái',
    date: 'Ngày đại hội',
    deadline: 'Hạn hoàn thành',
    daysLeft: 'Còn lại (ngày)',
    members: 'Thành viên dự',
    invited: 'Đại biểu mời',
    delegates: 'Tổng đại biểu',
    days: 'Số ngày',
    budget: 'Dự toán (đồng)',
    overdue: 'Việc quá hạn',
  },
  subjectLine(date: string) {
    return `Báo cáo tiến độ đại hội điểm ngày ${date}`;
  },
  noticeSubject(date: string, scope: string) {
    return `Tiến độ đại hội ngày ${date} — ${scope}`;
  },
  attachmentName(iso: string) {
    return `Bao-cao-tien-do-${iso}.pdf`;
  },
  docxName(iso: string) {
    return `Bao-cao-tien-do-${iso}.docx`;
  },
  noticeFileBase(iso: string) {
    return `Tien-do-dai-hoi-${iso}`;
  },
  /** Overdue tasks with no `Đơn vị chủ trì`. */
  unassignedOwner: 'Chưa giao đơn vị chủ trì',
  /** Tasks and budget lines that name no unit (the `Báo cáo` tab's row, the budget's line). */
  noUnit: 'Chưa ghi đơn vị',
  noCategory: 'Chưa ghi khoản chi',
  sheetTotal: 'Tổng cộng',
  /** The `Báo cáo` tab's note on a unit listed without a congress row. */
  sheetNoCongress: 'không có đại hội',
};
