/**
 * Nhập từ văn bản kế hoạch: a dialog where staff paste a plan's text, see what it would add (the
 * `Cấu hình` values it fills, and the rows of `Đơn vị`, `Đại hội` and `Mốc thời gian`) with a checkbox
 * each, what it did not take and why, and apply the ticked ones. The dialog's client calls
 * previewImport and applyImport through google.script.run; anyone who can open it can call them with
 * anything, so both check their arguments. applyImport reads the plan and the workbook again (it never
 * trusts rows sent by the page) and skips what is already there, so importing the same plan twice adds
 * nothing. The preview and the rows come from the same core function as `daihoi import --into`.
 */
import {
  type Cell,
  COLUMNS,
  cellText,
  chooseImportRows,
  extractPlan,
  formatDateVi,
  type ImportItem,
  importRows,
  isDateCell,
  isEmptyImport,
  matchKey,
  type PlanRows,
  readWorkbook,
  type SettingChange,
  TAB,
  toUnicode,
} from '../../core';
import { importText, importMenuText as m } from '../../core/messages';
import { SheetGrid } from '../grid';
import { NoticeError, withDocumentLock } from '../run-safely';
import { services } from '../services';
import { appendRowsByHeader, readSheetWorkbook, type SheetWorkbook } from '../sheets-io';

const MAX_TEXT = 500_000;
/**
 * google.script.run hands over whatever a page sends: both arguments are checked by hand here, since a
 * schema library would multiply the size of the bundle Apps Script parses on every run.
 */
function isKeyList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= 5_000 &&
    value.every((key) => typeof key === 'string' && key.length <= 2_000)
  );
}
const ROW_TABS = [TAB.units, TAB.congresses, TAB.milestones] as const;

export interface ImportPreviewRow {
  readonly key: string;
  /** Key of the new unit row this one needs ('' when none). */
  readonly needs: string;
  readonly cells: readonly string[];
}

export interface ImportPreviewTab {
  readonly tab: string;
  /** The real tab name in this spreadsheet. */
  readonly sheet: string;
  /** "Đơn vị (3 dòng mới)", "Cấu hình (5 giá trị được điền)". */
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly ImportPreviewRow[];
}

/** Plain strings only: google.script.run cannot carry Dates. */
export interface ImportPreview {
  readonly summary: string;
  readonly notes: readonly string[];
  readonly tabs: readonly ImportPreviewTab[];
  /** What the plan says that was not taken, and why. */
  readonly skipped: readonly { readonly text: string; readonly why: string }[];
}

export function showImportDialog(): void {
  const output = services.html().createHtmlOutputFromFile('import').setWidth(960).setHeight(680);
  services.ui().showModalDialog(output, m.dialogTitle);
}

function planText(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_TEXT) throw new NoticeError(m.badText);
  if (value.trim() === '') throw new NoticeError(m.emptyText);
  return value;
}

function display(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (isDateCell(value)) return formatDateVi(value.iso);
  return String(value);
}

function plan(text: string) {
  const read = readSheetWorkbook(services.spreadsheet());
  const result = extractPlan(text);
  const rows = importRows(result, readWorkbook(read.raw).workbook);
  return { read, result, rows };
}

export function previewImport(textArgument: unknown): ImportPreview {
  const text = planText(textArgument);
  const { read, result, rows } = plan(text);
  const { items, counts, settings } = rows;
  const notes: string[] = [];
  const converted = toUnicode(text.replace(/^\ufeff/, '')).converted;
  if (converted > 0) notes.push(m.converted(converted));
  for (const check of result.checks) notes.push(importText.check(check.phrase, check.stated, check.found));
  const references = m.references(result.references.length);
  if (references) notes.push(references);
  const skipped = m.skipped(result.skipped.length);
  if (skipped) notes.push(skipped);
  if (result.emails.length > 0) notes.push(importText.emails(result.emails));
  const settingsTab: ImportPreviewTab = {
    tab: TAB.settings,
    sheet: read.sheets[TAB.settings]?.getName() ?? TAB.settings,
    caption: m.settingsCaption(read.sheets[TAB.settings]?.getName() ?? TAB.settings, settings.length),
    headers: m.settingHeaders,
    rows: items
      .filter((item) => item.tab === TAB.settings)
      .map((item) => {
        const change = settings.find((candidate) => candidate.key === item.cells.Khóa)!;
        return { key: item.key, needs: '', cells: [change.key, change.previous, change.value] };
      }),
  };
  const rowTabs = ROW_TABS.map((tab) => {
    const tabItems = items.filter((item) => item.tab === tab);
    const used = new Set(tabItems.flatMap((item) => Object.keys(item.cells)));
    const headers = COLUMNS[tab].map((spec) => spec.header).filter((header) => used.has(header));
    const sheet = read.sheets[tab]?.getName() ?? tab;
    return {
      tab,
      sheet,
      caption: m.rowsCaption(sheet, tabItems.length),
      headers,
      rows: tabItems.map((item: ImportItem) => ({
        key: item.key,
        needs: item.needs ?? '',
        cells: headers.map((header) => display(item.cells[header])),
      })),
    };
  });
  return {
    summary: m.summary(counts.units, counts.congresses, counts.milestones, counts.settings),
    notes,
    tabs: settings.length > 0 ? [settingsTab, ...rowTabs] : rowTabs,
    skipped: result.skipped.slice(0, 500).map((item) => ({ text: item.text, why: item.why })),
  };
}

