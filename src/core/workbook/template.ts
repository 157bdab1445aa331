/**
 * The blank workbook as platform-neutral data: which tabs, headers, notes, dropdowns, formats and
 * highlight rules a new workbook gets. `daihoi init` writes it with exceljs; the Sheets set-up applies it.
 */
import type { Cell } from '../cells';
import type { CellFormat } from '../sheets/output-tab';
import {
  ALL_INPUT_TABS,
  type AnyInputTab,
  COLUMNS,
  CONGRESS_FORMS,
  type ColumnSpec,
  FREQUENCIES,
  type InputTab,
  OPTIONAL_TAB,
  ORGANISATIONS,
  STATUSES,
  TAB,
  UNIT_TYPES,
  YES_NO,
} from './contract';

/** Rows that get dropdowns and formats: bounded, so spreadsheet tools never expand whole columns. */
export const TEMPLATE_ROWS = 1000;

export type Dropdown =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  /** Codes typed in another tab's column, e.g. unit codes of `Đơn vị`. */
  | { readonly kind: 'codes'; readonly tab: InputTab; readonly header: string };

export interface TemplateColumn {
  readonly header: string;
  readonly note: string;
  readonly width: number;
  readonly format?: CellFormat;
  readonly dropdown?: Dropdown;
}

/** Rows of a tab coloured when a condition holds (conditional formatting). */
export interface Highlight {
  readonly when: 'overdue' | 'dueSoon' | 'done';
  /** Hex background colour. */
  readonly fill: string;
  /** The date column the condition reads and the column that marks completion. */
  readonly dueHeader: string;
  readonly doneHeader: string;
  /**
   * `pastDate`: the cell holds a date not after today (a date still to come is not done yet; text
   * the spreadsheet did not take as a date still counts, as the validator reads such text itself);
   * a list: the cell holds one of these values.
   */
  readonly doneMeans: 'pastDate' | readonly string[];
}

export interface TemplateTab {
  readonly name: AnyInputTab;
  readonly columns: readonly TemplateColumn[];
  readonly highlights: readonly Highlight[];
}

export const HIGHLIGHT_FILL = { overdue: '#F4CCCC', dueSoon: '#FFE599', done: '#D9EAD3' } as const;

const UNIT_CODES: Dropdown = { kind: 'codes', tab: TAB.units, header: 'Mã đơn vị' };

function dropdownFor(tab: AnyInputTab, spec: ColumnSpec): Dropdown | undefined {
  if (spec.kind === 'choice') return { kind: 'list', values: spec.choices ?? [] };
  // Results belong to congresses: the list offers the codes of `Đại hội`.
  if (tab === OPTIONAL_TAB.results && spec.header === 'Mã đơn vị')
    return { kind: 'codes', tab: TAB.congresses, header: 'Mã đơn vị' };
  if (tab === TAB.units && spec.header === 'Đơn vị cấp trên') return UNIT_CODES;
  if (tab !== TAB.units && spec.header === 'Mã đơn vị') return UNIT_CODES;
  if (spec.header === 'Đơn vị chủ trì') return UNIT_CODES;
  if (spec.header === 'Khoản chi') return { kind: 'codes', tab: TAB.norms, header: 'Mã khoản chi' };
  // No dropdown on `Phạm vi`: it holds "Tất cả" or a unit code, and a list of either would flag the
  // other, valid, kind as out of list (a warning popup on every scoped recipient); its note explains.
  return undefined;
}

function formatFor(spec: ColumnSpec): CellFormat | undefined {
  if (spec.kind === 'money') return 'money';
  if (spec.kind === 'whole') return 'count';
  // `number` columns (Số lượng, Số ngày of Dự toán) may hold 0,5 ngày: #,##0 would show it as 1,
  // so they keep the spreadsheet's general format, which shows fractions as typed.
  if (spec.kind === 'date') return 'date';
  if (spec.kind === 'code' || spec.kind === 'term' || spec.kind === 'codes') return 'text';
  return undefined;
}

