/** Vietnamese text of the Sheets menu, dialogs and alerts. */
export const menuText = {
  menuTitle: 'Đại hội điểm',
  validate: 'Kiểm tra dữ liệu',
  busy: 'Một người khác đang chạy chức năng này trên bảng tính. Vui lòng thử lại sau ít phút.',
  unexpected(detail: string) {
    return `Đã xảy ra lỗi không mong đợi, dữ liệu của bạn không bị thay đổi.\n\nChi tiết: ${detail}\n\nHãy thử lại; nếu lỗi lặp lại, báo cho bộ phận kỹ thuật kèm chi tiết này.`;
  },
  protectedRange:
    'Không ghi được kết quả vì một tab hoặc vùng ô đang được bảo vệ. Nhờ chủ bảng tính cho phép bạn sửa tab "Kiểm tra dữ liệu", "Báo cáo", "Nhật ký gửi" (hoặc bỏ bảo vệ), rồi chạy lại. Dữ liệu của bạn không bị thay đổi.',
  missingSheet:
    'Một tab vừa bị xóa hoặc đổi tên trong lúc chức năng đang chạy. Dữ liệu không bị thay đổi; hãy chạy lại.',
  validated(errors: number, warnings: number, infos: number) {
    return `Đã kiểm tra: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin. Xem tab "Kiểm tra dữ liệu"; các ô có lỗi được tô màu (đỏ: lỗi, vàng: cảnh báo).`;
  },
  validatedClean: 'Đã kiểm tra: dữ liệu hợp lệ, không có lỗi hay cảnh báo nào.',
  zoneMismatch(setting: string, sheet: string) {
    return `Lưu ý: Múi giờ trong tab Cấu hình (${setting}) khác múi giờ của bảng tính (${sheet}, ở Tệp > Cài đặt). "Hôm nay", giờ gửi và nhật ký gửi tính theo ${setting}; ngày gõ vào ô được Google Trang tính hiểu theo ${sheet}. Nên đặt hai múi giờ giống nhau.`;
  },
  noActiveSpreadsheet:
    'Lượt chạy này không gắn với bảng tính nào (SpreadsheetApp.getActiveSpreadsheet() trả về null), nên không làm gì. Hãy mở bảng tính và bật lại Lịch gửi tự động từ menu Đại hội điểm.',
};

export const reportMenuText = {
  item: 'Tạo báo cáo',
  dialogTitle: 'Xem trước báo cáo',
  downloadsHeading: 'Tải về bản Word (.docx) để sửa, ký số:',
  reportDocx: 'Báo cáo',
  estimateDocx(unitName: string) {
    return `Dự toán ${unitName}`;
  },
  estimateButton: 'Lập tệp dự toán',
  estimateBusy: 'Đang lập tệp…',
  estimateSave(fileName: string) {
    return `Lưu ${fileName}`;
  },
  noEstimate(code: string) {
    return `Không có đại hội nào của đơn vị "${code}" trong tab Đại hội; hãy tạo lại báo cáo rồi chọn lại.`;
  },
  done(errors: number) {
    return errors > 0
      ? `Đã tạo tab "Báo cáo". Dữ liệu còn ${errors} lỗi: xem tab "Kiểm tra dữ liệu" trước khi in, ký báo cáo.`
      : 'Đã tạo tab "Báo cáo".';
  },
  /** Above the preview, never printed: the data's own findings, which the signed report leaves out. */
  qualityNote(errors: number, warnings: number) {
    return `Lưu ý (không in trong báo cáo): dữ liệu còn ${[
      ...(errors > 0 ? [`${errors} lỗi`] : []),
      ...(warnings > 0 ? [`${warnings} cảnh báo`] : []),
    ].join(', ')}; xem tab "Kiểm tra dữ liệu" và sửa trước khi in, ký.`;
  },
};

export const budgetMenuText = {
  item: 'Lập dự toán gợi ý',
  added(lines: number, congresses: number) {
    return `Đã thêm ${lines} dòng dự toán gợi ý cho ${congresses} đại hội vào cuối tab "Dự toán" (ghi chú "gợi ý"). Đơn giá lấy bằng mức tối đa; khoản chưa có định mức để trống đơn giá. Xem bản in ở tab "Dự toán chi tiết".`;
  },
  nothing: 'Mọi đại hội đã có dòng dự toán: không thêm dòng nào. Tab "Dự toán chi tiết" đã được cập nhật.',
  missingTab: 'Chưa có tab "Dự toán". Hãy chạy "Khởi tạo / sửa bảng tính" hoặc thêm tab này.',
};

