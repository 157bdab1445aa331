/** Vietnamese text of importing a plan. */
import { DATE_WINDOW, formatDateVi } from '../dates';

/** Why a phrase of the plan was not taken (a date that is no deadline, a unit only mentioned). */
export type SkipReason =
  | 'impossible'
  | 'range'
  | 'spaced'
  | 'shortYear'
  | 'cutoff'
  | 'start'
  | 'term'
  | 'period'
  | 'noAction'
  | 'otherTerm'
  | 'unnamedIssuer'
  | 'mentioned';

export const skipReasonText: Record<SkipReason, string> = {
  impossible: 'ngày không có thật (ví dụ ngày 32, tháng 13, 31/02): không đoán thành ngày khác',
  range: `năm nằm ngoài khoảng ${DATE_WINDOW.minYear}–${DATE_WINDOW.maxYear}: không đoán thành năm khác`,
  spaced: 'ngày có khoảng trắng xen giữa các chữ số: không ghép lại, hãy sửa văn bản rồi nhập lại',
  shortYear: 'năm không viết đủ 4 chữ số',
  cutoff: 'mốc tính số liệu ("tính đến ngày"), không phải hạn',
  start: 'ngày bắt đầu ("từ ngày"), không phải hạn',
  term: 'thời điểm hết nhiệm kỳ, không phải hạn',
  period: 'kỳ được nói tới (kết quả, tình hình…), không nêu việc phải xong trước ngày này',
  noAction: 'không nêu việc phải xong trước ngày này',
  otherTerm: 'văn bản ghi nhiệm kỳ khác cho cùng loại đơn vị; đã lấy nhiệm kỳ ở tiêu đề kế hoạch',
  unnamedIssuer:
    'văn bản chỉ ghi cấp của cơ quan ban hành, không ghi tên (thiếu phần đầu văn bản): hãy bổ sung tên vào "Cơ quan ban hành", và "Cơ quan cấp trên", "Địa danh" nếu còn trống',
  mentioned: 'đơn vị chỉ được nhắc tới: kế hoạch không giao đại hội hay công việc cho đơn vị này',
};

export const importText = {
  /** The kind of document a plan is, as its summary names it. */
  planKind: 'Kế hoạch',
  cannotRead(file: string) {
    return `không đọc được văn bản kế hoạch "${file}".`;
  },
  heading: 'Đọc văn bản kế hoạch:',
  document(kind: string, number: string | null, date: string | null, body: string | null) {
    return `Văn bản: ${kind}${number ? ` số ${number}` : ''}${date ? `, ngày ${formatDateVi(date)}` : ''}${body ? ` của ${body}` : ''}`;
  },
  organisation(organisation: string) {
    return organisation === 'Đoàn'
      ? 'Văn bản của tổ chức Đoàn (Tổ chức = Đoàn).'
      : 'Văn bản của tổ chức Đảng.';
  },
  parent(parent: string) {
    return `Cơ quan cấp trên: ${parent}`;
  },
  signature(parts: readonly string[]) {
    return `Ký: ${parts.join(' / ')}`;
  },
  deadlines: 'Hạn phải hoàn thành:',
  references: 'Ngày của các văn bản được dẫn (không phải hạn):',
  units: 'Đơn vị:',
  unitLine(
    name: string,
    type: string,
    total: number | null,
    members: number | null,
    invited: number | null,
    days: number | null,
    deadline: string | null,
    newTerm: string | null = null,
  ) {
    return `- ${name} (${type})${total !== null ? `, ${total} đại biểu${members !== null && invited !== null ? ` = ${members} + ${invited}` : ''}` : ''}${days !== null ? `, không quá ${days} ngày` : ''}${deadline ? `, hạn ${formatDateVi(deadline)}` : ''}${newTerm ? `, nhiệm kỳ mới ${newTerm}` : ''}`;
  },
  tasks: 'Công việc (việc có hạn được thêm vào Mốc thời gian):',
  taskLine(due: string | null, text: string, owner: string | null) {
    return `- ${due ? formatDateVi(due) : 'không có hạn'}: ${text}${owner ? ` — ${owner}` : ''}`;
  },
  skipped: 'Không lấy (và lý do):',
  skippedLine(text: string, why: string) {
    return `- "${text}": ${why}`;
  },
  dated(date: string, text: string) {
    return `- ${formatDateVi(date)}: ${text}`;
  },
  check(phrase: string, stated: number, found: number) {
    return stated === found
      ? `- Khớp: văn bản ghi "${phrase}", danh sách kèm theo có ${found} đơn vị loại này.`
      : `- KHÔNG KHỚP: văn bản ghi "${phrase}" nhưng danh sách kèm theo có ${found} đơn vị loại này.`;
  },
  emails(emails: readonly string[]) {
    return `Email: ${emails.join(', ')}`;
  },
  settingLine(key: string, value: string) {
    return `- Cấu hình "${key}": ${value}`;
  },
  added(units: number, congresses: number, milestones: number, settings: number, backup: string | null) {
    return `Đã thêm ${units} đơn vị, ${congresses} đại hội, ${milestones} mốc thời gian${settings > 0 ? `, điền ${settings} giá trị Cấu hình` : ''}${backup ? ` (bản sao lưu: ${backup})` : ''}. Hãy kiểm tra và bổ sung các ô còn trống rồi chạy "daihoi validate".`;
  },
  nothingNew: 'Bảng tính đã có mọi nội dung của kế hoạch này: không thêm gì.',
};

