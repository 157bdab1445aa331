/** Vietnamese text of the command line. */
import { formatNumberVi } from '../numbers';

export const cliText = {
  fileMissing: (file: string) => `không đọc được tệp "${file}": tệp không tồn tại.`,
  notAFile: (file: string) => `không đọc được "${file}": đây không phải một tệp.`,
  notAWorkbook: (file: string) => `không đọc được tệp "${file}": đây không phải tệp .xlsx hợp lệ.`,
  fileTooLarge: (file: string, limit: number) =>
    `không đọc được tệp "${file}": tệp lớn hơn ${formatNumberVi(limit / 1024 / 1024)} MB.`,
  badToday: (text: string) => `--today "${text}" không hợp lệ: dùng dạng YYYY-MM-DD, ví dụ 2025-01-10.`,
  unknownCommand: (name: string) => `không có lệnh "${name}". Gõ "daihoi --help" để xem các lệnh.`,
  badArguments: (detail: string) => `tham số không hợp lệ: ${detail}`,
  missingFile: (command: string) => `lệnh "${command}" cần tên tệp. Gõ "daihoi --help" để xem cách dùng.`,
  fileExists: (file: string) => `tệp "${file}" đã có; thêm --force để ghi đè.`,
  cannotWrite: (file: string, reason: string) => `không ghi được tệp "${file}": ${reason}`,
  wrote: (file: string) => `Đã ghi ${file}`,
  summary: (errors: number, warnings: number, infos: number) =>
    `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  noFindings: 'Không có lỗi, cảnh báo hay thông tin nào: dữ liệu hợp lệ.',
  tableHeader: ['Mức độ', 'Mã', 'Ô', 'Nội dung', 'Gợi ý'] as const,
  usage: `daihoi — kiểm tra, báo cáo và gửi kế hoạch đại hội điểm từ tệp .xlsx

Cách dùng:
  daihoi init TỆP.xlsx [--example [doan]] [--force]
      Tạo bảng tính trống đủ các tab, tiêu đề, danh sách chọn và định mức;
      --example: điền kế hoạch mẫu của Huyện ủy (2024); --example doan: kế hoạch mẫu của Đoàn Khối (2016).
  daihoi validate TỆP.xlsx [--json] [--today YYYY-MM-DD]
      Kiểm tra dữ liệu. Mã thoát 0: không có lỗi; 1: có lỗi; 2: không đọc được tệp.
  daihoi budget TỆP.xlsx [--suggest [--write]] [--print THƯ_MỤC] [--today YYYY-MM-DD]
      Tổng hợp dự toán; --suggest: lập dự toán gợi ý; --print: in dự toán từng đại hội.
  daihoi report TỆP.xlsx --out THƯ_MỤC [--today YYYY-MM-DD] [--json]
      Tạo báo cáo (HTML, PDF, bảng tính có tab Báo cáo, thư .eml cho từng người nhận).
  daihoi send TỆP.xlsx --smtp URL [--from ĐỊA_CHỈ] [--today YYYY-MM-DD] [--dry-run]
      Gửi báo cáo qua SMTP, mỗi người nhận một lần cho mỗi kỳ.
  daihoi import KẾ_HOẠCH.txt [--json] [--into TỆP.xlsx]
      Đọc văn bản kế hoạch: hạn, đơn vị, đại biểu.
`,
};
