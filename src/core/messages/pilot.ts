/**
 * Vietnamese text of the whole pilot (issue 19): the standard steps and the tasks suggested from them,
 * the findings on approvals and results, `daihoi tasks` and the menu item.
 */
import { formatNumberVi } from '../numbers';

type Text = { message: string; hint: string };

/** What a task's text is built from. */
export interface TaskWording {
  readonly youth: boolean;
  /** The congress's unit, by name. */
  readonly unit: string;
  /** The level that approves (the unit's `Đơn vị cấp trên`), by name; empty when the unit has none. */
  readonly approver: string;
  readonly pilot: boolean;
  readonly directElection: boolean;
}

const upperParty = (approver: string) => (approver ? `cấp ủy cấp trên (${approver})` : 'cấp ủy cấp trên');
const upperYouth = (approver: string) => `cấp ủy cùng cấp và Ban Thường vụ ${approver || 'Đoàn cấp trên'}`;
const joined = (codes: readonly string[]) => codes.join(', ');

export const pilotText = {
  /** Names of the steps, as `Cấu hình` keys and listings show them. */
  stepNames: {
    plan: 'Ban hành kế hoạch',
    drafts: 'Dự thảo văn kiện',
    opinionDocuments: 'Xin ý kiến văn kiện',
    opinionPersonnel: 'Xin ý kiến nhân sự',
    approval: 'Cấp trên đồng ý',
    partyApproval: 'Cấp ủy cùng cấp đồng ý',
    invitations: 'Gửi giấy mời',
    congress: 'Tổ chức đại hội',
    results: 'Báo cáo kết quả',
    lessons: 'Rút kinh nghiệm',
    summary: 'Báo cáo kết quả đại hội điểm',
  },

  /** The `Nội dung` of a suggested task. */
  task: {
    plan: (w: TaskWording) => `Ban hành kế hoạch tổ chức đại hội ${w.unit}`,
    drafts: (w: TaskWording) => `Dự thảo báo cáo chính trị, báo cáo kiểm điểm đại hội ${w.unit}`,
    opinionDocuments: (w: TaskWording) =>
      w.youth
        ? `Báo cáo văn kiện đại hội ${w.unit} với ${upperYouth(w.approver)}`
        : `Xin ý kiến ${upperParty(w.approver)} về báo cáo chính trị, báo cáo kiểm điểm đại hội ${w.unit}`,
    opinionPersonnel: (w: TaskWording) =>
      w.youth
        ? `Báo cáo đề án nhân sự đại hội ${w.unit} với ${upperYouth(w.approver)}`
        : `Xin ý kiến ${upperParty(w.approver)} về phương án nhân sự đại hội ${w.unit}`,
    approval: (w: TaskWording) =>
      w.youth
        ? `Đồng ý văn kiện, đề án nhân sự đại hội ${w.unit}`
        : `Cho ý kiến về văn kiện, phương án nhân sự đại hội ${w.unit}`,
    partyApproval: (w: TaskWording) => `Cấp ủy cùng cấp đồng ý văn kiện, đề án nhân sự đại hội ${w.unit}`,
    invitations: (w: TaskWording) => `Gửi giấy mời đại biểu dự đại hội ${w.unit}`,
    congress: (w: TaskWording) =>
      `Tổ chức ${w.pilot ? 'đại hội điểm' : 'đại hội'} ${w.unit}${w.directElection ? ', bầu trực tiếp Bí thư' : ''}`,
    results: (w: TaskWording) =>
      `Báo cáo kết quả đại hội ${w.unit} về ${w.youth ? upperYouth(w.approver) : upperParty(w.approver)}`,
    lessons: () => 'Tổng kết, rút kinh nghiệm công tác chuẩn bị và tổ chức đại hội điểm',
    summary: () => 'Tổng hợp, báo cáo kết quả đại hội điểm lên cấp trên',
  },

  /** `Ghi chú` of a suggested task: where its date comes from. */
  note: {
    before: (days: number, anchor: string) => `Gợi ý: ${formatNumberVi(days)} ngày trước ${anchor}`,
    at: (anchor: string) => `Gợi ý: ${anchor}`,
    after: (days: number, anchor: string) => `Gợi ý: ${formatNumberVi(days)} ngày sau ${anchor}`,
    congressDate: (date: string) => `ngày đại hội ${date}`,
    congressEnd: (date: string) => `ngày kết thúc đại hội ${date}`,
    deadline: (date: string) => `hạn hoàn thành ${date} (chưa có ngày đại hội)`,
    lastPilot: (date: string) => `đại hội điểm cuối cùng (${date})`,
  },

  // --- findings ------------------------------------------------------------------------------------
  approvalsPending: (date: string, daysLeft: number, pending: readonly string[]): Text => ({
    message:
      daysLeft === 0
        ? `Đại hội khai mạc hôm nay (${date}) mà việc xin ý kiến, được cấp trên đồng ý chưa xong: ${joined(pending)}.`
        : `Còn ${formatNumberVi(daysLeft)} ngày đến đại hội (${date}) mà việc xin ý kiến, được cấp trên đồng ý chưa xong: ${joined(pending)}.`,
    hint: 'Đại hội chỉ tiến hành khi cấp trên đã cho ý kiến, đồng ý. Khi xong, nhập Ngày hoàn thành của các công việc đó ở tab Mốc thời gian; nếu chưa kịp, dời Ngày đại hội.',
  }),
  heldWithoutApproval: (status: string, date: string, pending: readonly string[]): Text => ({
    message: `Trạng thái "${status}" (đại hội ngày ${date}) nhưng việc xin ý kiến, được cấp trên đồng ý chưa xong trước ngày đại hội: ${joined(pending)}.`,
    hint: 'Nếu cấp trên đã đồng ý trước đại hội, nhập đúng Ngày hoàn thành của các công việc đó ở tab Mốc thời gian; nếu chưa, báo cáo cấp trên.',
  }),
  pendingTask: (code: string, done: string | null) => (done ? `${code} (xong ngày ${done})` : code),
  presentAboveDelegates: (present: number, delegates: number, cell: string): Text => ({
    message: `Đại biểu có mặt là ${formatNumberVi(present)}, nhiều hơn tổng số đại biểu được triệu tập (${formatNumberVi(delegates)}, ô Đại hội!${cell}).`,
    hint: 'Số đại biểu có mặt không thể vượt Tổng đại biểu; sửa một trong hai ô.',
  }),
  shareOutOfRange: (share: string): Text => ({
    message: `Tỷ lệ phiếu ${share}% nằm ngoài khoảng 0–100.`,
    hint: 'Nhập tỷ lệ phần trăm từ 0 đến 100, ví dụ 96,5.',
  }),
  directShareNotMajority: (share: string, asPercent: string | null): Text => ({
    message: `Bầu trực tiếp Bí thư nhưng tỷ lệ phiếu chỉ ${share}%, không quá một nửa.`,
    hint: asPercent
      ? `Có thể ô đang định dạng phần trăm nên ${asPercent}% được lưu thành ${share}: bỏ định dạng phần trăm và nhập con số phần trăm, ví dụ ${asPercent}.`
      : 'Người trúng cử Bí thư khi bầu trực tiếp phải được quá một nửa số phiếu bầu; kiểm tra lại số đã nhập.',
  }),
  directWithoutSecretary: (missing: readonly string[]): Text => ({
    message: `Đại hội bầu trực tiếp Bí thư nhưng chưa ghi ${missing.join(' và ')}.`,
    hint: 'Nhập họ tên Bí thư được bầu và tỷ lệ phiếu (%) của đại hội.',
  }),
  resultsLate: (reported: string, due: string, days: number): Text => ({
    message: `Kết quả đại hội báo cáo ngày ${reported}, trễ ${formatNumberVi(days)} ngày so với hạn ${due}.`,
    hint: 'Chỉ để theo dõi; hạn tính từ ngày kết thúc đại hội cộng số ngày ở Cấu hình, khóa "Hạn báo cáo kết quả (ngày)".',
  }),
  resultsNotReported: (due: string, days: number): Text => ({
    message: `Đã quá hạn báo cáo kết quả đại hội ${formatNumberVi(days)} ngày (hạn ${due}) mà chưa có Ngày báo cáo kết quả.`,
    hint: 'Đôn đốc đơn vị báo cáo kết quả lên cấp trên; khi đã báo cáo, nhập ngày ở cột "Ngày báo cáo kết quả" của tab Kết quả đại hội.',
  }),
  resultsRowMissing: (due: string, days: number, tab: string): Text => ({
    message: `Đại hội đã tổ chức, đã quá hạn báo cáo kết quả ${formatNumberVi(days)} ngày (hạn ${due}) mà tab "${tab}" chưa có hàng của đơn vị.`,
    hint: `Thêm một hàng cho đơn vị vào tab "${tab}": đại biểu có mặt, số ủy viên được bầu, Bí thư, ngày báo cáo kết quả.`,
  }),
  resultsForCongressNotHeld: (status: string, statusCell: string): Text => ({
    message: `Có kết quả đại hội nhưng Trạng thái của đại hội là "${status}" (ô Đại hội!${statusCell}).`,
    hint: 'Nếu đại hội đã diễn ra, chọn Trạng thái "Đã tổ chức" (hoặc "Đã báo cáo") và nhập Ngày đại hội; nếu chưa, xóa hàng kết quả này.',
  }),
  reportedBeforeCongress: (reported: string, date: string): Text => ({
    message: `Ngày báo cáo kết quả ${reported} trước ngày đại hội ${date}.`,
    hint: 'Kết quả chỉ báo cáo được sau đại hội: sửa Ngày báo cáo kết quả hoặc Ngày đại hội.',
  }),
  reportedInFuture: (reported: string, today: string): Text => ({
    message: `Ngày báo cáo kết quả ${reported} còn ở tương lai (hôm nay ${today}).`,
    hint: 'Chỉ nhập Ngày báo cáo kết quả khi đã gửi báo cáo.',
  }),
  secretaryName: 'họ tên Bí thư được bầu',
  shareName: 'tỷ lệ phiếu',
};