/**
 * Fills `Cấu hình` values: each run of neighbouring rows with one setValues (a fresh workbook's keys
 * sit in two or three runs), keys the tab lacks appended with one more. Only the cells that change are
 * written: rewriting a neighbour would let Sheets re-type what the office typed ("012" -> 12).
 */
function fillSettings(read: SheetWorkbook, changes: readonly SettingChange[]): void {
  const sheet = read.sheets[TAB.settings];
  if (!sheet || changes.length === 0) return;
  const rows = read.raw.sheets.find((candidate) => candidate.name === sheet.getName())?.rows ?? [];
  const header = (rows[0] ?? []).map((cell) => matchKey(cellText(cell)));
  const keyColumn = header.indexOf(matchKey('Khóa'));
  const valueColumn = header.indexOf(matchKey('Giá trị'));
  if (keyColumn < 0 || valueColumn < 0)
    throw new NoticeError(m.missingColumns(sheet.getName(), ['Khóa', 'Giá trị']));
  const rowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = matchKey(cellText(row[keyColumn] ?? null));
    if (index > 0 && key && !rowOf.has(key)) rowOf.set(key, index + 1);
  });
  const zone = read.raw.spreadsheetTimeZone ?? 'Asia/Ho_Chi_Minh';
  const placed = changes
    .filter((change) => rowOf.has(matchKey(change.key)))
    .map((change) => ({ row: rowOf.get(matchKey(change.key))!, value: change.value }))
    .sort((a, b) => a.row - b.row);
  const grid = new SheetGrid(sheet, zone);
  for (let start = 0; start < placed.length; ) {
    let end = start + 1;
    while (end < placed.length && placed[end]!.row === placed[end - 1]!.row + 1) end++;
    const run = placed.slice(start, end);
    // The office may have made the value column plain text: the run's formats are read once.
    grid.write(
      run[0]!.row,
      valueColumn + 1,
      run.map((cell) => [cell.value]),
      'read',
    );
    start = end;
  }
  const absent = changes.filter((change) => !rowOf.has(matchKey(change.key)));
  if (absent.length > 0)
    appendRowsByHeader(
      read,
      TAB.settings,
      absent.map((change) => ({ Khóa: change.key, 'Giá trị': change.value })),
    );
}

/** Appends each tab's rows below its last row with one write, in the tab's own column order. */
function appendRows(read: SheetWorkbook, rows: PlanRows, settings: readonly SettingChange[]): string[] {
  // Every tab is checked before anything is written: no half-done import.
  for (const tab of ROW_TABS)
    if ((rows[tab] ?? []).length > 0 && !read.sheets[tab]) throw new NoticeError(m.missingTab(tab));
  if (settings.length > 0 && !read.sheets[TAB.settings]) throw new NoticeError(m.missingTab(TAB.settings));
  fillSettings(read, settings);
  const notes: string[] = [];
  for (const tab of ROW_TABS) {
    const { missing } = appendRowsByHeader(read, tab, rows[tab] ?? []);
    if (missing.length > 0) notes.push(m.missingColumns(read.sheets[tab]!.getName(), missing));
  }
  return notes;
}

export function applyImport(textArgument: unknown, keysArgument: unknown): string {
  const text = planText(textArgument);
  if (!isKeyList(keysArgument)) throw new NoticeError(m.badChoice);
  const keys = keysArgument;
  return withDocumentLock(() => {
    const { read, rows: planned } = plan(text);
    const { rows, settings, counts } = chooseImportRows(planned, keys);
    if (isEmptyImport(counts)) return m.nothingAdded;
    const notes = appendRows(read, rows, settings);
    return [m.added(counts.units, counts.congresses, counts.milestones, counts.settings), ...notes].join(
      '\n',
    );
  });
}
