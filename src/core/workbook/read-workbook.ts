/**
 * Raw grids -> the typed plan, plus a finding for every cell or header that cannot be read
 * (S and T codes). Nothing is guessed: an unreadable value becomes `undefined` and a finding.
 */
import { a1 } from '../a1';
import { type Cell, cellText, isBlank, type RawSheet, type RawWorkbook, spreadsheetError } from '../cells';
import { isKnownTimeZone, parseDateCell } from '../dates';
import { convertPassage, detectLegacy } from '../encoding/legacy';
import { parsingText } from '../messages/parsing';
import { formatQuantityVi, numberAmongWords, parseNumberCell } from '../numbers';
import { CONFIGURABLE_STEPS, type TaskStepId } from '../pilot/steps';
import { cleanText, codeKey, hasInvisibleCharacters, matchKey } from '../text';
import { type Finding, finding } from '../validation/finding';
import {
  ALL_INPUT_TABS,
  ALL_SCOPE,
  type AnyInputTab,
  BODY_TYPE,
  COLUMNS,
  CONGRESS_UNIT_TYPES,
  type ColumnSpec,
  type CongressUnitType,
  DEFAULT_CONGRESS_DATE_REMINDER_DAYS,
  DEFAULT_REMIND_DAYS,
  DEFAULT_RESULTS_REPORT_DAYS,
  DEFAULT_SEND_HOUR,
  DEFAULT_SEND_WEEKDAY,
  DEFAULT_TIME_ZONE,
  type HeaderOf,
  INPUT_TABS,
  OPTIONAL_TAB,
  ORGANISATIONS,
  type Organisation,
  OUTPUT_TAB,
  SETTING,
  TAB,
  UNIT_TYPES,
  type UnitType,
  YES_NO,
} from './contract';
import type {
  BudgetLine,
  ColumnMap,
  Congress,
  CongressResult,
  Milestone,
  Norm,
  PlanWorkbook,
  Recipient,
  Settings,
  Term,
  Unit,
} from './model';

/** No count or amount in a plan comes near this (a thousand trillion): larger is a typing error. */
const MAX_NUMBER = 1e15;

export interface ReadResult {
  readonly workbook: PlanWorkbook;
  readonly findings: Finding[];
}

/** WHATWG's "valid e-mail address", ASCII only, one address per cell. */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isValidEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

const TERM = /^(\d{4})\s*[-–—]\s*(\d{4})$/;

export function parseTerm(text: string): Term | null {
  const match = TERM.exec(cleanText(text));
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}

/** Matches a typed value against fixed choices the forgiving way; returns the canonical spelling. */
export function matchChoice(
  text: string,
  choices: readonly string[],
  aliases: Record<string, string> = {},
): string | null {
  const key = matchKey(text);
  for (const choice of choices) if (matchKey(choice) === key) return choice;
  for (const [alias, canonical] of Object.entries(aliases)) if (matchKey(alias) === key) return canonical;
  return null;
}

const OUTPUT_KEYS = new Set(Object.values(OUTPUT_TAB).map(matchKey));

/** Every tab whose forgiving name is an input tab's, in workbook order; output tabs are never input. */
export function tabMatches(raw: RawWorkbook): Partial<Record<AnyInputTab, RawSheet[]>> {
  const matches: Partial<Record<AnyInputTab, RawSheet[]>> = {};
  for (const sheet of raw.sheets) {
    const key = matchKey(sheet.name);
    if (OUTPUT_KEYS.has(key)) continue;
    const tab = ALL_INPUT_TABS.find((name) => matchKey(name) === key);
    if (!tab) continue;
    const list = matches[tab];
    if (list) list.push(sheet);
    else matches[tab] = [sheet];
  }
  return matches;
}

/**
 * Finds each input tab (the optional ones too) by its forgiving name. Two tabs that both match (`Đơn vị` typed in NFC and
 * in NFD, `Đơn vị` and `ĐƠN VỊ `) locate neither: which one the office means is not ours to guess,
 * and the reader reports both (S003).
 */
