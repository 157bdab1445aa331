/** Vietnamese text for budget findings (B codes) and the estimate. */
import { formatMoneyVi, formatQuantityVi } from '../numbers';
import type { Guess } from '../validation/rules/references';
import { guessHint } from './rules';

type Text = { message: string; hint: string };

export const budgetText = {
  unknownCategory: (code: string, guess: Guess | null): Text => ({
    message: `Khoản chi "${code}" không có trong tab Định mức.`,
    hint:
      guessHint(code, guess, 'khoản chi') ??
      'Chọn mã khoản chi có trong tab Định mức (cột Mã khoản chi), hoặc thêm khoản chi đó vào Định mức.',
  }),
  unknownLevel: (parts: readonly string[]): Text => ({
    message:
      parts.length === 1
        ? `"${parts[0]}" ở cột "Áp dụng cho" không phải loại đơn vị.`
        : `${parts.map((part) => `"${part}"`).join(', ')} ở cột "Áp dụng cho" không phải loại đơn vị.`,
    hint: 'Ghi "Tất cả" hoặc các loại đơn vị cách nhau bởi dấu chấm phẩy, ví dụ "Chi bộ trực thuộc; Chi bộ cơ sở".',
  }),
  aboveCap: (price: number, cap: number, name: string, level: string): Text => ({
    message: `Đơn giá ${formatMoneyVi(price)} vượt mức tối đa ${formatMoneyVi(cap)} của khoản ${name} áp dụng cho ${level}.`,
    hint: 'Hạ đơn giá xuống trong định mức; phần vượt không được thanh toán.',
  }),
  amountMismatch: (given: number, computed: number, formula: string): Text => ({
    message: `Thành tiền ghi ${formatMoneyVi(given)} nhưng tính được ${formatMoneyVi(computed)} (${formula}).`,
    hint: 'Sửa Thành tiền, hoặc để trống để tự tính.',
  }),
  /** Said instead of words for a total no number can hold exactly: never wrong words. */
  amountUnreadable: '(số tiền quá lớn để đọc thành chữ: kiểm tra lại các dòng dự toán)',
  productTooLarge: (formula: string, digits: string): Text => ({
    message: `${formula} = ${digits === '∞' ? 'vô hạn' : `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`}: lớn bất thường, vượt mọi khoản chi có thể có (từ 1 triệu tỷ đồng trở lên); dòng này không được tính vào dự toán.`,
    hint: 'Kiểm tra lại Số lượng, Số ngày và Đơn giá (có thể thừa chữ số, hoặc gõ nhầm đơn giá vào ô số lượng).',
  }),
  quantityAboveDelegates: (quantity: number, total: number, congressCell: string): Text => ({
    message: `Số lượng ${formatQuantityVi(quantity)} người nhiều hơn Tổng đại biểu của đại hội (${total}, ô Đại hội!${congressCell}).`,
    hint: 'Khoản chi theo người không vượt số đại biểu dự đại hội.',
  }),
  daysAboveCongress: (days: number, congressDays: number, congressCell: string): Text => ({
    message: `Số ngày ${formatQuantityVi(days)} nhiều hơn Số ngày của đại hội (${congressDays}, ô Đại hội!${congressCell}).`,
    hint: 'Khoản chi theo ngày không vượt số ngày đại hội.',
  }),
  noCongress: (code: string): Text => ({
    message: `Đơn vị "${code}" có dự toán nhưng không có hàng nào trong tab Đại hội.`,
    hint: 'Thêm đại hội của đơn vị vào tab Đại hội, hoặc xóa các dòng dự toán này.',
  }),
  noCap: (name: string, level: string, lines: number): Text => ({
    message: `Khoản "${name}" chưa có định mức (Mức tối đa) cho ${level}; ${lines} dòng dự toán đang dùng khoản này.`,
    hint: 'Nhập Mức tối đa theo văn bản quy định đơn vị đang giữ (Quy định 3041-QĐ/VPTW hoặc mức của tỉnh). Các dòng vẫn được cộng vào tổng.',
  }),
};

