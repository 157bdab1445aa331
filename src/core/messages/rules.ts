/** Vietnamese text for findings about references, congresses, milestones and recipients. */
import { formatNumberVi } from '../numbers';
import type { Guess } from '../validation/rules/references';

type Text = { message: string; hint: string };

/** A long cycle (thousands of codes) is shown by its ends and its length, so the message stays readable. */
function cyclePath(path: readonly string[]): string {
  const members = path.length - 1;
  if (members <= 12) return `: ${path.join(' → ')}`;
  const shown = [...path.slice(0, 6), '…', ...path.slice(-4)];
  return ` gồm ${formatNumberVi(members)} mã: ${shown.join(' → ')}`;
}

/** What a code column refers to, as staff say it. */
export type ReferenceKind = 'đơn vị' | 'công việc' | 'khoản chi';

/** The hint for a code that names nothing, from what the clerk most likely meant; null if nothing fits. */
export function guessHint(typed: string, guess: Guess | null, kind: ReferenceKind): string | null {
  if (!guess) return null;
  switch (guess.kind) {
    case 'name':
      return guess.matches.length === 1
        ? `"${typed}" là tên ${kind}; ô này cần mã ${kind}: nhập ${guess.matches[0]!.code}.`
        : `"${typed}" là tên của ${guess.matches.length} ${kind} (mã ${guess.matches.map((m) => m.code).join(', ')}); ô này cần mã: nhập mã của ${kind} đúng.`;
    case 'case':
      return `Mã phân biệt chữ hoa, chữ thường: nhập ${guess.match.code}.`;
    case 'partial':
      return `Có phải ${kind} "${guess.match.name}"? Ô này cần mã: nhập ${guess.match.code}.`;
    case 'invisible':
      return guess.match
        ? `Mã có ký tự ẩn (không nhìn thấy): xóa ô rồi gõ lại ${guess.match.code} bằng tay.`
        : 'Mã có ký tự ẩn (không nhìn thấy): xóa ô rồi gõ lại mã bằng tay.';
  }
}