export function locateTabs(raw: RawWorkbook): Partial<Record<AnyInputTab, RawSheet>> {
  const located: Partial<Record<AnyInputTab, RawSheet>> = {};
  for (const [tab, sheets] of Object.entries(tabMatches(raw)) as [AnyInputTab, RawSheet[]][]) {
    if (sheets.length === 1) located[tab] = sheets[0]!;
  }
  return located;
}

/** A row's read values by the tab's own headers: naming a header the tab lacks fails to compile. */
type Parsed<K extends AnyInputTab> = Partial<Record<HeaderOf<K>, unknown>>;

interface TabReader<T, K extends AnyInputTab = AnyInputTab> {
  readonly tab: K;
  build(values: Parsed<K>, row: number): T;
  /** Required headers that this row, given its other values, may leave empty (no T001). */
  mayBeEmpty?(values: Parsed<K>): readonly HeaderOf<K>[];
}

class WorkbookReader {
  readonly findings: Finding[] = [];
  readonly columns: Partial<Record<AnyInputTab, ColumnMap>> = {};
  readonly sheetNames: Partial<Record<AnyInputTab, string>> = {};
  private readonly tabs: Partial<Record<AnyInputTab, RawSheet>>;
  /** The zone "today" is taken in when `Múi giờ` is empty: the spreadsheet's own, when known. */
  readonly defaultZone: string;

  constructor(private readonly raw: RawWorkbook) {
    this.tabs = locateTabs(raw);
    const matches = tabMatches(raw);
    const sheetZone = raw.spreadsheetTimeZone;
    this.defaultZone = sheetZone && isKnownTimeZone(sheetZone) ? sheetZone : DEFAULT_TIME_ZONE;
    for (const tab of ALL_INPUT_TABS) {
      const sheet = this.tabs[tab];
      const candidates = matches[tab] ?? [];
      if (sheet) this.sheetNames[tab] = sheet.name;
      else if (candidates.length > 1)
        this.report(
          'S003',
          tab,
          null,
          parsingText.duplicateTab(
            tab,
            candidates.map((c) => c.name),
          ),
        );
      // Only the seven required tabs may be missing with a finding; an optional tab is simply absent.
      else if ((INPUT_TABS as readonly string[]).includes(tab))
        this.report('S001', tab, null, parsingText.missingTab(tab));
    }
  }

  report(
    code: Parameters<typeof finding>[0],
    tab: string,
    cell: string | null,
    text: { message: string; hint: string },
  ): void {
    this.findings.push(finding(code, tab, cell, text.message, text.hint));
  }

  /** Header row -> column map; reports missing (S002) and duplicated (S003) headers. */
  private mapHeaders(tab: AnyInputTab, sheet: RawSheet): ColumnMap {
    const specs: readonly ColumnSpec[] = COLUMNS[tab];
    const header = sheet.rows[0] ?? [];
    const found: Record<string, number> = {};
    const duplicated = new Set<string>();
    header.forEach((cell, index) => {
      if (isBlank(cell)) return;
      const key = matchKey(cellText(cell));
      const spec = specs.find((candidate) => matchKey(candidate.header) === key);
      if (!spec) return;
      const first = found[spec.header];
      if (first !== undefined) {
        duplicated.add(spec.header);
        this.report('S003', tab, a1(1, index + 1), parsingText.duplicateHeader(spec.header, a1(1, first)));
      } else {
        found[spec.header] = index + 1;
      }
    });
    for (const header of duplicated) delete found[header];
    for (const spec of specs) {
      if (found[spec.header] === undefined && spec.requiredColumn && !duplicated.has(spec.header)) {
        this.report('S002', tab, null, parsingText.missingColumn(tab, spec.header));
      }
    }
    return found;
  }