function widthFor(spec: ColumnSpec): number {
  if (spec.kind === 'text') return spec.header === 'Ghi chú' || spec.header === 'Nội dung' ? 40 : 28;
  if (spec.kind === 'email') return 30;
  if (spec.kind === 'choice') return 20;
  if (spec.kind === 'date' || spec.kind === 'money') return 14;
  return Math.max(12, spec.header.length + 2);
}

const HIGHLIGHTS: Partial<Record<AnyInputTab, readonly Highlight[]>> = {
  [TAB.milestones]: [
    {
      when: 'done',
      fill: HIGHLIGHT_FILL.done,
      dueHeader: 'Hạn',
      doneHeader: 'Ngày hoàn thành',
      doneMeans: 'pastDate',
    },
    {
      when: 'overdue',
      fill: HIGHLIGHT_FILL.overdue,
      dueHeader: 'Hạn',
      doneHeader: 'Ngày hoàn thành',
      doneMeans: 'pastDate',
    },
    {
      when: 'dueSoon',
      fill: HIGHLIGHT_FILL.dueSoon,
      dueHeader: 'Hạn',
      doneHeader: 'Ngày hoàn thành',
      doneMeans: 'pastDate',
    },
  ],
  [TAB.congresses]: [
    {
      when: 'done',
      fill: HIGHLIGHT_FILL.done,
      dueHeader: 'Hạn hoàn thành',
      doneHeader: 'Trạng thái',
      doneMeans: ['Đã tổ chức', 'Đã báo cáo'],
    },
    {
      when: 'overdue',
      fill: HIGHLIGHT_FILL.overdue,
      dueHeader: 'Hạn hoàn thành',
      doneHeader: 'Trạng thái',
      doneMeans: ['Đã tổ chức', 'Đã báo cáo'],
    },
    {
      when: 'dueSoon',
      fill: HIGHLIGHT_FILL.dueSoon,
      dueHeader: 'Hạn hoàn thành',
      doneHeader: 'Trạng thái',
      doneMeans: ['Đã tổ chức', 'Đã báo cáo'],
    },
  ],
};

/** Every input tab a new workbook gets: the seven required ones, then the optional `Kết quả đại hội`. */
export const WORKBOOK_TEMPLATE: readonly TemplateTab[] = ALL_INPUT_TABS.map((name) => ({
  name,
  columns: (COLUMNS[name] as readonly ColumnSpec[]).map((spec) => {
    const dropdown = dropdownFor(name, spec);
    const format = formatFor(spec);
    return {
      header: spec.header,
      note: spec.note,
      width: widthFor(spec),
      ...(format ? { format } : {}),
      ...(dropdown ? { dropdown } : {}),
    };
  }),
  highlights: HIGHLIGHTS[name] ?? [],
}));

/** The settings a new workbook starts with (keys of `Cấu hình` and their documented defaults). */
export const DEFAULT_SETTINGS_ROWS: readonly (readonly [string, Cell])[] = [
  ['Cơ quan cấp trên', ''],
  ['Cơ quan ban hành', ''],
  ['Địa danh', ''],
  ['Ký hiệu báo cáo', 'BC/'],
  ['Số báo cáo', ''],
  ['Người ký', ''],
  ['Chức vụ người ký', ''],
  ['Thay mặt', 'T/M BAN THƯỜNG VỤ'],
  // The office's own words for the signed report: empty until the office writes them.
  ['Căn cứ', ''],
  ['Đánh giá', ''],
  ['Đề xuất', ''],
  ['Nơi nhận', ''],
  ['Nơi nhận dự toán', ''],
  ['Tổ chức', 'Đảng'],
  ['Nhắc trước (ngày)', 7],
  ['Nhắc chọn ngày đại hội (ngày)', 30],
  ['Múi giờ', 'Asia/Ho_Chi_Minh'],
  ['Giờ gửi', 7],
  ['Ngày gửi trong tuần', 'Thứ Hai'],
  ['Gửi khi có lỗi', 'Không'],
  ['Email gửi', ''],
  ['Tên người gửi', ''],
];