/** Notes written into `Ghi chú` of suggested lines (they all start with "gợi ý"). */
export const suggestionText = {
  note: 'gợi ý',
  perDelegate: 'gợi ý: số lượng theo Tổng đại biểu, điều chỉnh theo thực tế',
  perDelegateEnterDays:
    'gợi ý: số lượng theo Tổng đại biểu; nhập Số ngày khi đã định số ngày đại hội (Số ngày của đại hội còn trống)',
  enterDelegates: 'gợi ý: nhập số đại biểu dự đại hội (Tổng đại biểu của đại hội còn trống)',
  enterServingStaff: 'gợi ý: nhập số người phục vụ đại hội vào Số lượng',
  enterFarAway: 'gợi ý: nhập số đại biểu ở xa cần chỗ nghỉ vào Số lượng và số đêm nghỉ vào Số ngày',
  enterQuantity: (unitOfMeasure: string) => `gợi ý: nhập số lượng theo đơn vị tính "${unitOfMeasure}"`,
};

/** The printable estimate (dự toán kinh phí) of one congress and its `Dự toán chi tiết` tab. */
export const estimateText = {
  documentTitle: (unitName: string) => `Dự toán kinh phí đại hội ${unitName}`,
  type: 'DỰ TOÁN KINH PHÍ',
  summary: (unitName: string, term: string | undefined) =>
    `Tổ chức đại hội ${unitName}${term ? `, nhiệm kỳ ${term}` : ''}`,
  facts: (parts: {
    form?: string;
    unitType?: string;
    delegates?: string;
    days?: string;
    date?: string;
  }): string =>
    [
      parts.form,
      parts.unitType,
      parts.delegates !== undefined ? `${parts.delegates} đại biểu` : undefined,
      parts.days !== undefined ? `${parts.days} ngày` : undefined,
      parts.date !== undefined ? `ngày đại hội ${parts.date}` : undefined,
    ]
      .filter((part): part is string => part !== undefined && part !== '')
      .join(' — '),
  columns: [
    'STT',
    'Nội dung chi',
    'Đơn vị tính',
    'Số lượng',
    'Số ngày',
    'Đơn giá (đồng)',
    'Thành tiền (đồng)',
    'Căn cứ',
  ] as const,
  noPrice: 'chưa có định mức',
  noPriceEntered: 'chưa nhập',
  noLines: 'Chưa có dòng dự toán nào cho đại hội này trong tab Dự toán.',
  total: 'Tổng cộng',
  inWords: (words: string) => `Bằng chữ: ${words}.`,
  missingAmountNote: (count: number) =>
    `Ghi chú: ${count} dòng chưa tính được thành tiền (chưa có đơn giá, hoặc thiếu số ngày với khoản chi theo ngày); tổng trên chưa gồm các dòng này.`,
  /** Beside the basis of a line priced above its norm: the cap, and the amount above it once known. */
  aboveNormMark: (cap: string, excess: string | undefined) =>
    `Đơn giá vượt mức tối đa ${cap}${excess ? `; số tiền vượt ${excess}` : ''}`,
  aboveNormNote: (lines: number, excess: string) =>
    `Ghi chú: ${lines} khoản chi vượt định mức (đánh dấu trong bảng), số tiền vượt: ${excess} đồng.`,
  /** The estimate is signed by the unit holding the congress: its committee, or the chi bộ itself. */
  signOnBehalfOf: (unitType: string | undefined, youthUnion: boolean) =>
    youthUnion ? 'TM. BAN CHẤP HÀNH' : unitType?.startsWith('Đảng bộ') ? 'T/M ĐẢNG ỦY' : 'T/M CHI BỘ',
  signerTitle: 'BÍ THƯ',
  /** The `Dự toán chi tiết` columns, left to right. */
  sheetHeader: {
    unit: 'Đơn vị',
    position: 'STT',
    category: 'Nội dung chi',
    measure: 'Đơn vị tính',
    quantity: 'Số lượng',
    days: 'Số ngày',
    unitPrice: 'Đơn giá',
    amount: 'Thành tiền',
    basis: 'Căn cứ',
    overNorm: 'Vượt định mức',
  },
};