  readTab<T, K extends AnyInputTab>(reader: TabReader<T, K>): T[] {
    const sheet = this.tabs[reader.tab];
    if (!sheet) return [];
    const columns = this.mapHeaders(reader.tab, sheet);
    this.columns[reader.tab] = columns;
    const specs: readonly ColumnSpec[] = COLUMNS[reader.tab];
    const records: T[] = [];
    for (let index = 1; index < sheet.rows.length; index++) {
      const cells = sheet.rows[index] ?? [];
      if (cells.every((cell) => isBlank(cell))) continue;
      const row = index + 1;
      // Filled by `spec.header`, a header of this tab by construction (COLUMNS[reader.tab]).
      const values: Record<string, unknown> = {};
      const unreadable: string[] = [];
      const emptyRequired: { spec: ColumnSpec; cell: string }[] = [];
      for (const spec of specs) {
        const column = columns[spec.header];
        if (column === undefined) continue;
        const cell = cells[column - 1] ?? null;
        if (isBlank(cell)) {
          if (spec.requiredValue) emptyRequired.push({ spec, cell: a1(row, column) });
          continue;
        }
        values[spec.header] = this.parseCell(reader.tab, spec, cell, a1(row, column));
        if (values[spec.header] === undefined) unreadable.push(spec.header);
      }
      // Whether an empty cell is allowed can depend on another cell of the row (a `Cơ quan` has no term).
      const read = values as Parsed<K>;
      const waived = new Set<string>(reader.mayBeEmpty?.(read) ?? []);
      for (const { spec, cell } of emptyRequired) {
        if (!waived.has(spec.header))
          this.report('T001', reader.tab, cell, parsingText.emptyRequired(spec.header, spec.note));
      }
      const record = reader.build(read, row);
      records.push(unreadable.length > 0 ? { ...record, unreadable } : record);
    }
    return records;
  }

  private parseCell(tab: AnyInputTab, spec: ColumnSpec, value: Cell, cell: string): unknown {
    const error = spreadsheetError(value);
    if (error) {
      this.report('T005', tab, cell, parsingText.spreadsheetError(spec.header, error));
      return undefined;
    }
    const text = cleanText(cellText(value));
    switch (spec.kind) {
      case 'text': {
        const legacy = detectLegacy(text);
        if (legacy) {
          this.report(
            'T008',
            tab,
            cell,
            parsingText.legacyText(spec.header, legacy, convertPassage(text, legacy)),
          );
        }
        return text;
      }
      case 'code':
        if (hasInvisibleCharacters(text)) {
          this.report('T009', tab, cell, parsingText.invisibleCharacters(spec.header, text));
        }
        return codeKey(text);
      case 'codes':
        return text
          .split(/[,;]/)
          .map(codeKey)
          .filter((code) => code !== '');
      case 'whole':
      case 'number':
      case 'money':
        return this.parseNumber(tab, spec, value, text, cell);
      case 'percent':
        // "98,5%" as text: the sign is the column's unit, the number is read as any other.
        return this.parseNumber(
          tab,
          spec,
          typeof value === 'string' ? text.replace(/\s*%$/, '') : value,
          text,
          cell,
        );
      case 'date': {
        const parsed = parseDateCell(value, this.raw.date1904 ?? false);
        if (parsed.ok) return parsed.iso;
        this.report('T002', tab, cell, parsingText.invalidDate(spec.header, text, parsed.reason));
        return undefined;
      }
      case 'term': {
        const term = parseTerm(text);
        if (term) return term;
        this.report('T007', tab, cell, parsingText.invalidTerm(spec.header, text));
        return undefined;
      }
      case 'email':
        if (isValidEmail(text)) return text;
        this.report('T006', tab, cell, parsingText.invalidEmail(spec.header, text));
        return undefined;
      case 'choice': {
        const choice = matchChoice(text, spec.choices ?? [], spec.aliases);
        if (choice !== null) return choice;
        this.report('T004', tab, cell, parsingText.notInList(spec.header, text, spec.choices ?? []));
        return undefined;
      }
    }
  }