/** The columns a list of suggested tasks shows, in the CLI and in the Sheets dialog alike. */
const TASK_COLUMNS = ['Mã công việc', 'Nội dung', 'Đơn vị chủ trì', 'Hạn', 'Phụ thuộc'] as const;

/** `daihoi tasks`. */
export const tasksCliText = {
  heading: (count: number, congresses: number) =>
    `Mốc công việc gợi ý: ${formatNumberVi(count)} công việc mới cho ${formatNumberVi(congresses)} đại hội (tab Mốc thời gian).`,
  nothing: 'Không có gì để thêm: các đại hội đã có đủ mốc công việc theo các bước chuẩn.',
  noCongress: 'Chưa có đại hội nào có Hạn hoàn thành trong tab Đại hội: chưa có mốc công việc nào để gợi ý.',
  columns: TASK_COLUMNS,
  matched: (count: number) =>
    `${formatNumberVi(count)} bước đã có công việc tương ứng trong tab Mốc thời gian nên không thêm lại.`,
  appended: (count: number, backup: string) =>
    `Đã thêm ${formatNumberVi(count)} công việc vào cuối tab Mốc thời gian (bản sao lưu: ${backup}).`,
  notWritten:
    'Chưa ghi vào tệp: chạy lại với --write để thêm các công việc này (tệp gốc được sao lưu trước).',
  noMilestonesTab: 'Bảng tính chưa có tab "Mốc thời gian"; hãy thêm tab này (daihoi init tạo đủ các tab).',
  missingNoteColumn:
    'Tab Mốc thời gian chưa có cột "Ghi chú" nên dấu "Gợi ý" không được ghi; thêm cột này nếu muốn phân biệt công việc gợi ý.',
};

