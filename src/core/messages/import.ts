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
  check: (text: string, stated: number, found: number) =>
    stated === found
      ? `- Khớp: "${text}" (${found} đơn vị trong danh sách).`
      : `- KHÔNG KHỚP: "${text}" nhưng danh sách có ${found} đơn vị.`,
  emails: (emails: readonly string[]) => `Email: ${emails.join(', ')}`,
  added: (units: number, congresses: number, milestones: number, backup: string) =>
    `Đã thêm ${units} đơn vị, ${congresses} đại hội, ${milestones} mốc thời gian (bản sao lưu: ${backup}). Hãy kiểm tra và bổ sung các ô còn trống rồi chạy "daihoi validate".`,
  nothingNew: 'Bảng tính đã có mọi nội dung của kế hoạch này: không thêm gì.',
};
