/** Vietnamese text of the output tabs both hosts write (see src/core/sheets). */
export const findingsTabText = {
  title(when: string, errors: number, warnings: number, infos: number) {
    return `Kết quả kiểm tra lúc ${when}: ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`;
  },
  header: {
    severity: 'Mức độ',
    code: 'Mã',
    tab: 'Tab',
    place: 'Ô',
    message: 'Nội dung',
    hint: 'Gợi ý',
  },
  noFindingsRow: 'Không có lỗi, cảnh báo hay thông tin nào.',
  wholeTab: '(cả tab)',
};