  private parseNumber(
    tab: AnyInputTab,
    spec: ColumnSpec,
    value: Cell,
    text: string,
    cell: string,
  ): number | undefined {
    const parsed = parseNumberCell(value);
    if (!parsed.ok) {
      const meant = numberAmongWords(text);
      this.report(
        'T003',
        tab,
        cell,
        parsingText.invalidNumber(spec.header, text, meant === null ? undefined : formatQuantityVi(meant)),
      );
      return undefined;
    }
    if (parsed.value < 0) {
      this.report('T003', tab, cell, parsingText.negativeNumber(spec.header, text));
      return undefined;
    }
    if (parsed.value >= MAX_NUMBER) {
      this.report('T003', tab, cell, parsingText.tooLarge(spec.header, text));
      return undefined;
    }
    if (spec.kind === 'whole' && !Number.isInteger(parsed.value)) {
      this.report('T003', tab, cell, parsingText.notWhole(spec.header, text));
      return undefined;
    }
    return parsed.value;
  }

  readSettings(): Settings {
    const entries = this.readTab({
      tab: TAB.settings,
      build: (values, row) => ({ key: String(values.Khóa ?? ''), value: null, row }),
    });
    // Setting values keep their raw cell: a key decides its own type.
    const sheet = this.tabs[TAB.settings];
    const valueColumn = this.columns[TAB.settings]?.['Giá trị'];
    const byKey = new Map<string, { value: Cell; cell: string }>();
    for (const entry of entries) {
      const value = valueColumn ? (sheet?.rows[entry.row - 1]?.[valueColumn - 1] ?? null) : null;
      const key = matchKey(entry.key);
      if (key && !byKey.has(key)) byKey.set(key, { value, cell: a1(entry.row, valueColumn ?? 2) });
    }
    return new SettingsReader(byKey, this).read();
  }
}

class SettingsReader {
  constructor(
    private readonly byKey: Map<string, { value: Cell; cell: string }>,
    private readonly reader: WorkbookReader,
  ) {}

  private entry(key: string) {
    const entry = this.byKey.get(matchKey(key));
    // An error value was already reported (T005) when the tab was read.
    if (!entry || isBlank(entry.value) || spreadsheetError(entry.value)) return undefined;
    return entry;
  }

  text(key: string): string {
    const entry = this.entry(key);
    return entry ? cleanText(cellText(entry.value)) : '';
  }

  /** A Nơi nhận block: the office may type the dashes of the printed form; the renderer adds its own. */
  recipientLines(key: string): string[] {
    return this.lines(key)
      .map((line) => cleanText(line.replace(/^[-–—+•*]\s*/, '')))
      .filter((line) => line !== '');
  }

  /** Several lines in one cell (Alt+Enter in Sheets, line breaks in Excel): each trimmed, blanks dropped. */
  lines(key: string): string[] {
    return this.text(key)
      .split(/\r\n|\r|\n|_x000D_/)
      .map((line) => cleanText(line))
      .filter((line) => line !== '');
  }

  private invalid(key: string, cell: string, value: Cell, expected: string): undefined {
    this.reader.report(
      'T004',
      TAB.settings,
      cell,
      parsingText.invalidSetting(key, cellText(value), expected),
    );
    return undefined;
  }

  wholeNumber(key: string, min: number, max: number): number | undefined {
    const entry = this.entry(key);
    if (!entry) return undefined;
    const parsed = parseNumberCell(entry.value);
    if (parsed.ok && Number.isInteger(parsed.value) && parsed.value >= min && parsed.value <= max)
      return parsed.value;
    return this.invalid(key, entry.cell, entry.value, `Nhập số nguyên từ ${min} đến ${max}.`);
  }

  money(key: string): number | undefined {
    const entry = this.entry(key);
    if (!entry) return undefined;
    const parsed = parseNumberCell(entry.value);
    if (parsed.ok && parsed.value >= 0) return parsed.value;
    return this.invalid(key, entry.cell, entry.value, 'Nhập số tiền không âm, ví dụ 1.500.000.');
  }

