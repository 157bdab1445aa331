/** Vietnamese text for findings about the shape and cells of the workbook (S and T codes). */
import { DATE_WINDOW, type DateReason } from '../dates';

export const parsingText = {
  missingTab(tab: string) {
    return {
      message: `Thiếu tab "${tab}".`,
      hint: `Thêm tab tên "${tab}" (menu Đại hội điểm > Khởi tạo / sửa bảng tính tạo đủ các tab).`,
    };
  },
  duplicateTab(tab: string, names: readonly string[]) {
    return {
      message: `Có ${names.length} tab cùng ứng với tab "${tab}": ${names.map((name) => `"${name}"`).join(', ')} (tên chỉ khác nhau ở chữ hoa, khoảng trắng hoặc cách gõ dấu). Chưa đọc tab nào trong số này.`,
      hint: `Giữ một tab tên "${tab}"; đổi tên hoặc xóa tab còn lại.`,
    };
  },
  missingColumn(tab: string, header: string) {
    return {
      message: `Tab "${tab}" thiếu cột "${header}".`,
      hint: `Thêm cột có tiêu đề "${header}" ở hàng 1 của tab "${tab}".`,
    };
  },
  duplicateHeader(header: string, firstCell: string) {
    return {
      message: `Tiêu đề "${header}" xuất hiện hai lần (đã có ở ô ${firstCell}).`,
      hint: 'Đổi tên hoặc xóa một trong hai cột; cột này chưa được kiểm tra cho đến khi sửa.',
    };
  },
  /** `note` is the column's own explanation (the header's note in the workbook). */
  emptyRequired(header: string, note: string) {
    return {
      message: `Ô "${header}" đang trống nhưng bắt buộc phải có.`,
      hint: `${header}: ${note} Nếu ô nằm trong vùng đã gộp (merge), hãy bỏ gộp và nhập cho từng hàng.`,
    };
  },
  invalidDate(header: string, text: string, reason: DateReason) {
    return {
      message:
        reason === 'impossible'
          ? `"${text}" ở cột "${header}" không phải ngày có thật.`
          : reason === 'range'
            ? `"${text}" ở cột "${header}" nằm ngoài khoảng năm hợp lý (${DATE_WINDOW.minYear}–${DATE_WINDOW.maxYear}).`
            : reason === 'spaces'
              ? `"${text}" ở cột "${header}" có khoảng trắng xen giữa các chữ số của ngày.`
              : `"${text}" ở cột "${header}" không phải ngày hợp lệ.`,
      hint: 'Nhập ngày dạng dd/mm/yyyy, ví dụ 10/01/2025 (cũng nhận d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy).',
    };
  },
  /** `meant`: the single number found among words ("1 ngày"), already formatted. */
  invalidNumber(header: string, text: string, meant?: string) {
    return {
      message: `"${text}" ở cột "${header}" không phải số hợp lệ.`,
      hint:
        meant !== undefined
          ? `Ô chỉ chứa con số, không kèm chữ (đơn vị tính đã có ở tiêu đề cột): nhập ${meant}.`
          : 'Nhập số, ví dụ 1.234.567 hoặc 1.234.567,5; không dùng dấu phẩy để ngăn hàng nghìn.',
    };
  },
  negativeNumber(header: string, text: string) {
    return {
      message: `"${text}" ở cột "${header}" là số âm.`,
      hint: 'Nhập số không âm.',
    };
  },
  tooLarge(header: string, text: string) {
    return {
      message: `"${text}" ở cột "${header}" lớn bất thường.`,
      hint: 'Kiểm tra lại số đã nhập (có thể thừa chữ số).',
    };
  },
  notWhole(header: string, text: string) {
    return {
      message: `"${text}" ở cột "${header}" phải là số nguyên.`,
      hint: 'Nhập số nguyên không âm, ví dụ 13. Nếu bảng tính đặt ngôn ngữ khác Việt Nam, "1.234" có thể bị hiểu là 1,234.',
    };
  },
  notInList(header: string, text: string, allowed: readonly string[]) {
    return {
      message: `"${text}" không phải giá trị hợp lệ của cột "${header}".`,
      hint: `Chọn một trong: ${allowed.join('; ')}.`,
    };
  },
  spreadsheetError(header: string, error: string) {
    return {
      message: `Ô "${header}" đang báo lỗi công thức ${error}.`,
      hint: 'Sửa công thức hoặc nhập giá trị trực tiếp.',
    };
  },
  invalidEmail(header: string, text: string) {
    return {
      message: `"${text}" ở cột "${header}" không phải địa chỉ email hợp lệ.`,
      hint: 'Nhập một địa chỉ mỗi ô, dạng ten@donvi.vn, không kèm tên hay dấu chấm phẩy.',
    };
  },
  invalidTerm(header: string, text: string) {
    return {
      message: `"${text}" ở cột "${header}" không phải nhiệm kỳ hợp lệ.`,
      hint: 'Nhập dạng YYYY-YYYY với năm kết thúc sau năm bắt đầu, ví dụ 2025-2030.',
    };
  },
  invisibleCharacters(header: string, text: string) {
    return {
      message: `Mã "${text}" ở cột "${header}" chứa ký tự ẩn (khoảng trắng không nhìn thấy).`,
      hint: 'Gõ lại mã này bằng tay; ký tự ẩn làm mã không khớp với nơi khác.',
    };
  },
  legacyText(header: string, encoding: string, converted: string) {
    return {
      message: `Ô "${header}" có chữ gõ bằng phông cũ (${encoding}), hiển thị sai dấu.`,
      hint: `Gõ lại hoặc dán đoạn đã chuyển sang Unicode: ${converted}`,
    };
  },
  invalidTimeZone(text: string) {
    return {
      message: `Múi giờ "${text}" không hợp lệ.`,
      hint: 'Dùng tên múi giờ IANA, ví dụ Asia/Ho_Chi_Minh.',
    };
  },
  invalidSetting(key: string, text: string, expected: string) {
    return {
      message: `Giá trị "${text}" của thiết lập "${key}" không hợp lệ.`,
      hint: expected,
    };
  },
};