export const sendMenuText = {
  sendItem: 'Gửi báo cáo',
  testItem: 'Gửi thử cho tôi',
  scheduleItem: 'Lịch gửi tự động',
  confirmTitle: 'Gửi báo cáo',
  confirm(
    lines: readonly string[],
    needed: number,
    quota: number,
    banner: string | null,
    skipped: number,
    unconfirmed: readonly string[] = [],
  ) {
    return [
      ...(banner ? [banner, ''] : []),
      `Sẽ gửi ${needed} thư, mỗi người một thư: người nhận toàn kế hoạch nhận báo cáo (PDF và Word đính kèm); người nhận theo phạm vi nhận thông tin tiến độ của các đơn vị trong phạm vi của họ:`,
      ...lines,
      ...(skipped > 0 ? [`${skipped} người đã nhận báo cáo hôm nay, sẽ không gửi lại.`] : []),
      ...(unconfirmed.length > 0
        ? [sendMenuText.unconfirmedHeading(unconfirmed.length), ...unconfirmed]
        : []),
      '',
      `Hạn mức gửi thư còn lại hôm nay: ${quota} thư${quota < needed ? ` — không đủ: ${needed - quota} thư sẽ chờ lượt sau.` : '.'}`,
      '',
      'Gửi ngay?',
    ].join('\n');
  },
  recipientLine(name: string, email: string, scope: string, attachment: string) {
    return `- ${name} <${email}> — phạm vi: ${scope} — ${attachment}`;
  },
  banner(errors: number) {
    return `CHÚ Ý: dữ liệu còn ${errors} lỗi; lời nhắn đầu mỗi thư sẽ ghi điều này (văn bản báo cáo không ghi).`;
  },
  nothingToSend:
    'Không có thư nào cần gửi: mọi người nhận đã nhận báo cáo hôm nay, hoặc chưa có người nhận hợp lệ.',
  cancelled: 'Đã hủy, không gửi thư nào.',
  unconfirmedLine(name: string, email: string) {
    return `- ${name} <${email}>`;
  },
  unconfirmedHeading(count: number) {
    return `${count} thư chưa rõ đã gửi hay chưa (lượt trước dừng giữa chừng), sẽ không tự gửi lại; muốn gửi lại, sửa Trạng thái của dòng đó trong tab "Nhật ký gửi" thành "Gửi lại":`;
  },
  busyNotSent:
    'Một lượt gửi khác đang chạy trên bảng tính này nên lượt này không gửi thư nào (đã ghi vào tab "Nhật ký gửi"). Vui lòng thử lại sau ít phút.',
  testQuota(needed: number, quota: number) {
    return `Cần ${needed} thư để gửi thử nhưng hạn mức gửi thư hôm nay chỉ còn ${quota}; không gửi thư nào.`;
  },
  result(sent: number, failed: number, deferred: number) {
    return `Đã gửi ${sent} thư; lỗi ${failed}; chờ lượt sau ${deferred}. Chi tiết ở tab "Nhật ký gửi".`;
  },
  testSent(count: number, email: string) {
    return `Đã gửi ${count} thư thử tới ${email} (không ghi vào nhật ký gửi).`;
  },
  noUserEmail: 'Không xác định được email của bạn để gửi thử.',
  scheduleOn(
    owner: string,
    hour: number,
    weekday: string,
    lastRun: string,
    nextSend: string,
    warnings: readonly string[],
  ) {
    return [
      `Lịch gửi tự động đang BẬT (người đặt lịch: ${owner}).`,
      `Mỗi giờ kiểm tra một lần; báo cáo hằng ngày gửi sau ${hour} giờ, báo cáo hằng tuần gửi vào ${weekday}; nhắc hạn gửi hằng ngày cho đơn vị chủ trì.`,
      `Lần chạy gần nhất: ${lastRun}. Lần gửi tới: ${nextSend}.`,
      ...warnings,
      '',
      'Tắt lịch gửi tự động?',
    ].join('\n');
  },
  scheduleOff(hour: number, warnings: readonly string[]) {
    return [
      'Lịch gửi tự động đang TẮT.',
      ...warnings,
      '',
      `Bật lịch gửi? Bảng tính sẽ được kiểm tra mỗi giờ và gửi báo cáo sau ${hour} giờ (giờ của bảng tính); thư gửi từ tài khoản của bạn.`,
    ].join('\n');
  },
  scheduleOwnedByOther(owner: string) {
    return `Lịch gửi đang do ${owner} đặt. Chỉ người đặt lịch mới tắt được; nếu người đó đã nghỉ, hãy nhờ họ tắt hoặc bật lịch mới từ tài khoản của bạn sau khi họ tắt.`;
  },
  warnMissing: 'CẢNH BÁO: lịch được ghi là đang bật nhưng không tìm thấy trình kích hoạt; hãy bật lại.',
  warnDuplicate(count: number) {
    return `CẢNH BÁO: có ${count} trình kích hoạt trùng; đã xóa bớt, chỉ giữ một.`;
  },
  warnOther(owner: string) {
    return `CẢNH BÁO: ${owner} cũng đang đặt lịch gửi trên bảng tính này.`;
  },
  tickQuotaSpent: 'hết hạn mức gửi thư trong ngày; thư đến hạn sẽ gửi ở lượt sau khi hạn mức được cấp lại.',
  turnedOn: 'Đã bật lịch gửi tự động.',
  turnedOff: 'Đã tắt lịch gửi tự động.',
  never: 'chưa chạy',
  lastRun(when: string) {
    return `Lần chạy gần nhất: ${when}.`;
  },
  nextSendToday(hour: number, date: string) {
    return `${hour} giờ hôm nay (${date})`;
  },
  nextSendTomorrow(hour: number) {
    return `${hour} giờ ngày mai`;
  },
  weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const,
  /** What a whole-plan recipient gets, and what a scoped one gets. */
  signedReport(files: string) {
    return `báo cáo, đính kèm ${files}`;
  },
  noticeInBody: 'thông tin tiến độ trong nội dung thư',
};