  choice<T extends string>(key: string, choices: readonly T[]): T | undefined {
    const entry = this.entry(key);
    if (!entry) return undefined;
    const choice = matchChoice(cellText(entry.value), choices);
    if (choice !== null) return choice as T;
    return this.invalid(key, entry.cell, entry.value, `Chọn một trong: ${choices.join('; ')}.`);
  }

  weekday(key: string): number | undefined {
    const entry = this.entry(key);
    if (!entry) return undefined;
    const names = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
    const byName = matchChoice(cellText(entry.value), names);
    if (byName !== null) return names.indexOf(byName) + 1;
    // People also write the weekday as its Vietnamese number: 2 = Thứ Hai ... 8 = Chủ nhật.
    const parsed = parseNumberCell(entry.value);
    if (parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 2 && parsed.value <= 8)
      return parsed.value - 1;
    return this.invalid(key, entry.cell, entry.value, `Chọn một trong: ${names.join('; ')}.`);
  }

  /** `Múi giờ`, or else the spreadsheet's zone (the command line has none: Asia/Ho_Chi_Minh). */
  timeZone(): string {
    const entry = this.entry(SETTING.timeZone);
    if (!entry) return this.reader.defaultZone;
    const zone = cleanText(cellText(entry.value));
    if (/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone) && isKnownTimeZone(zone)) return zone;
    this.reader.report('T004', TAB.settings, entry.cell, parsingText.invalidTimeZone(zone));
    return this.reader.defaultZone;
  }

  /** `Ngày trước đại hội: <bước>` / `Ngày sau đại hội điểm cuối: <bước>`, for the steps that have one. */
  private taskDays(): Partial<Record<TaskStepId, number>> {
    const days: Partial<Record<TaskStepId, number>> = {};
    for (const step of CONFIGURABLE_STEPS) {
      const value = this.wholeNumber(step.key, 0, 365);
      if (value !== undefined) days[step.id] = value;
    }
    return days;
  }

  read(): Settings {
    const maxDays: Partial<Record<CongressUnitType, number>> = {};
    for (const type of CONGRESS_UNIT_TYPES) {
      const days = this.wholeNumber(`${SETTING.maxDaysPrefix} ${type}`, 1, 30);
      if (days !== undefined) maxDays[type] = days;
    }
    const organisation: Organisation = this.choice(SETTING.organisation, ORGANISATIONS) ?? 'Đảng';
    const senderEmail = this.text(SETTING.senderEmail);
    if (senderEmail && !isValidEmail(senderEmail)) {
      const entry = this.entry(SETTING.senderEmail)!;
      this.reader.report(
        'T006',
        TAB.settings,
        entry.cell,
        parsingText.invalidEmail(SETTING.senderEmail, senderEmail),
      );
    }
    const retainedDues = this.money(SETTING.retainedDues);
    const otherFunding = this.money(SETTING.otherFunding);
    const senderName = this.text(SETTING.senderName);
    return {
      parentBody: this.text(SETTING.parentBody),
      issuingBody: this.text(SETTING.issuingBody),
      place: this.text(SETTING.place),
      reportSymbol: this.text(SETTING.reportSymbol),
      reportNumber: this.text(SETTING.reportNumber),
      signer: this.text(SETTING.signer),
      signerTitle: this.text(SETTING.signerTitle),
      onBehalfOf: this.text(SETTING.onBehalfOf),
      organisation,
      remindDays: this.wholeNumber(SETTING.remindDays, 0, 365) ?? DEFAULT_REMIND_DAYS,
      timeZone: this.timeZone(),
      ...(senderEmail && isValidEmail(senderEmail) ? { senderEmail } : {}),
      ...(senderName ? { senderName } : {}),
      sendHour: this.wholeNumber(SETTING.sendHour, 0, 23) ?? DEFAULT_SEND_HOUR,
      sendWeekday: this.weekday(SETTING.sendWeekday) ?? DEFAULT_SEND_WEEKDAY,
      sendWithErrors: this.choice(SETTING.sendWithErrors, YES_NO) === 'Có',
      ...(retainedDues !== undefined ? { retainedDues } : {}),
      ...(otherFunding !== undefined ? { otherFunding } : {}),
      maxDays,
      congressDateReminderDays:
        this.wholeNumber(SETTING.congressDateReminderDays, 0, 365) ?? DEFAULT_CONGRESS_DATE_REMINDER_DAYS,
      resultsReportDays: this.wholeNumber(SETTING.resultsReportDays, 0, 365) ?? DEFAULT_RESULTS_REPORT_DAYS,
      taskDays: this.taskDays(),
      reportBasis: this.lines(SETTING.reportBasis).join('\n'),
      assessment: this.lines(SETTING.assessment).join('\n'),
      proposals: this.lines(SETTING.proposals).join('\n'),
      reportRecipients: this.recipientLines(SETTING.reportRecipients),
      estimateRecipients: this.recipientLines(SETTING.estimateRecipients),
    };
  }
}