/** The Sheets menu item. */
export const tasksMenuText = {
  item: 'Lập mốc công việc gợi ý',
  added: (count: number, congresses: number, matched: number) =>
    `Đã thêm ${formatNumberVi(count)} công việc gợi ý cho ${formatNumberVi(congresses)} đại hội vào cuối tab "Mốc thời gian" (cột Ghi chú ghi "Gợi ý" và cách tính hạn).${
      matched > 0 ? ` ${formatNumberVi(matched)} bước đã có công việc tương ứng nên không thêm lại.` : ''
    } Hạn đếm ngược từ Ngày đại hội (chưa có thì từ Hạn hoàn thành); đổi số ngày ở Cấu hình. Các hàng sẵn có không bị thay đổi.`,
  nothing:
    'Các đại hội đã có đủ mốc công việc theo các bước chuẩn: không thêm công việc nào. Các hàng sẵn có không bị thay đổi.',
  noCongress:
    'Chưa có đại hội nào có Hạn hoàn thành trong tab "Đại hội": chưa có mốc công việc nào để gợi ý.',
  missingTab: 'Chưa có tab "Mốc thời gian". Hãy chạy "Khởi tạo / sửa bảng tính" hoặc thêm tab này.',
  missingNoteColumn:
    'Tab "Mốc thời gian" chưa có cột "Ghi chú" nên dấu "Gợi ý" không được ghi; chạy "Khởi tạo / sửa bảng tính" để thêm cột.',
};