export const setupMenuText = {
  item: 'Khởi tạo / sửa bảng tính',
  sidebarItem: 'Danh sách lỗi',
  done(created: readonly string[], repaired: readonly string[]) {
    return created.length === 0 && repaired.length === 0
      ? 'Bảng tính đã đủ các tab và cột. Đã cập nhật danh sách chọn, định dạng và tô màu; dữ liệu không thay đổi.'
      : [
          ...(created.length > 0 ? [`Đã tạo các tab: ${created.join(', ')}.`] : []),
          ...(repaired.length > 0 ? [`Đã thêm cột còn thiếu vào cuối các tab: ${repaired.join('; ')}.`] : []),
          'Dữ liệu sẵn có không bị di chuyển hay thay đổi.',
        ].join('\n');
  },
  headerProtection: 'daihoi: hàng tiêu đề',
  sidebarTitle: 'Danh sách lỗi',
  sidebarClean: 'Dữ liệu hợp lệ: không có lỗi hay cảnh báo nào.',
  sidebarCounts(errors: number, warnings: number, infos: number) {
    return `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`;
  },
  badCell: 'Ô không hợp lệ.',
  tabGone(name: string) {
    return `Không còn tab "${name}".`;
  },
};

/** Permissions, named as Google's consent screen shows them, and why each one is needed. */
export const scopeText = {
  sheet: '"Xem và quản lý bảng tính đang dùng ứng dụng này": để đọc dữ liệu và ghi các tab kết quả',
  ui: '"Hiển thị nội dung trong hộp thoại và thanh bên": để hiện thông báo, bản xem trước và danh sách lỗi',
  mail: '"Gửi email thay bạn": để gửi báo cáo, thư nhắc hạn và thư gửi thử từ tài khoản của bạn',
  triggers: '"Cho phép ứng dụng chạy khi bạn không có mặt": để lịch gửi tự động chạy mỗi giờ',
  email: '"Xem địa chỉ email chính của bạn": để gửi thư thử cho bạn và ghi ai là người đặt lịch gửi',
  refused(command: string, purposes: readonly string[]) {
    return [
      `Chức năng "${command}" cần quyền mà tài khoản của bạn chưa cấp (có thể đã bỏ chọn khi cấp quyền):`,
      ...purposes.map((purpose) => `- ${purpose}.`),
      '',
      'Bấm OK: Google sẽ mở hộp cấp quyền. Hãy tích chọn các quyền trên rồi chạy lại chức năng. Không thay đổi dữ liệu nào.',
    ].join('\n');
  },
  stillMissing:
    'Chức năng chưa chạy vì còn thiếu quyền. Hãy chạy lại và cấp đủ quyền khi Google hỏi; dữ liệu không bị thay đổi.',
  tickMissing(purposes: readonly string[]) {
    return `lượt tự động không gửi được vì người đặt lịch chưa cấp quyền: ${purposes.join('; ')}. Người đặt lịch hãy mở bảng tính, chọn Đại hội điểm > Lịch gửi tự động để cấp lại quyền.`;
  },
};
