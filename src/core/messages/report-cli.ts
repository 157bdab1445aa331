/** Vietnamese text of the `report` and `send` commands. */
export const reportCliText = {
  missingOut: 'lệnh "report" cần --out THƯ_MỤC (nơi ghi báo cáo).',
  noChromium:
    'không tìm thấy Chromium nên chưa tạo được report.pdf và tệp đính kèm PDF; các tệp khác vẫn được ghi. Cài bằng: sudo apt-get install chromium (hoặc đặt biến CHROMIUM_PATH).',
  tabRenamed: (from: string, to: string) =>
    `trong bản sao bảng tính, tab "${from}" mang tên "${to}": tệp .xlsx chỉ nhận tên tab tối đa 31 ký tự, không trùng nhau và không có các dấu [ ] : * ? / \\. Tệp gốc của bạn giữ nguyên.`,
};
