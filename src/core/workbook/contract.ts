/**
 * The workbook contract of WORKBOOK.md as data: tab names, headers, column types and fixed values.
 * Everything else refers to columns by these names, never by position.
 */

export const TAB = {
  settings: 'Cấu hình',
  units: 'Đơn vị',
  congresses: 'Đại hội',
  milestones: 'Mốc thời gian',
  budget: 'Dự toán',
  norms: 'Định mức',
  recipients: 'Người nhận',
} as const;

export const OUTPUT_TAB = {
  findings: 'Kiểm tra dữ liệu',
  report: 'Báo cáo',
  ledger: 'Nhật ký gửi',
  estimate: 'Dự toán chi tiết',
} as const;

export type InputTab = (typeof TAB)[keyof typeof TAB];

/**
 * Input tabs a workbook may lack: no S001 when absent, and a workbook without them validates exactly
 * as before. `Kết quả đại hội` holds one row per congress held (issue 19).
 */
export const OPTIONAL_TAB = {
  results: 'Kết quả đại hội',
} as const;
export type OptionalTab = (typeof OPTIONAL_TAB)[keyof typeof OPTIONAL_TAB];
/** Every tab read as input: the seven required ones and the optional ones. */
export type AnyInputTab = InputTab | OptionalTab;

export const UNIT_TYPES = [
  'Chi bộ trực thuộc',
  'Chi bộ cơ sở',
  'Đảng bộ bộ phận',
  'Đảng bộ cơ sở',
  'Đảng bộ cấp trên cơ sở',
  'Chi đoàn',
  'Chi đoàn cơ sở',
  'Đoàn cơ sở',
  'Đoàn cấp trên cơ sở',
  'Cơ quan',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/**
 * A body that owns tasks but holds no congress (Ban Tổ chức, Văn phòng, UBND huyện, Phòng Tài chính -
 * Kế hoạch): no members, no term, never a row in `Đại hội` or `Dự toán` (R006).
 */
export const BODY_TYPE = 'Cơ quan' satisfies UnitType;

/** Unit types that hold congresses: every type but `Cơ quan`. */
export type CongressUnitType = Exclude<UnitType, typeof BODY_TYPE>;
export const CONGRESS_UNIT_TYPES = UNIT_TYPES.filter((type): type is CongressUnitType => type !== BODY_TYPE);

export function isBody(type: UnitType | undefined): boolean {
  return type === BODY_TYPE;
}

export const CONGRESS_FORMS = ['Đại hội điểm', 'Đại hội'] as const;
export type CongressForm = (typeof CONGRESS_FORMS)[number];

export const STATUSES = [
  'Chưa bắt đầu',
  'Đang chuẩn bị',
  'Đã duyệt văn kiện',
  'Đã tổ chức',
  'Đã báo cáo',
] as const;
export type CongressStatus = (typeof STATUSES)[number];
export const HELD_STATUSES: readonly CongressStatus[] = ['Đã tổ chức', 'Đã báo cáo'];

export const YES_NO = ['Có', 'Không'] as const;

export const FREQUENCIES = ['Hằng ngày', 'Hằng tuần', 'Không'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
/** Accepted spellings that mean the same fixed value. */
export const FREQUENCY_ALIASES: Record<string, Frequency> = {
  'Hàng ngày': 'Hằng ngày',
  'Hàng tuần': 'Hằng tuần',
};

export const ORGANISATIONS = ['Đảng', 'Đoàn'] as const;
export type Organisation = (typeof ORGANISATIONS)[number];

export const ALL_SCOPE = 'Tất cả';

export type ColumnKind =
  | 'text'
  | 'code'
  | 'whole'
  | 'number'
  | 'money'
  | 'date'
  | 'term'
  | 'email'
  | 'choice'
  | 'codes'
  /** A share in percent: a number, or text with an optional trailing `%` (`98,5%`). */
  | 'percent';

export interface ColumnSpec<H extends string = string> {
  readonly header: H;
  readonly kind: ColumnKind;
  /** The cell must not be empty (T001). */
  readonly requiredValue: boolean;
  /** The column must exist in the tab (S002). */
  readonly requiredColumn: boolean;
  readonly choices?: readonly string[];
  readonly aliases?: Record<string, string>;
  /** Shown as the header's note in the workbook. */
  readonly note: string;
}

function column<const H extends string>(
  header: H,
  kind: ColumnKind,
  note: string,
  options: Partial<Pick<ColumnSpec, 'requiredValue' | 'requiredColumn' | 'choices' | 'aliases'>> = {},
): ColumnSpec<H> {
  return { header, kind, note, requiredValue: false, requiredColumn: true, ...options };
}

export const COLUMNS = {
  [TAB.settings]: [
    column('Khóa', 'text', 'Tên thiết lập, ví dụ "Cơ quan ban hành".', { requiredValue: true }),
    column('Giá trị', 'text', 'Giá trị của thiết lập.'),
  ],
  [TAB.units]: [
    column('Mã đơn vị', 'code', 'Mã duy nhất của đơn vị, ví dụ "CB02".', { requiredValue: true }),
    column('Tên đơn vị', 'text', 'Tên đầy đủ của chi bộ, đảng bộ, chi đoàn hoặc đoàn cơ sở.', {
      requiredValue: true,
    }),
    column('Loại đơn vị', 'choice', 'Chọn trong danh sách loại tổ chức.', {
      requiredValue: true,
      choices: UNIT_TYPES,
    }),
    column('Đơn vị cấp trên', 'code', 'Mã đơn vị cấp trên trực tiếp; để trống nếu là cấp cao nhất.'),
    // Required except for a `Cơ quan`, which has neither (the reader waives T001 for it).
    column(
      'Số thành viên',
      'whole',
      'Số đảng viên hoặc đoàn viên của đơn vị (số nguyên, không âm); để trống nếu Loại đơn vị là "Cơ quan".',
      { requiredValue: true },
    ),
    column('Nhiệm kỳ', 'term', 'Nhiệm kỳ hiện tại, dạng 2020-2025; để trống nếu Loại đơn vị là "Cơ quan".', {
      requiredValue: true,
    }),
    column('Ngày hết nhiệm kỳ', 'date', 'Ngày nhiệm kỳ hiện tại kết thúc (dd/mm/yyyy), nếu biết.'),
    column('Người liên hệ', 'text', 'Người phụ trách liên hệ của đơn vị.', { requiredColumn: false }),
    column('Email', 'email', 'Email nhận nhắc việc của đơn vị.'),
  ],
  [TAB.congresses]: [
    column('Mã đơn vị', 'code', 'Mã đơn vị tổ chức đại hội (có trong tab Đơn vị).', { requiredValue: true }),
    column('Hình thức', 'choice', '"Đại hội điểm" hoặc "Đại hội".', {
      requiredValue: true,
      choices: CONGRESS_FORMS,
    }),
    column(
      'Bầu trực tiếp Bí thư',
      'choice',
      '"Có" nếu đại hội thí điểm bầu trực tiếp Bí thư; trống là "Không".',
      {
        choices: YES_NO,
      },
    ),
    column('Ngày đại hội', 'date', 'Ngày khai mạc đại hội (dd/mm/yyyy).'),
    column('Nhiệm kỳ mới', 'term', 'Nhiệm kỳ đại hội mở ra, dạng 2025-2030.'),
    column('Số ngày', 'whole', 'Số ngày đại hội, tính cả phiên trù bị.'),
    column('Thành viên dự', 'whole', 'Số đảng viên/đoàn viên của đơn vị dự đại hội.'),
    column('Đại biểu mời', 'whole', 'Số đại biểu khách mời.'),
    column('Tổng đại biểu', 'whole', 'Bằng Thành viên dự + Đại biểu mời.'),
    column('Hạn hoàn thành', 'date', 'Hạn phải tổ chức xong đại hội theo kế hoạch.', { requiredValue: true }),
    column('Trạng thái', 'choice', 'Tiến độ hiện tại của đại hội.', {
      requiredValue: true,
      choices: STATUSES,
    }),
  ],
  [TAB.milestones]: [
    column('Mã công việc', 'code', 'Mã duy nhất của công việc, ví dụ "CV01".', { requiredValue: true }),
    column('Nội dung', 'text', 'Việc phải làm.', { requiredValue: true }),
    column('Đơn vị chủ trì', 'code', 'Mã đơn vị chịu trách nhiệm (có trong tab Đơn vị).'),
    column('Hạn', 'date', 'Hạn hoàn thành (dd/mm/yyyy).', { requiredValue: true }),
    column('Ngày hoàn thành', 'date', 'Ngày thực tế hoàn thành; để trống nếu chưa xong.'),
    column('Phụ thuộc', 'codes', 'Mã các công việc phải xong trước, cách nhau bởi dấu phẩy hoặc chấm phẩy.'),
    // Optional: "Lập mốc công việc gợi ý" marks its rows here; a workbook without it is fine.
    column('Ghi chú', 'text', 'Ghi chú; công việc do "Lập mốc công việc gợi ý" thêm ghi "Gợi ý".', {
      requiredColumn: false,
    }),
  ],
  [TAB.budget]: [
    column('Mã đơn vị', 'code', 'Mã đơn vị có đại hội trong tab Đại hội.', { requiredValue: true }),
    column('Khoản chi', 'code', 'Mã khoản chi trong tab Định mức.', { requiredValue: true }),
    column('Số lượng', 'number', 'Số người, số trang... theo đơn vị tính của khoản chi.', {
      requiredValue: true,
    }),
    column('Số ngày', 'number', 'Số ngày, với khoản chi tính theo ngày.'),
    // Empty while the category has no cap yet: the line still counts, and B007 says what is missing.
    column('Đơn giá', 'money', 'Đơn giá (đồng), không vượt mức tối đa; để trống khi chưa có định mức.'),
    column('Thành tiền', 'money', 'Để trống để tự tính; nếu nhập phải bằng số tính được.'),
    column('Ghi chú', 'text', 'Ghi chú.', { requiredColumn: false }),
  ],
  [TAB.norms]: [
    column('Mã khoản chi', 'code', 'Mã duy nhất của khoản chi.', { requiredValue: true }),
    column('Nội dung chi', 'text', 'Nội dung khoản chi.', { requiredValue: true }),
    column('Đơn vị tính', 'text', 'người/ngày, người, đại hội, trang...; quyết định công thức tính.', {
      requiredValue: true,
    }),
    column('Áp dụng cho', 'text', 'Các loại đơn vị áp dụng, cách nhau bởi dấu chấm phẩy, hoặc "Tất cả".', {
      requiredValue: true,
    }),
    column('Mức tối đa', 'money', 'Mức chi tối đa (đồng); để trống khi chưa nhập định mức.'),
    column('Căn cứ', 'text', 'Điều khoản của văn bản quy định.'),
  ],
  [TAB.recipients]: [
    column('Họ tên', 'text', 'Họ tên người nhận.', { requiredValue: true }),
    column('Email', 'email', 'Email người nhận (mỗi ô một địa chỉ).', { requiredValue: true }),
    column('Phạm vi', 'code', '"Tất cả" hoặc mã một đơn vị: chỉ thấy đơn vị đó và các đơn vị trực thuộc.', {
      requiredValue: true,
    }),
    column('Định kỳ', 'choice', 'Gửi tự động hằng ngày, hằng tuần hoặc không.', {
      requiredValue: true,
      choices: FREQUENCIES,
      aliases: FREQUENCY_ALIASES,
    }),
  ],
  [OPTIONAL_TAB.results]: [
    column('Mã đơn vị', 'code', 'Mã đơn vị đã tổ chức đại hội (có hàng trong tab Đại hội).', {
      requiredValue: true,
    }),
    column('Đại biểu có mặt', 'whole', 'Số đại biểu có mặt tại đại hội; không vượt Tổng đại biểu.'),
    column('Số ủy viên được bầu', 'whole', 'Số ủy viên cấp ủy (Ban Chấp hành) khóa mới được đại hội bầu.'),
    column('Bí thư được bầu', 'text', 'Họ tên Bí thư; bắt buộc với đại hội bầu trực tiếp Bí thư.'),
    column(
      'Tỷ lệ phiếu (%)',
      'percent',
      'Tỷ lệ phiếu bầu Bí thư, từ 0 đến 100 (ví dụ 96,5); bầu trực tiếp phải trên 50.',
    ),
    column('Ngày báo cáo kết quả', 'date', 'Ngày gửi báo cáo kết quả đại hội lên cấp trên (dd/mm/yyyy).'),
    column('Ghi chú', 'text', 'Ghi chú.', { requiredColumn: false }),
  ],
} as const satisfies Record<AnyInputTab, readonly ColumnSpec[]>;

/**
 * The headers of one input tab, as literal types: a rule, a reader or a writer that names a header
 * the tab does not have fails to compile.
 */
export type HeaderOf<T extends AnyInputTab> = (typeof COLUMNS)[T][number]['header'];
/** A header of any input tab. */
export type AnyHeader = HeaderOf<AnyInputTab>;

export const INPUT_TABS: readonly InputTab[] = [
  TAB.settings,
  TAB.units,
  TAB.congresses,
  TAB.milestones,
  TAB.budget,
  TAB.norms,
  TAB.recipients,
];

/** Every tab read as input, required first: reading, the template and finding order use it. */
export const ALL_INPUT_TABS: readonly AnyInputTab[] = [...INPUT_TABS, OPTIONAL_TAB.results];

/** The keys of `Cấu hình`, with the defaults a missing key takes. */
export const SETTING = {
  parentBody: 'Cơ quan cấp trên',
  issuingBody: 'Cơ quan ban hành',
  place: 'Địa danh',
  reportSymbol: 'Ký hiệu báo cáo',
  reportNumber: 'Số báo cáo',
  signer: 'Người ký',
  signerTitle: 'Chức vụ người ký',
  onBehalfOf: 'Thay mặt',
  organisation: 'Tổ chức',
  remindDays: 'Nhắc trước (ngày)',
  timeZone: 'Múi giờ',
  senderEmail: 'Email gửi',
  senderName: 'Tên người gửi',
  sendHour: 'Giờ gửi',
  sendWeekday: 'Ngày gửi trong tuần',
  sendWithErrors: 'Gửi khi có lỗi',
  retainedDues: 'Đảng phí trích giữ lại',
  otherFunding: 'Nguồn khác',
  maxDaysPrefix: 'Số ngày tối đa:',
  reportBasis: 'Căn cứ',
  reportRecipients: 'Nơi nhận',
  assessment: 'Đánh giá',
  proposals: 'Đề xuất',
  congressDateReminderDays: 'Nhắc chọn ngày đại hội (ngày)',
  /** Where the plan says each congress's estimate goes (e.g. Phòng Tài chính - Kế hoạch huyện). */
  estimateRecipients: 'Nơi nhận dự toán',
  resultsReportDays: 'Hạn báo cáo kết quả (ngày)',
  /** `Ngày trước đại hội: <bước>` and `Ngày sau đại hội điểm cuối: <bước>` move a suggested task. */
  daysBeforePrefix: 'Ngày trước đại hội:',
  daysAfterLastPilotPrefix: 'Ngày sau đại hội điểm cuối:',
} as const;

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DEFAULT_REMIND_DAYS = 7;
/** D009: a congress still without a date this many days before its deadline. */
export const DEFAULT_CONGRESS_DATE_REMINDER_DAYS = 30;
/** Results are reported up within this many days after the congress's last day (D015). */
export const DEFAULT_RESULTS_REPORT_DAYS = 15;
export const DEFAULT_SEND_HOUR = 7;
/** 1 = Monday (Thứ Hai). */
export const DEFAULT_SEND_WEEKDAY = 1;

/** Days a congress may last by default (Party guidance: chi bộ trực thuộc 1 day, others 2). */
export function defaultMaxDays(type: CongressUnitType): number {
  return type === 'Chi bộ trực thuộc' ? 1 : 2;
}