/** A field read as text: empty, or a value that is not text, is ''. */
const text =
  <K extends AnyInputTab>(header: HeaderOf<K>) =>
  (values: Parsed<K>) => {
    const value = values[header];
    return typeof value === 'string' ? value : '';
  };

/**
 * Where each field of a record comes from: a header of the tab (the field is then absent when the
 * cell is empty or unreadable, never `undefined`, so records compare and serialise cleanly), or a
 * function of the row's values. Every field of the record is named, in the record's order.
 */
type Fields<T, K extends AnyInputTab> = {
  readonly [F in Exclude<keyof T, 'row' | 'unreadable'>]-?: HeaderOf<K> | ((values: Parsed<K>) => T[F]);
};

function fieldsReader<T, K extends AnyInputTab>(
  tab: K,
  fields: Fields<T, K>,
  mayBeEmpty?: TabReader<T, K>['mayBeEmpty'],
): TabReader<T, K> {
  return {
    tab,
    mayBeEmpty,
    build(values, row) {
      const record: Record<string, unknown> = { row };
      for (const [field, from] of Object.entries<HeaderOf<K> | ((values: Parsed<K>) => unknown)>(fields)) {
        const value = typeof from === 'function' ? from(values) : values[from];
        if (value !== undefined) record[field] = value;
      }
      return record as T;
    },
  };
}

/** `Tất cả` or `;`-separated unit types; parts that name no unit type are returned apart, to be reported. */
export function parseAppliesTo(text: string): { levels: readonly UnitType[] | 'all'; unknown: string[] } {
  if (matchKey(text) === matchKey(ALL_SCOPE)) return { levels: 'all', unknown: [] };
  const levels: UnitType[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[;,]/)) {
    if (matchKey(part) === '') continue;
    const type = matchChoice(part, UNIT_TYPES);
    if (type) levels.push(type as UnitType);
    else unknown.push(cleanText(part));
  }
  return { levels, unknown };
}

/** `Phạm vi`: `Tất cả` matched the forgiving way (it is a fixed value), anything else is a unit code. */
function scopeOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return matchKey(value) === matchKey(ALL_SCOPE) ? ALL_SCOPE : value;
}

/** A `Cơ quan` has neither members nor a term. */
const BODY_EMPTY: readonly HeaderOf<typeof TAB.units>[] = ['Số thành viên', 'Nhiệm kỳ'];

const UNIT_READER = fieldsReader<Unit, typeof TAB.units>(
  TAB.units,
  {
    code: text('Mã đơn vị'),
    name: text('Tên đơn vị'),
    type: 'Loại đơn vị',
    parent: 'Đơn vị cấp trên',
    members: 'Số thành viên',
    term: 'Nhiệm kỳ',
    termEnd: 'Ngày hết nhiệm kỳ',
    contact: 'Người liên hệ',
    email: 'Email',
  },
  (values) => (values['Loại đơn vị'] === BODY_TYPE ? BODY_EMPTY : []),
);

