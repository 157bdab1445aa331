/** Vietnamese text of the Sheets menu, dialogs and alerts. */
export const menuText = {
  menuTitle: 'Đại hội điểm',
  validate: 'Kiểm tra dữ liệu',
  busy: 'Một người khác đang chạy chức năng này trên bảng tính. Vui lòng thử lại sau ít phút.',
  unexpected: (detail: string) =>
    `Đã xảy ra lỗi không mong đợi, dữ liệu của bạn không bị thay đổi.\n\nChi tiết: ${detail}\n\nHãy thử lại; nếu lỗi lặp lại, báo cho bộ phận kỹ thuật kèm chi tiết này.`,
  protectedRange:
    'Không ghi được kết quả vì một tab hoặc vùng ô đang được bảo vệ. Nhờ chủ bảng tính cho phép bạn sửa tab "Kiểm tra dữ liệu", "Báo cáo", "Nhật ký gửi" (hoặc bỏ bảo vệ), rồi chạy lại. Dữ liệu của bạn không bị thay đổi.',
  missingSheet:
    'Một tab vừa bị xóa hoặc đổi tên trong lúc chức năng đang chạy. Dữ liệu không bị thay đổi; hãy chạy lại.',
  validated: (errors: number, warnings: number, infos: number) =>
    `Đã kiểm tra: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin. Xem tab "Kiểm tra dữ liệu"; các ô có lỗi được tô màu (đỏ: lỗi, vàng: cảnh báo).`,
  validatedClean: 'Đã kiểm tra: dữ liệu hợp lệ, không có lỗi hay cảnh báo nào.',
  findingsTitle: (when: string, errors: number, warnings: number, infos: number) =>
    `Kết quả kiểm tra lúc ${when}: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  findingsHeader: ['Mức độ', 'Mã', 'Tab', 'Ô', 'Nội dung', 'Gợi ý'] as const,
  noFindingsRow: 'Không có lỗi, cảnh báo hay thông tin nào.',
  wholeTab: '(cả tab)',
};

export const reportMenuText = {
  item: 'Tạo báo cáo',
  dialogTitle: 'Xem trước báo cáo',
  done: (errors: number) =>
    errors > 0
      ? `Đã tạo tab "Báo cáo". Dữ liệu còn ${errors} lỗi: báo cáo có dòng cảnh báo ở đầu; xem tab "Kiểm tra dữ liệu".`
      : 'Đã tạo tab "Báo cáo".',
};

export const budgetMenuText = {
  item: 'Lập dự toán gợi ý',
  added: (lines: number, congresses: number) =>
    `Đã thêm ${lines} dòng dự toán gợi ý cho ${congresses} đại hội vào cuối tab "Dự toán" (ghi chú "gợi ý"). Đơn giá lấy bằng mức tối đa; khoản chưa có định mức để trống đơn giá. Xem bản in ở tab "Dự toán chi tiết".`,
  nothing: 'Mọi đại hội đã có dòng dự toán: không thêm dòng nào. Tab "Dự toán chi tiết" đã được cập nhật.',
  missingTab: 'Chưa có tab "Dự toán". Hãy chạy "Khởi tạo / sửa bảng tính" hoặc thêm tab này.',
};

export const sendMenuText = {
  sendItem: 'Gửi báo cáo',
  testItem: 'Gửi thử cho tôi',
  scheduleItem: 'Lịch gửi tự động',
  confirmTitle: 'Gửi báo cáo',
  confirm: (
    lines: readonly string[],
    needed: number,
    quota: number,
    banner: string | null,
    skipped: number,
    unconfirmed: readonly string[] = [],
  ) =>
    [
      ...(banner ? [banner, ''] : []),
      `Sẽ gửi ${needed} thư (mỗi người một thư, chỉ gồm phạm vi của họ, đính kèm PDF):`,
      ...lines,
      ...(skipped > 0 ? [`${skipped} người đã nhận báo cáo hôm nay, sẽ không gửi lại.`] : []),
      ...(unconfirmed.length > 0
        ? [sendMenuText.unconfirmedHeading(unconfirmed.length), ...unconfirmed]
        : []),
      '',
      `Hạn mức gửi thư còn lại hôm nay: ${quota} thư${quota < needed ? ` — không đủ: ${needed - quota} thư sẽ chờ lượt sau.` : '.'}`,
      '',
      'Gửi ngay?',
    ].join('\n'),
  recipientLine: (name: string, email: string, scope: string, attachment: string) =>
    `- ${name} <${email}> — phạm vi: ${scope} — ${attachment}`,
  banner: (errors: number) => `CHÚ Ý: dữ liệu còn ${errors} lỗi; báo cáo sẽ có dòng cảnh báo ở đầu.`,
  nothingToSend:
    'Không có thư nào cần gửi: mọi người nhận đã nhận báo cáo hôm nay, hoặc chưa có người nhận hợp lệ.',
  cancelled: 'Đã hủy, không gửi thư nào.',
  unconfirmedLine: (name: string, email: string) => `- ${name} <${email}>`,
  unconfirmedHeading: (count: number) =>
    `${count} thư chưa rõ đã gửi hay chưa (lượt trước dừng giữa chừng), sẽ không tự gửi lại; muốn gửi lại, sửa Trạng thái của dòng đó trong tab "Nhật ký gửi" thành "Gửi lại":`,
  busyNotSent:
    'Một lượt gửi khác đang chạy trên bảng tính này nên lượt này không gửi thư nào (đã ghi vào tab "Nhật ký gửi"). Vui lòng thử lại sau ít phút.',
  testQuota: (needed: number, quota: number) =>
    `Cần ${needed} thư để gửi thử nhưng hạn mức gửi thư hôm nay chỉ còn ${quota}; không gửi thư nào.`,
  result: (sent: number, failed: number, deferred: number) =>
    `Đã gửi ${sent} thư; lỗi ${failed}; chờ lượt sau ${deferred}. Chi tiết ở tab "Nhật ký gửi".`,
  testSent: (count: number, email: string) =>
    `Đã gửi ${count} thư thử tới ${email} (không ghi vào nhật ký gửi).`,
  noUserEmail: 'Không xác định được email của bạn để gửi thử.',
  scheduleOn: (
    owner: string,
    hour: number,
    weekday: string,
    lastRun: string,
    nextSend: string,
    warnings: readonly string[],
  ) =>
    [
      `Lịch gửi tự động đang BẬT (người đặt lịch: ${owner}).`,
      `Mỗi giờ kiểm tra một lần; báo cáo hằng ngày gửi sau ${hour} giờ, báo cáo hằng tuần gửi vào ${weekday}; nhắc hạn gửi hằng ngày cho đơn vị chủ trì.`,
      `Lần chạy gần nhất: ${lastRun}. Lần gửi tới: ${nextSend}.`,
      ...warnings,
      '',
      'Tắt lịch gửi tự động?',
    ].join('\n'),
  scheduleOff: (hour: number, warnings: readonly string[]) =>
    [
      'Lịch gửi tự động đang TẮT.',
      ...warnings,
      '',
      `Bật lịch gửi? Bảng tính sẽ được kiểm tra mỗi giờ và gửi báo cáo sau ${hour} giờ (giờ của bảng tính); thư gửi từ tài khoản của bạn.`,
    ].join('\n'),
  scheduleOwnedByOther: (owner: string) =>
    `Lịch gửi đang do ${owner} đặt. Chỉ người đặt lịch mới tắt được; nếu người đó đã nghỉ, hãy nhờ họ tắt hoặc bật lịch mới từ tài khoản của bạn sau khi họ tắt.`,
  warnMissing: 'CẢNH BÁO: lịch được ghi là đang bật nhưng không tìm thấy trình kích hoạt; hãy bật lại.',
  warnDuplicate: (count: number) => `CẢNH BÁO: có ${count} trình kích hoạt trùng; đã xóa bớt, chỉ giữ một.`,
  warnOther: (owner: string) => `CẢNH BÁO: ${owner} cũng đang đặt lịch gửi trên bảng tính này.`,
  turnedOn: 'Đã bật lịch gửi tự động.',
  turnedOff: 'Đã tắt lịch gửi tự động.',
  never: 'chưa chạy',
  weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const,
  attachment: (name: string) => `đính kèm ${name}`,
};

export const setupMenuText = {
  item: 'Khởi tạo / sửa bảng tính',
  sidebarItem: 'Danh sách lỗi',
  done: (created: readonly string[], repaired: readonly string[]) =>
    created.length === 0 && repaired.length === 0
      ? 'Bảng tính đã đủ các tab và cột. Đã cập nhật danh sách chọn, định dạng và tô màu; dữ liệu không thay đổi.'
      : [
          ...(created.length > 0 ? [`Đã tạo các tab: ${created.join(', ')}.`] : []),
          ...(repaired.length > 0 ? [`Đã thêm cột còn thiếu vào cuối các tab: ${repaired.join('; ')}.`] : []),
          'Dữ liệu sẵn có không bị di chuyển hay thay đổi.',
        ].join('\n'),
  headerProtection: 'daihoi: hàng tiêu đề',
  headerWarning: 'Đây là hàng tiêu đề do tiện ích Đại hội điểm dùng để đọc dữ liệu. Bạn có chắc muốn sửa?',
  sidebarTitle: 'Danh sách lỗi',
};
