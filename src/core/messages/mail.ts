/** Vietnamese text of sending: the ledger, the dialogs, reminders and notices. */
import { formatNumberVi } from '../numbers';

export const SEND_KIND = {
  scheduled: 'Báo cáo định kỳ',
  now: 'Gửi ngay',
  reminder: 'Nhắc hạn',
  notice: 'Thông báo cho người đặt lịch',
} as const;
export type SendKind = (typeof SEND_KIND)[keyof typeof SEND_KIND];

export const SEND_STATUS = {
  pending: 'Đang gửi',
  sent: 'Đã gửi',
  failed: 'Lỗi',
  deferred: 'Chờ lượt sau',
  busy: 'Bỏ qua: đang có lượt gửi khác',
} as const;
export type SendStatus = (typeof SEND_STATUS)[keyof typeof SEND_STATUS];

export const mailText = {
  /** The `Nhật ký gửi` columns, by the ledger entry's field each shows. */
  ledgerHeader: {
    period: 'Kỳ',
    kind: 'Loại',
    email: 'Email',
    name: 'Người nhận',
    scope: 'Phạm vi',
    status: 'Trạng thái',
    time: 'Thời gian',
    error: 'Ghi chú lỗi',
  },
  quotaDeferred: 'Hết hạn mức gửi thư trong ngày; sẽ gửi ở lượt sau.',
  timeDeferred: 'Hết thời gian của lượt chạy; sẽ gửi ở lượt sau.',
  queued: 'Chưa gửi: lượt gửi dừng trước thư này; lượt sau sẽ gửi.',
  transientDeferred(error: string) {
    return `Dịch vụ thư tạm thời lỗi (${error}); sẽ thử lại ở lượt sau.`;
  },
  serviceDownDeferred: 'Dịch vụ thư lỗi liên tiếp nhiều lần; lượt này dừng, sẽ gửi ở lượt sau.',
  unknownOutcome(error: string) {
    return `Không rõ đã gửi được chưa: mất kết nối sau khi đã chuyển hết nội dung thư (${error}). Không tự gửi lại để tránh trùng; nếu người nhận chưa có thư, sửa Trạng thái thành "Gửi lại".`;
  },
  busy: 'Một lượt gửi khác đang chạy trên bảng tính này; lượt này dừng, không gửi gì.',
  messageTooLarge(detail: string) {
    return `Thư này vượt giới hạn kích thước một thư của Google (${detail}), kể cả khi gửi bản rút gọn; không gửi được thư này, các thư khác vẫn gửi. Hãy gửi tay tệp Word tải từ Đại hội điểm > Tạo báo cáo.`;
  },
  sentSmaller:
    'Đã gửi bản rút gọn (báo cáo đầy đủ trong tệp PDF và Word đính kèm) vì bản đầy đủ vượt giới hạn kích thước thư của Google.',
  sentAsText:
    'Đã gửi bản chữ (không có phần định dạng HTML) vì bản đầy đủ vượt giới hạn kích thước thư của Google.',
  unconfirmed:
    'Lượt trước dừng giữa chừng khi đang gửi thư này: không rõ đã gửi hay chưa, nên không tự gửi lại. Nếu người nhận báo chưa nhận được, sửa Trạng thái dòng này thành "Gửi lại" để lượt sau gửi.',
  reminderSubject(unit: string, date: string) {
    return `Nhắc hạn công việc chuẩn bị đại hội — ${unit} — ${date}`;
  },
  reminderIntro(unit: string) {
    return `Kính gửi ${unit},\n\nCác công việc dưới đây do đơn vị chủ trì đã quá hạn hoặc sắp đến hạn:`;
  },
  reminderOverdue(code: string, content: string, due: string, days: number) {
    return `- ${code}: ${content} — hạn ${due}, đã quá ${formatNumberVi(days)} ngày`;
  },
  reminderDueSoon(code: string, content: string, due: string, days: number) {
    return `- ${code}: ${content} — hạn ${due}, ${days === 0 ? 'đến hạn hôm nay' : `còn ${formatNumberVi(days)} ngày`}`;
  },
  reminderClosing: 'Đề nghị đơn vị hoàn thành đúng hạn và cập nhật Ngày hoàn thành trong bảng tính.',
  testPrefix: '[GỬI THỬ] ',
  errorNoticeSubject(date: string) {
    return `Lịch gửi báo cáo ngày ${date} chưa gửi: dữ liệu còn lỗi`;
  },
  errorNoticeBody(errors: number) {
    return `Lượt gửi tự động hôm nay đã dừng vì dữ liệu còn ${formatNumberVi(errors)} lỗi và thiết lập "Gửi khi có lỗi" là "Không".\n\nMở bảng tính, chọn Đại hội điểm > Kiểm tra dữ liệu để xem và sửa lỗi.`;
  },
  failureSubject(date: string, failed: number) {
    return `Lượt gửi ngày ${date}: ${formatNumberVi(failed)} thư không gửi được`;
  },
  failureBody(lines: readonly string[]) {
    return `Các thư sau không gửi được (chi tiết ở tab "Nhật ký gửi"):\n\n${lines.join('\n')}`;
  },
};