const CONGRESS_READER = fieldsReader<Congress, typeof TAB.congresses>(TAB.congresses, {
  unitCode: text('Mã đơn vị'),
  form: 'Hình thức',
  directElection: (values) => values['Bầu trực tiếp Bí thư'] === 'Có',
  date: 'Ngày đại hội',
  newTerm: 'Nhiệm kỳ mới',
  days: 'Số ngày',
  members: 'Thành viên dự',
  invited: 'Đại biểu mời',
  total: 'Tổng đại biểu',
  deadline: 'Hạn hoàn thành',
  status: 'Trạng thái',
});

const MILESTONE_READER = fieldsReader<Milestone, typeof TAB.milestones>(TAB.milestones, {
  code: text('Mã công việc'),
  content: text('Nội dung'),
  owner: 'Đơn vị chủ trì',
  due: 'Hạn',
  done: 'Ngày hoàn thành',
  dependsOn: (values) => (values['Phụ thuộc'] as string[] | undefined) ?? [],
});

const BUDGET_READER = fieldsReader<BudgetLine, typeof TAB.budget>(TAB.budget, {
  unitCode: text('Mã đơn vị'),
  category: text('Khoản chi'),
  quantity: 'Số lượng',
  days: 'Số ngày',
  unitPrice: 'Đơn giá',
  amount: 'Thành tiền',
  note: text('Ghi chú'),
});

const appliesTo = (values: Parsed<typeof TAB.norms>) =>
  parseAppliesTo(text<typeof TAB.norms>('Áp dụng cho')(values));

const NORM_READER = fieldsReader<Norm, typeof TAB.norms>(TAB.norms, {
  code: text('Mã khoản chi'),
  name: text('Nội dung chi'),
  unitOfMeasure: text('Đơn vị tính'),
  appliesTo: (values) => appliesTo(values).levels,
  unknownLevels: (values) => {
    const { unknown } = appliesTo(values);
    return unknown.length > 0 ? unknown : undefined;
  },
  cap: 'Mức tối đa',
  basis: text('Căn cứ'),
});

const RECIPIENT_READER = fieldsReader<Recipient, typeof TAB.recipients>(TAB.recipients, {
  name: text('Họ tên'),
  email: 'Email',
  scope: (values) => scopeOf(values['Phạm vi']),
  frequency: 'Định kỳ',
});

const RESULT_READER = fieldsReader<CongressResult, typeof OPTIONAL_TAB.results>(OPTIONAL_TAB.results, {
  unitCode: text('Mã đơn vị'),
  present: 'Đại biểu có mặt',
  committee: 'Số ủy viên được bầu',
  secretary: 'Bí thư được bầu',
  share: 'Tỷ lệ phiếu (%)',
  reportedOn: 'Ngày báo cáo kết quả',
});

/** Reads every input tab; findings cover the S and T codes. Rules run separately on the result. */
export function readWorkbook(raw: RawWorkbook): ReadResult {
  const reader = new WorkbookReader(raw);
  const settings = reader.readSettings();
  const units = reader.readTab(UNIT_READER);
  const congresses = reader.readTab(CONGRESS_READER);
  const milestones = reader.readTab(MILESTONE_READER);
  const budgetLines = reader.readTab(BUDGET_READER);
  const norms = reader.readTab(NORM_READER);
  const recipients = reader.readTab(RECIPIENT_READER);
  const results = reader.readTab(RESULT_READER);
  return {
    workbook: {
      settings,
      units,
      congresses,
      milestones,
      budgetLines,
      norms,
      recipients,
      results,
      sheetNames: reader.sheetNames,
      columns: reader.columns,
    },
    findings: reader.findings,
  };
}
