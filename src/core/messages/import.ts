/** Vietnamese text of importing a plan. */
import { formatDateVi } from '../dates';

export const importText = {
  cannotRead: (file: string) => `không đọc được văn bản kế hoạch "${file}".`,
  heading: 'Đọc văn bản kế hoạch:',
  deadlines: 'Hạn phải hoàn thành:',
  references: 'Ngày của các văn bản được dẫn (không phải hạn):',
  units: 'Đơn vị:',
  unitLine: (
    name: string,
    type: string,
    total: number | null,
    members: number | null,
    invited: number | null,
    days: number | null,
    deadline: string | null,
  ) =>
    `- ${name} (${type})${total !== null ? `, ${total} đại biểu${members !== null && invited !== null ? ` = ${members} + ${invited}` : ''}` : ''}${days !== null ? `, không quá ${days} ngày` : ''}${deadline ? `, hạn ${formatDateVi(deadline)}` : ''}`,
  dated: (date: string, text: string) => `- ${formatDateVi(date)}: ${text}`,
  check: (phrase: string, stated: number, found: number) =>
    stated === found
      ? `- Khớp: văn bản ghi "${phrase}", danh sách kèm theo có ${found} đơn vị loại này.`
      : `- KHÔNG KHỚP: văn bản ghi "${phrase}" nhưng danh sách kèm theo có ${found} đơn vị loại này.`,
  emails: (emails: readonly string[]) => `Email: ${emails.join(', ')}`,
  added: (units: number, congresses: number, milestones: number, backup: string) =>
    `Đã thêm ${units} đơn vị, ${congresses} đại hội, ${milestones} mốc thời gian (bản sao lưu: ${backup}). Hãy kiểm tra và bổ sung các ô còn trống rồi chạy "daihoi validate".`,
  nothingNew: 'Bảng tính đã có mọi nội dung của kế hoạch này: không thêm gì.',
};

/** The `Nhập từ văn bản kế hoạch` menu item and its dialog (Sheets). */
export const importMenuText = {
  item: 'Nhập từ văn bản kế hoạch',
  dialogTitle: 'Nhập từ văn bản kế hoạch',
  badText: 'Văn bản kế hoạch không hợp lệ: hãy dán nội dung dạng chữ (tối đa 500.000 ký tự).',
  emptyText: 'Chưa có nội dung: hãy dán văn bản kế hoạch vào ô trên.',
  badChoice: 'Danh sách dòng được chọn không hợp lệ.',
  missingTab: (tab: string) =>
    `Không tìm thấy tab "${tab}". Hãy chạy "Khởi tạo / sửa bảng tính" trước khi nhập.`,
  converted: (passages: number) =>
    `Đã chuyển ${passages} đoạn gõ bằng phông cũ (TCVN3/VNI) sang Unicode trước khi đọc.`,
  summary: (units: number, congresses: number, milestones: number) =>
    units + congresses + milestones === 0
      ? 'Bảng tính đã có mọi nội dung của kế hoạch này: không có dòng mới để thêm.'
      : `Có thể thêm ${units} đơn vị, ${congresses} đại hội, ${milestones} mốc thời gian. Bỏ chọn những dòng không muốn thêm.`,
  references: (count: number) =>
    count === 0
      ? ''
      : `${count} ngày của văn bản được dẫn (không phải hạn) không được đưa vào Mốc thời gian.`,
  added: (units: number, congresses: number, milestones: number) =>
    `Đã thêm ${units} đơn vị, ${congresses} đại hội, ${milestones} mốc thời gian. Hãy kiểm tra và bổ sung các ô còn trống rồi chạy "Kiểm tra dữ liệu".`,
  nothingAdded: 'Không thêm dòng nào: các dòng được chọn đã có trong bảng tính.',
  missingColumns: (tab: string, headers: readonly string[]) =>
    `Tab "${tab}" thiếu cột ${headers.map((header) => `"${header}"`).join(', ')}: các giá trị đó chưa được ghi (chạy "Khởi tạo / sửa bảng tính" để thêm cột).`,
};
