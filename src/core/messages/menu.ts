/** Vietnamese text of the Sheets menu, dialogs and alerts. */
export const menuText = {
  menuTitle: 'Đại hội điểm',
  validate: 'Kiểm tra dữ liệu',
  busy: 'Một người khác đang chạy chức năng này trên bảng tính. Vui lòng thử lại sau ít phút.',
  unexpected: (detail: string) =>
    `Đã xảy ra lỗi không mong đợi, dữ liệu của bạn không bị thay đổi.\n\nChi tiết: ${detail}\n\nHãy thử lại; nếu lỗi lặp lại, báo cho bộ phận kỹ thuật kèm chi tiết này.`,
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
