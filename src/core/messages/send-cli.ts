/** Vietnamese text of `daihoi send`. */
export const sendCliText = {
  missingSmtp:
    'lệnh "send" cần --smtp URL (ví dụ smtps://ten:matkhau@smtp.example.vn:465) hoặc biến môi trường DAIHOI_SMTP_URL.',
  badSmtp: (url: string) => `--smtp "${url}" không phải địa chỉ máy chủ thư hợp lệ (smtp:// hoặc smtps://).`,
  unencodedPassword: (url: string) =>
    `--smtp "${url}": mật khẩu có ký tự / ? # @ chưa mã hóa nên địa chỉ máy chủ bị đọc sai; hãy viết @ thành %40, / thành %2F, ? thành %3F, # thành %23.`,
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
  busy: (lockFile: string) =>
    `Một lệnh "send" khác đang gửi cho bảng tính này (tệp khóa ${lockFile}); lệnh này dừng, không gửi thư nào.`,
  deferred: (name: string, email: string, note: string) => `- ${name} <${email}>: chờ lượt sau — ${note}`,
  summaryDeferred: (sent: number, skipped: number, failed: number, deferred: number) =>
    `Đã gửi ${sent} thư, bỏ qua ${skipped} (đã gửi trước đó), lỗi ${failed}, chờ lượt sau ${deferred}.`,
};