/** Rows of `Cấu hình`: every documented key in order with its default, overridden by `values`; other keys follow. */
export function settingsRows(values: Readonly<Record<string, Cell>> = {}): Record<string, Cell>[] {
  const known = new Set(DEFAULT_SETTINGS_ROWS.map(([key]) => key));
  return [
    ...DEFAULT_SETTINGS_ROWS.map(([key, value]) => ({
      Khóa: key,
      'Giá trị': key in values ? values[key]! : value,
    })),
    ...Object.entries(values)
      .filter(([key]) => !known.has(key))
      .map(([key, value]) => ({ Khóa: key, 'Giá trị': value })),
  ];
}

export const SETTING_DROPDOWNS: Readonly<Record<string, readonly string[]>> = {
  'Tổ chức': ORGANISATIONS,
  'Gửi khi có lỗi': YES_NO,
  'Ngày gửi trong tuần': ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
};

/** The fixed lists, for documentation and the set-up feature. */
export const FIXED_LISTS = {
  UNIT_TYPES,
  CONGRESS_FORMS,
  STATUSES,
  FREQUENCIES,
  ORGANISATIONS,
  YES_NO,
} as const;

/** A plan as rows keyed by header, per tab; the example plans and imports produce this. */
export type PlanRows = Partial<Record<AnyInputTab, readonly Readonly<Record<string, Cell>>[]>>;

/**
 * Keys of `rows` that are not contract headers, in the order first seen: columns of the office's own
 * (an example's `Ghi chú`), written after the contract's and ignored by the reader.
 */
export function extraHeaders(tab: AnyInputTab, rows: readonly Readonly<Record<string, Cell>>[]): string[] {
  const known = new Set((COLUMNS[tab] as readonly ColumnSpec[]).map((spec) => spec.header));
  const extra: string[] = [];
  for (const row of rows) {
    for (const key of Object.keys(row)) if (!known.has(key) && !extra.includes(key)) extra.push(key);
  }
  return extra;
}

/** Rows keyed by header -> a grid in the template's column order, extra columns last (header row first). */
export function gridOf(tab: AnyInputTab, rows: readonly Readonly<Record<string, Cell>>[]): Cell[][] {
  const headers = [
    ...(COLUMNS[tab] as readonly ColumnSpec[]).map((spec) => spec.header),
    ...extraHeaders(tab, rows),
  ];
  return [headers, ...rows.map((row) => headers.map((header) => row[header] ?? null))];
}

/**
 * When the row counts as done: a readable completion date not after today (text that is not a date
 * counts too, as something was typed), or one of the listed statuses. `separatorFree` writes AND and
 * OR as a product and a sum of booleans.
 */
function doneCondition(means: Highlight['doneMeans'], cell: string, separatorFree: boolean): string {
  if (means === 'pastDate') {
    return separatorFree
      ? `((${cell}<>"")*(((NOT(ISNUMBER(${cell})))+(${cell}<=TODAY()))>0))>0`
      : `AND(${cell}<>"",OR(NOT(ISNUMBER(${cell})),${cell}<=TODAY()))`;
  }
  const matches = means.map((value) => `${cell}="${value}"`);
  return separatorFree ? `(${matches.map((match) => `(${match})`).join('+')})>0` : `OR(${matches.join(',')})`;
}

/**
 * The conditions, on data row 2, under which a highlight colours a row; a spreadsheet rule ANDs them.
 * `letterOf` gives the column letter of a header in the tab at hand. `separatorFree` avoids argument
 * separators, for hosts where they depend on the locale (Google Sheets).
 */
export function highlightConditions(
  highlight: Highlight,
  letterOf: (header: string) => string,
  remindDays: number,
  options: { readonly separatorFree?: boolean } = {},
): string[] {
  const due = `$${letterOf(highlight.dueHeader)}2`;
  const doneCell = `$${letterOf(highlight.doneHeader)}2`;
  const done = doneCondition(highlight.doneMeans, doneCell, options.separatorFree ?? false);
  if (highlight.when === 'done') return [done];
  if (highlight.when === 'overdue') return [`NOT(${done})`, `${due}<>""`, `${due}<TODAY()`];
  return [`NOT(${done})`, `${due}<>""`, `${due}>=TODAY()`, `${due}<=TODAY()+${remindDays}`];
}