/** The `Nhập từ văn bản kế hoạch` menu item and its dialog (Sheets). */
export const importMenuText = {
  /** The preview's table of `Cấu hình` values to fill. */
  settingHeaders: ['Khóa', 'Giá trị hiện tại', 'Giá trị mới'],
  item: 'Nhập từ văn bản kế hoạch',
  dialogTitle: 'Nhập từ văn bản kế hoạch',
  badText: 'Văn bản kế hoạch không hợp lệ: hãy dán nội dung dạng chữ (tối đa 500.000 ký tự).',
  emptyText: 'Chưa có nội dung: hãy dán văn bản kế hoạch vào ô trên.',
  badChoice: 'Danh sách dòng được chọn không hợp lệ.',
  missingTab(tab: string) {
    return `Không tìm thấy tab "${tab}". Hãy chạy "Khởi tạo / sửa bảng tính" trước khi nhập.`;
  },
  converted(passages: number) {
    return `Đã chuyển ${passages} đoạn gõ bằng phông cũ (TCVN3/VNI) sang Unicode trước khi đọc.`;
  },
  summary(units: number, congresses: number, milestones: number, settings = 0) {
    return units + congresses + milestones + settings === 0
      ? 'Bảng tính đã có mọi nội dung của kế hoạch này: không có dòng mới để thêm.'
      : `Có thể thêm ${units} đơn vị, ${congresses} đại hội, ${milestones} mốc thời gian${settings > 0 ? `, điền ${settings} giá trị Cấu hình` : ''}. Bỏ chọn những dòng không muốn thêm.`;
  },
  skipped(count: number) {
    return count === 0
      ? ''
      : `${count} cụm từ không được lấy (ngày không phải hạn, ngày sai, đơn vị chỉ được nhắc tới): xem mục "Không lấy" bên dưới.`;
  },
  settingsCaption(sheet: string, count: number) {
    return `${sheet} (${count} giá trị được điền)`;
  },
  rowsCaption(sheet: string, count: number) {
    return `${sheet} (${count} dòng mới)`;
  },
  references(count: number) {
    return count === 0
      ? ''
      : `${count} ngày của văn bản được dẫn (không phải hạn) không được đưa vào Mốc thời gian.`;
  },
  added(units: number, congresses: number, milestones: number, settings = 0) {
    return `Đã thêm ${units} đơn vị, ${congresses} đại hội, ${milestones} mốc thời gian${settings > 0 ? `, điền ${settings} giá trị Cấu hình` : ''}. Hãy kiểm tra và bổ sung các ô còn trống rồi chạy "Kiểm tra dữ liệu".`;
  },
  nothingAdded: 'Không thêm dòng nào: các dòng được chọn đã có trong bảng tính.',
  missingColumns(tab: string, headers: readonly string[]) {
    return `Tab "${tab}" thiếu cột ${headers.map((header) => `"${header}"`).join(', ')}: các giá trị đó chưa được ghi (chạy "Khởi tạo / sửa bảng tính" để thêm cột).`;
  },
};
