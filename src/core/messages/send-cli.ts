/** Vietnamese text of `daihoi send`. */
export const sendCliText = {
  missingSmtp:
    'lệnh "send" cần --smtp URL (ví dụ smtps://ten:matkhau@smtp.example.vn:465) hoặc biến môi trường DAIHOI_SMTP_URL.',
  /** `source`: `--smtp` or `DAIHOI_SMTP_URL`, whichever gave the address. */
  badSmtp: (source: string, url: string) =>
    `${source} "${url}" không phải địa chỉ máy chủ thư hợp lệ (smtp:// hoặc smtps://).`,
  unencodedPassword: (source: string, url: string) =>
    `${source} "${url}": mật khẩu có ký tự / ? # @ chưa mã hóa nên địa chỉ máy chủ bị đọc sai; hãy viết @ thành %40, / thành %2F, ? thành %3F, # thành %23.`,
  badFrom: (text: string) => `--from "${text}" không phải địa chỉ email hợp lệ.`,
  badLedger: (file: string) =>
    `nhật ký gửi "${file}" bị hỏng, không đọc được; không gửi gì để tránh gửi trùng. Hãy kiểm tra hoặc đổi tên tệp này.`,
  dryRunHeading: (count: number) => `Chạy thử: sẽ gửi ${count} thư (không gửi thư nào).`,
  wouldSend: (name: string, email: string, scope: string, content: string) =>
    `- ${name} <${email}> — phạm vi: ${scope} — ${content}`,
  /** What a whole-plan recipient gets, and what a scoped one gets. */
  signedReport: (files: string) => `báo cáo, đính kèm: ${files}`,
  noticeInBody: 'thông tin tiến độ của phạm vi này, trong nội dung thư',
  alreadySent: (name: string, email: string) => `- ${name} <${email}>: đã gửi trong kỳ này, bỏ qua.`,
  unconfirmed: (name: string, email: string) =>
    `- ${name} <${email}>: lượt trước dừng khi đang gửi, không rõ đã gửi chưa; không tự gửi lại.`,
  sent: (name: string, email: string) => `- ${name} <${email}>: đã gửi.`,
  failed: (name: string, email: string, error: string) => `- ${name} <${email}>: lỗi — ${error}`,
  summary: (sent: number, skipped: number, failed: number) =>
    `Đã gửi ${sent} thư, bỏ qua ${skipped} (đã gửi trước đó), lỗi ${failed}.`,
  noMessage: 'không dựng được thư cho người nhận này.',
  nothingNew: 'Không có thư mới nào cần gửi trong kỳ này.',
  busy: (lockFile: string, holder: { pid: number; host: string; since: string } | null) =>
    holder
      ? `một lệnh "send" khác (tiến trình ${holder.pid} trên máy ${holder.host}, từ ${holder.since}) đang gửi cho bảng tính này; lệnh này dừng, không gửi thư nào. Nếu chắc chắn tiến trình đó không còn chạy, xóa tệp khóa ${lockFile} rồi chạy lại.`
      : `tệp khóa ${lockFile} đang bị giữ nhưng không đọc được ai giữ; lệnh này dừng, không gửi thư nào. Nếu không có lệnh "send" nào khác đang chạy, xóa tệp này rồi chạy lại.`,
  noGreeting: (seconds: number, detail: string) =>
    `máy chủ thư nhận kết nối nhưng không chào hỏi sau ${String(seconds).replace('.', ',')} giây (${detail})`,
  unreachable: (detail: string) => `không kết nối được máy chủ thư (${detail})`,
  unconfirmedNow: (name: string, email: string, note: string) => `- ${name} <${email}>: ${note}`,
  serverDown: (url: string, deferred: number) =>
    `Máy chủ thư ${url} không phục vụ ở nhiều thư liên tiếp: lượt gửi dừng, ${deferred} thư chờ lượt sau. Kiểm tra địa chỉ, cổng và mạng rồi chạy lại "daihoi send" (thư đã gửi sẽ không gửi lại).`,
  summaryUnconfirmed: (count: number) =>
    `${count} thư không rõ đã đến máy chủ chưa (mất kết nối ngay sau khi gửi nội dung): không tự gửi lại; hỏi người nhận, nếu chưa có thì sửa "status" của dòng đó trong tệp nhật ký gửi (.nhat-ky-gui.json) thành "Gửi lại".`,
  deferred: (name: string, email: string, note: string) => `- ${name} <${email}>: chờ lượt sau — ${note}`,
  summaryDeferred: (sent: number, skipped: number, failed: number, deferred: number) =>
    `Đã gửi ${sent} thư, bỏ qua ${skipped} (đã gửi trước đó), lỗi ${failed}, chờ lượt sau ${deferred}.`,
};
