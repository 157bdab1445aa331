/** Vietnamese text of the command line's file writes: what was written, and why nothing was. */

export const fileText = {
  cannotWrite: (file: string, reason: string) =>
    `không ghi được tệp "${file}": ${reason}. Tệp cũ giữ nguyên.`,
  noFolder: (file: string) => `không ghi được "${file}": thư mục chứa tệp này không tồn tại.`,
  notAFile: (file: string) => `không ghi được "${file}": đây không phải một tệp thường; không ghi gì.`,
  danglingLink: (file: string) =>
    `không ghi được "${file}": đây là liên kết (symlink) trỏ tới một tệp không tồn tại; không ghi gì.`,
  hardLinked: (file: string, links: number) =>
    `không ghi được "${file}": tệp có ${links} tên (liên kết cứng), ghi lại sẽ tách các tên này thành hai tệp khác nhau. Hãy sao ra một tệp riêng rồi chạy lại; chưa ghi gì.`,
  readOnly: (file: string) =>
    `không ghi được "${file}": tệp đang để chỉ đọc; chưa ghi gì. Nếu muốn ghi, bỏ chế độ chỉ đọc (chmod u+w "${file}") rồi chạy lại.`,
  cannotBackUp: (file: string, reason: string) =>
    `không tạo được bản sao lưu của "${file}": ${reason}; chưa ghi gì.`,
  tooManyBackups: (file: string, count: number) =>
    `bên cạnh "${file}" đã có ${count} bản sao lưu; hãy dọn bớt rồi chạy lại; chưa ghi gì.`,
  missingTab: (file: string, tab: string, rows: number) =>
    `bảng tính "${file}" không có tab "${tab}" (có thể đã bị đổi tên) để thêm ${rows} dòng; chưa ghi gì vào tệp. Đặt lại đúng tên tab rồi chạy lại.`,
  ambiguousTab: (file: string, tab: string, names: readonly string[]) =>
    `bảng tính "${file}" có ${names.length} tab cùng ứng với tab "${tab}" (${names.map((name) => `"${name}"`).join(', ')}; tên chỉ khác nhau ở chữ hoa, khoảng trắng hoặc cách gõ dấu); không biết ghi vào tab nào nên chưa ghi gì. Giữ một tab rồi chạy lại.`,
  missingColumn: (file: string, tab: string, header: string) =>
    `tab "${tab}" của "${file}" không có cột "${header}"; chưa ghi gì vào tệp. Thêm cột này (hoặc chạy "daihoi validate" để xem các cột còn thiếu) rồi chạy lại.`,
  droppedColumn: (tab: string, header: string) =>
    `Tab "${tab}" không có cột "${header}" nên phần ghi chú của các dòng mới không được ghi; thêm cột này nếu cần.`,
  /** Said after a write through a symlink, so the user knows which file changed. */
  throughLink: (given: string, real: string) => `"${given}" là liên kết; đã ghi vào tệp thật "${real}".`,
  /** After a rewrite that could not keep some of the file's content (exceljs does not model it). */
  unkept: (kinds: readonly string[], backup: string | null) =>
    `Lưu ý: tệp ghi lại không còn ${kinds.join(', ')} (thư viện ghi .xlsx không giữ được)${backup ? `; bản gốc đầy đủ vẫn ở ${backup}` : ''}.`,
  unkeptKind: {
    charts: 'biểu đồ',
    pivots: 'bảng tổng hợp (pivot)',
    slicers: 'bộ lọc slicer/timeline',
    macros: 'macro',
    customProperties: 'thuộc tính tùy chỉnh của tệp (Custom properties)',
  },
  backupKept: (backup: string) => `Bản gốc được giữ nguyên ở ${backup}.`,
  notADirectory: 'đây không phải một thư mục',
};
