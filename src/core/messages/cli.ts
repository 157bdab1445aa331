/** Vietnamese text of the command line. */
import { DATE_WINDOW } from '../dates';
import { formatNumberVi } from '../numbers';

const megabytes = (bytes: number) => `${formatNumberVi(bytes / 1024 / 1024)} MB`;

/** One block per command: its synopsis line and what it does (the order is the order of --help). */
const COMMAND_USAGE: Readonly<Record<string, string>> = {
  init: `  daihoi init TỆP.xlsx [--example [doan]] [--force]
      Tạo bảng tính trống đủ các tab, tiêu đề, danh sách chọn, định dạng và định mức;
      --example: điền kế hoạch mẫu của Huyện ủy Tam Đường, Lai Châu (2024);
      --example doan: kế hoạch mẫu của Đoàn Khối các cơ quan tỉnh Lai Châu (2016);
      --force: ghi đè tệp đã có.
`,
  validate: `  daihoi validate TỆP.xlsx [--json] [--today YYYY-MM-DD]
      Kiểm tra dữ liệu. --json: in danh sách lỗi dạng JSON; --today: ngày tính hạn
      (mặc định hôm nay theo Múi giờ của bảng tính).
      Mã thoát 0: không có lỗi; 1: có lỗi; 2: không đọc được tệp hoặc tham số sai.
`,
  budget: `  daihoi budget TỆP.xlsx [--suggest [--write]] [--print THƯ_MỤC] [--today YYYY-MM-DD]
      Tổng hợp dự toán; --suggest: lập dự toán gợi ý (--write: thêm vào tệp, giữ bản sao .bak);
      --print: in dự toán từng đại hội.
`,
  tasks: `  daihoi tasks TỆP.xlsx [--write]
      Lập mốc công việc gợi ý cho từng đại hội (kế hoạch, văn kiện, xin ý kiến, cấp trên đồng ý,
      giấy mời, đại hội, báo cáo kết quả; rút kinh nghiệm sau đại hội điểm cuối cùng);
      --write: thêm vào tab Mốc thời gian (giữ bản sao .bak). Chạy lại không thêm trùng.
`,
  report: `  daihoi report TỆP.xlsx --out THƯ_MỤC [--today YYYY-MM-DD] [--json]
      Tạo báo cáo (HTML, PDF, bảng tính có tab Báo cáo, thư .eml cho từng người nhận).
`,
  send: `  daihoi send TỆP.xlsx --smtp URL [--from ĐỊA_CHỈ] [--today YYYY-MM-DD] [--dry-run]
      Gửi báo cáo qua SMTP, mỗi người nhận một lần cho mỗi kỳ.
`,
  import: `  daihoi import KẾ_HOẠCH.txt [--json] [--into TỆP.xlsx]
      Đọc văn bản kế hoạch: hạn, đơn vị, đại biểu; --into: thêm vào bảng tính (giữ bản sao .bak).
`,
};

export const cliText = {
  /** A dropdown's warning in the workbooks `init` writes. */
  outOfListTitle: 'Giá trị ngoài danh sách',
  outOfList: (header: string) => `Giá trị nên chọn trong danh sách của cột "${header}".`,
  fileMissing: (file: string) => `không đọc được tệp "${file}": tệp không tồn tại.`,
  notAFile: (file: string) => `không đọc được "${file}": đây không phải một tệp.`,
  notAWorkbook: (file: string) => `không đọc được tệp "${file}": đây không phải tệp .xlsx hợp lệ.`,
  fileTooLarge: (file: string, limit: number) =>
    `không đọc được tệp "${file}": tệp lớn hơn ${megabytes(limit)}.`,
  tooManyParts: (file: string, limit: number) =>
    `không đọc tệp "${file}": tệp nén chứa hơn ${formatNumberVi(limit)} phần, quá giới hạn của một bảng tính kế hoạch; tệp có thể bị hỏng.`,
  unzippedTooLarge: (file: string, limit: number) =>
    `không đọc tệp "${file}": khi giải nén, tệp lớn hơn ${megabytes(limit)}, giới hạn cho một bảng tính kế hoạch (kế hoạch cả tỉnh chỉ khoảng 30 MB); tệp có thể bị hỏng hoặc bị làm phình to.`,
  tooManyCells: (file: string, limit: number) =>
    `không đọc tệp "${file}": các tab có hơn ${formatNumberVi(limit)} ô (tính cả ô trống đã tô màu hay định dạng), quá giới hạn ${formatNumberVi(limit)} ô. Xóa các hàng, cột thừa đã định dạng rồi thử lại.`,
  tooManyRows: (file: string, tab: string, lastRow: number, limit: number) =>
    `không đọc tệp "${file}": tab "${tab}" có dữ liệu tới hàng ${formatNumberVi(lastRow)}, quá giới hạn ${formatNumberVi(limit)} hàng mỗi tab. Xóa các hàng thừa rồi thử lại.`,
  tooManyColumns: (file: string, tab: string, lastColumn: string, limit: number) =>
    `không đọc tệp "${file}": tab "${tab}" có dữ liệu tới cột ${lastColumn}, quá giới hạn ${formatNumberVi(limit)} cột mỗi tab. Xóa các cột thừa rồi thử lại.`,
  planTooLarge: (file: string, limit: number) =>
    `không đọc văn bản kế hoạch "${file}": dài hơn ${megabytes(limit)}, giới hạn của lệnh import (một kế hoạch thật chỉ vài chục KB). Hãy kiểm tra đúng tệp văn bản chưa.`,
  badToday: (text: string) =>
    `--today "${text}" không hợp lệ: dùng dạng YYYY-MM-DD, một ngày có thật trong các năm ${DATE_WINDOW.minYear}–${DATE_WINDOW.maxYear}, ví dụ 2025-01-10.`,
  unknownCommand: (name: string) => `không có lệnh "${name}". Gõ "daihoi --help" để xem các lệnh.`,
  badArguments: (detail: string) => `tham số không hợp lệ: ${detail}`,
  missingFile: (command: string) => `lệnh "${command}" cần tên tệp. Gõ "daihoi --help" để xem cách dùng.`,
  unknownExample: (name: string) =>
    `không có kế hoạch mẫu "${name}": dùng --example (Huyện ủy, 2024) hoặc --example doan (Đoàn Khối, 2016).`,
  fileExists: (file: string) => `tệp "${file}" đã có; thêm --force để ghi đè.`,
  cannotWrite: (file: string, reason: string) => `không ghi được tệp "${file}": ${reason}`,
  wrote: (file: string) => `Đã ghi ${file}`,
  summary: (errors: number, warnings: number, infos: number) =>
    `${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
  noFindings: 'Không có lỗi, cảnh báo hay thông tin nào: dữ liệu hợp lệ.',
  /** Usage of one command, for `daihoi <lệnh> --help`. */
  commandUsage: (name: string): string | undefined => {
    const text = COMMAND_USAGE[name];
    return text === undefined ? undefined : `Cách dùng:\n${text}`;
  },
  usage: `daihoi — kiểm tra, báo cáo và gửi kế hoạch đại hội điểm từ tệp .xlsx

Cách dùng:
${Object.values(COMMAND_USAGE).join('')}
Gõ "daihoi <lệnh> --help" để xem cách dùng của một lệnh.
`,
};
