/** Vietnamese text of a report message's covering note: what is sent, where it is, what to check. */
import { formatNumberVi } from '../numbers';

const n = formatNumberVi;

export const reportMessageText = {
  /** Who sends, what, and as of when. */
  reportIntro(sender: string, title: string, date: string) {
    return `${sender} gửi Báo cáo ${title.charAt(0).toLowerCase()}${title.slice(1)} (số liệu đến ngày ${date}).`;
  },
  noticeIntro(sender: string, scope: string, date: string) {
    return `${sender} gửi thông tin tiến độ chuẩn bị đại hội của ${scope} và các đơn vị trực thuộc (số liệu đến ngày ${date}). Đây là số liệu để đơn vị theo dõi, không phải văn bản chính thức.`;
  },
  inBody(files: string) {
    return `Báo cáo ở nội dung thư dưới đây; tệp đính kèm: ${files}.`;
  },
  inAttachments(files: string) {
    return `Nội dung dài nên không đặt trong thư (giới hạn kích thước thư); xin xem tệp đính kèm: ${files}.`;
  },
  noticeBelow: 'Số liệu ở nội dung thư dưới đây.',
  pdfFile(name: string) {
    return `${name} (để đọc, in)`;
  },
  docxFile(name: string) {
    return `${name} (bản Word để ghi số, ký)`;
  },
  /** The data's own findings: told to whoever receives the message, never printed in the report. */
  quality(errors: number, warnings: number, tabs: string) {
    const parts = [
      ...(errors > 0 ? [`${n(errors)} lỗi`] : []),
      ...(warnings > 0 ? [`${n(warnings)} cảnh báo`] : []),
    ].join(' và ');
    return `Lưu ý về số liệu: bảng tính theo dõi còn ${parts} chưa xử lý${tabs ? ` (nhiều nhất ở tab ${tabs})` : ''}; xem tab "Kiểm tra dữ liệu" của bảng tính.${errors > 0 ? ' Các số liệu liên quan cần được kiểm tra lại.' : ''}`;
  },
};
