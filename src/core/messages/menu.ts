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