export const rulesText = {
  /** A row named in a message when the cell's column is missing. */
  row: (row: number) => `hàng ${row}`,
  duplicateCode: (what: string, code: string, firstCell: string): Text => ({
    message: `${what} "${code}" bị trùng (đã có ở ô ${firstCell}).`,
    hint: 'Mỗi mã chỉ dùng cho một hàng; đổi mã hoặc xóa hàng thừa.',
  }),
  duplicateEmail: (email: string, firstCell: string): Text => ({
    message: `Email "${email}" bị trùng (đã có ở ô ${firstCell}).`,
    hint: 'Mỗi người nhận một hàng; xóa hàng thừa để không gửi hai lần.',
  }),
  unknownReference: (
    header: string,
    code: string,
    targetTab: string,
    kind: ReferenceKind,
    guess: Guess | null,
  ): Text => ({
    message: `${header} "${code}" không có trong tab "${targetTab}".`,
    hint:
      guessHint(code, guess, kind) ??
      (header === 'Phạm vi'
        ? `Nhập "Tất cả" hoặc mã một đơn vị có trong tab "${targetTab}" (cột Mã đơn vị).`
        : `Nhập mã ${kind} có trong tab "${targetTab}", hoặc thêm ${kind} đó vào tab "${targetTab}" trước.`),
  }),
  /** Several codes of one cell (`Phụ thuộc`) that name nothing: one finding for the cell. */
  unknownReferences: (
    header: string,
    codes: readonly { code: string; guess: Guess | null }[],
    targetTab: string,
    kind: ReferenceKind,
  ): Text => {
    const guessed = codes
      .map(({ code, guess }) => guessHint(code, guess, kind))
      .filter((hint): hint is string => hint !== null);
    return {
      message:
        codes.length === 1
          ? `${header} "${codes[0]!.code}" không có trong tab "${targetTab}".`
          : `${header} có các mã không có trong tab "${targetTab}": ${codes.map(({ code }) => `"${code}"`).join(', ')}.`,
      hint:
        guessed.length > 0
          ? guessed.join(' ')
          : `Nhập mã ${kind} có trong tab "${targetTab}", cách nhau bởi dấu phẩy; hoặc thêm ${kind} đó trước.`,
    };
  },
  cycle: (what: string, path: readonly string[]): Text => ({
    message: `${what} tạo thành vòng lặp${cyclePath(path)}.`,
    hint: 'Sửa để quan hệ chỉ đi một chiều, không quay lại chính nó.',
  }),
  wrongParentType: (
    type: string,
    parentCode: string,
    parentType: string,
    allowed: readonly string[],
  ): Text => ({
    message: `${type} không thể trực thuộc "${parentCode}" (${parentType}).`,
    hint: `Đơn vị cấp trên của ${type} phải là: ${allowed.join(' hoặc ')}.`,
  }),
  secondCongressRow: (code: string, firstCell: string): Text => ({
    message: `Đơn vị "${code}" đã có một hàng trong tab Đại hội (ô ${firstCell}).`,
    hint: 'Mỗi đơn vị chỉ một hàng đại hội; thí điểm bầu trực tiếp Bí thư ghi ở cột "Bầu trực tiếp Bí thư".',
  }),
  bodyWithCongress: (code: string, unitCell: string): Text => ({
    message: `Đơn vị "${code}" là Cơ quan (ô Đơn vị!${unitCell}): cơ quan không tổ chức đại hội nên không có hàng trong tab Đại hội.`,
    hint: `Xóa hàng này. Nếu đơn vị thật sự tổ chức đại hội, sửa Loại đơn vị ở ô Đơn vị!${unitCell} (ví dụ Chi bộ cơ sở).`,
  }),
  bodyWithBudget: (code: string, unitCell: string): Text => ({
    message: `Đơn vị "${code}" là Cơ quan (ô Đơn vị!${unitCell}): cơ quan không tổ chức đại hội nên không có dự toán đại hội.`,
    hint: 'Ghi dòng dự toán này cho đơn vị tổ chức đại hội (mã của đơn vị đó ở cột Mã đơn vị), hoặc xóa dòng.',
  }),
  notStartedSoon: (date: string, days: number): Text => ({
    message:
      days === 0
        ? `Đại hội khai mạc hôm nay (${date}) mà Trạng thái vẫn là "Chưa bắt đầu".`
        : `Còn ${days} ngày đến đại hội (${date}) mà Trạng thái vẫn là "Chưa bắt đầu".`,
    hint: 'Chọn Trạng thái đúng tiến độ ("Đang chuẩn bị", "Đã duyệt văn kiện"); nếu chưa kịp chuẩn bị, dời Ngày đại hội.',
  }),
  passedNotHeld: (date: string, today: string, status: string): Text => ({
    message: `Ngày đại hội ${date} đã qua (hôm nay ${today}) mà Trạng thái vẫn là "${status}".`,
    hint: 'Nếu đại hội đã diễn ra, chọn Trạng thái "Đã tổ chức" (hoặc "Đã báo cáo"); nếu đại hội bị hoãn, nhập ngày mới vào Ngày đại hội.',
  }),
  noCongressDate: (deadline: string, daysLeft: number, reminderDays: number): Text => ({
    message:
      daysLeft < 0
        ? `Chưa có Ngày đại hội mà Hạn hoàn thành ${deadline} đã qua ${-daysLeft} ngày.`
        : daysLeft === 0
          ? `Chưa có Ngày đại hội mà hôm nay là Hạn hoàn thành (${deadline}).`
          : `Chưa có Ngày đại hội mà chỉ còn ${daysLeft} ngày đến Hạn hoàn thành ${deadline}.`,
    hint: `Chốt ngày tổ chức và nhập vào cột Ngày đại hội (dd/mm/yyyy). Việc nhắc bắt đầu ${reminderDays} ngày trước hạn; đổi số ngày ở Cấu hình, khóa "Nhắc chọn ngày đại hội (ngày)".`,
  }),
  delegateSum: (total: number, members: number, invited: number): Text => ({
    message: `Tổng đại biểu là ${total} nhưng Thành viên dự + Đại biểu mời = ${members + invited} (${members} + ${invited}).`,
    hint: 'Sửa Tổng đại biểu hoặc hai cột cộng thành nó.',
  }),
  attendingAboveMembers: (attending: number, members: number, unitCell: string): Text => ({
    message: `Thành viên dự là ${attending}, nhiều hơn Số thành viên của đơn vị (${members}, ô Đơn vị!${unitCell}).`,
    hint: 'Số thành viên dự không thể vượt số đảng viên/đoàn viên của đơn vị.',
  }),
  tooManyDays: (days: number, limit: number, type: string): Text => ({
    message: `Đại hội kéo dài ${days} ngày, vượt giới hạn ${limit} ngày của ${type}.`,
    hint: 'Thời gian họp trù bị tính vào thời gian đại hội. Giới hạn có thể đổi trong Cấu hình với khóa "Số ngày tối đa: <Loại đơn vị>".',
  }),
  congressAfterDeadline: (date: string, deadline: string): Text => ({
    message: `Ngày đại hội ${date} sau Hạn hoàn thành ${deadline}.`,
    hint: 'Dời ngày đại hội lên trước hạn, hoặc sửa hạn theo kế hoạch mới.',
  }),
  congressFarFromTermEnd: (date: string, termEnd: string, earliest: string, latest: string): Text => ({
    message: `Ngày đại hội ${date} cách ngày hết nhiệm kỳ ${termEnd} quá 6 tháng (được từ ${earliest} đến ${latest}).`,
    hint: 'Điều lệ Đảng: đại hội có thể triệu tập sớm hoặc muộn hơn ngày hết nhiệm kỳ nhưng không quá 6 tháng.',
  }),
  heldWithoutDate: (status: string): Text => ({
    message: `Trạng thái "${status}" nhưng chưa có Ngày đại hội.`,
    hint: 'Nhập ngày đã tổ chức đại hội, hoặc sửa trạng thái.',
  }),
  heldInFuture: (status: string, date: string, today: string): Text => ({
    message: `Trạng thái "${status}" nhưng Ngày đại hội ${date} còn ở tương lai (hôm nay ${today}).`,
    hint: 'Sửa trạng thái cho đúng tiến độ, hoặc sửa ngày đại hội.',
  }),
  overdue: (code: string, due: string, days: number): Text => ({
    message: `Công việc ${code} quá hạn ${days} ngày (hạn ${due}) mà chưa có Ngày hoàn thành.`,
    hint: 'Đôn đốc đơn vị chủ trì; khi xong, nhập Ngày hoàn thành.',
  }),
  dueSoon: (code: string, due: string, days: number): Text => ({
    message:
      days === 0
        ? `Công việc ${code} đến hạn hôm nay (${due}).`
        : `Công việc ${code} còn ${days} ngày đến hạn (${due}).`,
    hint: 'Nhắc đơn vị chủ trì chuẩn bị hoàn thành đúng hạn.',
  }),
  finishedLate: (code: string, done: string, due: string, days: number): Text => ({
    message: `Công việc ${code} hoàn thành ngày ${done}, trễ ${days} ngày so với hạn ${due}.`,
    hint: 'Chỉ để theo dõi; không cần sửa nếu ngày hoàn thành đúng thực tế.',
  }),
  dueBeforeDependency: (
    code: string,
    due: string,
    dependencies: readonly { code: string; due: string }[],
  ): Text => ({
    message: `Hạn của ${code} (${due}) sớm hơn hạn của công việc phụ thuộc ${dependencies.map((d) => `${d.code} (${d.due})`).join(', ')}.`,
    hint: 'Công việc phải sau các việc nó phụ thuộc: dời hạn của việc này hoặc của việc phụ thuộc.',
  }),
  finishedInFuture: (done: string, today: string): Text => ({
    message: `Ngày hoàn thành ${done} còn ở tương lai (hôm nay ${today}).`,
    hint: 'Chỉ nhập Ngày hoàn thành khi công việc đã xong; đến lúc đó công việc vẫn được tính là chưa xong (vẫn có trong danh sách quá hạn, sắp đến hạn và thư nhắc).',
  }),
  noScheduledRecipient: (): Text => ({
    message: 'Không có người nhận nào sẽ nhận báo cáo định kỳ.',
    hint: 'Thêm ít nhất một người nhận có email hợp lệ, phạm vi hợp lệ và Định kỳ là "Hằng ngày" hoặc "Hằng tuần".',
  }),
};