/** The dialog of Lập mốc công việc gợi ý: what would be added, by congress, before anything is written. */
export const tasksDialogText = {
  title: 'Lập mốc công việc gợi ý',
  summary: (count: number, congresses: number, matched: number) =>
    `Sẽ thêm ${formatNumberVi(count)} công việc cho ${formatNumberVi(congresses)} đại hội vào cuối tab "Mốc thời gian"${
      matched > 0 ? `; ${formatNumberVi(matched)} bước đã có công việc tương ứng nên không thêm lại` : ''
    }. Hạn đếm ngược từ Ngày đại hội (chưa có thì từ Hạn hoàn thành); các hàng sẵn có không bị thay đổi.`,
  headers: TASK_COLUMNS,
  congressGroup: (unit: string, pilot: boolean, direct: boolean, anchor: string) =>
    `${unit} — ${pilot ? 'đại hội điểm' : 'đại hội'}${direct ? ', bầu trực tiếp Bí thư' : ''} (${anchor})`,
  planGroup: (owner: string) => `${owner || 'Cấp trên'} — sau đại hội điểm cuối cùng`,
  anchorDate: (date: string) => `ngày đại hội ${date}`,
  anchorDeadline: (date: string) => `chưa có ngày đại hội, hạn ${date}`,
};

/** The results of the congresses held: a section of the signed report and the stand-alone report. */
export const resultsReportText = {
  sectionTitle: 'KẾT QUẢ ĐẠI HỘI',
  documentSummary: (direct: boolean) =>
    `Kết quả đại hội điểm${direct ? ', thí điểm bầu trực tiếp Bí thư' : ''}`,
  fileTitle: (direct: boolean) =>
    `BÁO CÁO Kết quả đại hội điểm${direct ? ', thí điểm bầu trực tiếp Bí thư' : ''}`,
  opening: (count: number, first: string, last: string) =>
    first === last
      ? `Thực hiện kế hoạch tổ chức đại hội điểm, ${formatNumberVi(count)} đại hội điểm đã được tổ chức ngày ${first}. Kết quả cụ thể như sau:`
      : `Thực hiện kế hoạch tổ chức đại hội điểm, ${formatNumberVi(count)} đại hội điểm đã được tổ chức từ ngày ${first} đến ngày ${last}. Kết quả cụ thể như sau:`,
  overviewTitle: 'TÌNH HÌNH CHUNG',
  tableTitle: 'KẾT QUẢ TỪNG ĐẠI HỘI',
  /** One sentence; a clause that would count nothing is left out. */
  overview: (figures: {
    readonly youth: boolean;
    readonly held: number;
    readonly total: number;
    readonly present: number;
    readonly convened: number;
    readonly committee: number;
    readonly directElections: number;
    readonly directElected: number;
    readonly reported: number;
  }) => {
    const f = figures;
    const parts = [`Đã tổ chức ${formatNumberVi(f.held)}/${formatNumberVi(f.total)} đại hội`];
    if (f.convened > 0)
      parts.push(
        `đại biểu có mặt ${formatNumberVi(f.present)}/${formatNumberVi(f.convened)} (${formatNumberVi((f.present / f.convened) * 100, 1)}%)`,
      );
    if (f.committee > 0)
      parts.push(`bầu ${formatNumberVi(f.committee)} ${f.youth ? 'ủy viên Ban Chấp hành' : 'cấp ủy viên'}`);
    if (f.directElected > 0)
      parts.push(
        `${formatNumberVi(f.directElected)}/${formatNumberVi(f.directElections)} đại hội thí điểm đã bầu trực tiếp Bí thư`,
      );
    if (f.reported > 0) parts.push(`${formatNumberVi(f.reported)} đại hội đã báo cáo kết quả lên cấp trên`);
    return `${parts.join('; ')}.`;
  },
  header: (youth: boolean) =>
    [
      'STT',
      'Đơn vị, hình thức',
      'Ngày đại hội',
      'Đại biểu có mặt',
      youth ? 'Số ủy viên BCH' : 'Số cấp ủy viên',
      'Bí thư được bầu',
      'Tỷ lệ phiếu (%)',
      'Báo cáo kết quả',
    ] as const,
  direct: 'bầu trực tiếp Bí thư',
  share: (share: number) => formatNumberVi(share, Number.isInteger(share) ? 0 : 1),
  turnout: (present: number, convened: number) => `(${formatNumberVi((present / convened) * 100, 1)}%)`,
  notReported: 'chưa báo cáo',
  reportDue: (due: string) => `hạn ${due}`,
  docxLabel: 'Báo cáo kết quả đại hội điểm (.docx)',
  docxName: (iso: string) => `Bao-cao-ket-qua-dai-hoi-diem-${iso}.docx`,
  /** The stand-alone report's files from `daihoi report`. */
  fileBase: 'ket-qua-dai-hoi-diem',
  notYetAll: (left: number) =>
    `Chưa lập báo cáo kết quả đại hội điểm: còn ${formatNumberVi(left)} đại hội điểm chưa tổ chức.`,
};
