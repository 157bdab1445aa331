/** Vietnamese text of `daihoi budget`. */
import { formatMoneyVi, formatNumberVi, formatQuantityVi } from '../numbers';

export const budgetCliText = {
  heading: 'Dự toán theo đơn vị (gồm các đơn vị trực thuộc):',
  unitLine: (name: string, own: number, rollup: number) =>
    own === rollup
      ? `- ${name}: ${formatMoneyVi(own)}`
      : `- ${name}: ${formatMoneyVi(own)} (cả đơn vị trực thuộc: ${formatMoneyVi(rollup)})`,
  total: (total: number) => `Tổng dự toán: ${formatMoneyVi(total)}`,
  request: (estimate: number, dues: number, other: number, request: number) =>
    `Đề nghị cấp: ${formatMoneyVi(request)} (= ${formatMoneyVi(estimate)} − đảng phí trích giữ lại ${formatMoneyVi(dues)} − nguồn khác ${formatMoneyVi(other)})`,
  overCap: (count: number) => `${formatNumberVi(count)} dòng vượt định mức (xem "daihoi validate").`,
  uncapped: (count: number) => `${formatNumberVi(count)} dòng thuộc khoản chi chưa có định mức.`,
  noSuggestion: 'Không có gì để gợi ý: mọi đại hội đã có dòng dự toán.',
  suggestionHeading: (count: number) => `Dự toán gợi ý: ${formatNumberVi(count)} dòng mới cho tab Dự toán.`,
  suggestionColumns: [
    'Đơn vị',
    'Khoản chi',
    'Số lượng',
    'Số ngày',
    'Đơn giá',
    'Thành tiền',
    'Ghi chú',
  ] as const,
  suggestionRow: (
    unit: string,
    category: string,
    quantity: number | undefined,
    days: number | undefined,
    price: number | undefined,
    amount: number | undefined,
    note: string,
  ): string[] => [
    unit,
    category,
    quantity !== undefined ? formatQuantityVi(quantity) : '',
    days !== undefined ? formatQuantityVi(days) : '',
    price !== undefined ? formatMoneyVi(price) : 'chưa có định mức',
    amount !== undefined ? formatMoneyVi(amount) : '',
    note,
  ],
  appended: (count: number, backup: string | null) =>
    `Đã thêm ${formatNumberVi(count)} dòng vào tab Dự toán${backup ? ` (bản sao lưu: ${backup})` : ''}.`,
  writeNeedsSuggest: '--write chỉ dùng cùng --suggest.',
};
