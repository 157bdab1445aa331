/**
 * Nhập từ văn bản kế hoạch: a dialog where staff paste a plan's text, see the rows it would add to
 * `Đơn vị`, `Đại hội` and `Mốc thời gian` with a checkbox each, and append the ticked ones. The
 * dialog's client calls previewImport and applyImport through google.script.run; anyone who can
 * open it can call them with anything, so both check their arguments. applyImport reads the plan
 * and the workbook again (it never trusts rows sent by the page) and skips what is already there,
 * so importing the same plan twice adds nothing.
 */
import {
  type Cell,
  COLUMNS,
  chooseImportRows,
  extractPlan,
  formatDateVi,
  type ImportItem,
  importRows,
  isDateCell,
  matchKey,
  type PlanRows,
  readWorkbook,
  TAB,
  toUnicode,
} from '../../core';
import { importText, importMenuText as m } from '../../core/messages/import';
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
const IMPORT_TABS = [TAB.units, TAB.congresses, TAB.milestones] as const;

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
  readonly headers: readonly string[];
  readonly rows: readonly ImportPreviewRow[];
}

/** Plain strings only: google.script.run cannot carry Dates. */
export interface ImportPreview {
  readonly summary: string;
  readonly notes: readonly string[];
  readonly tabs: readonly ImportPreviewTab[];
}

export function showImportDialog(): void {
  const output = HtmlService.createHtmlOutputFromFile('import').setWidth(960).setHeight(680);
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
  const { items, counts } = importRows(result, readWorkbook(read.raw).workbook);
  return { read, result, items, counts };
}

export function previewImport(textArgument: unknown): ImportPreview {
  const text = planText(textArgument);
  const { read, result, items, counts } = plan(text);
  const notes: string[] = [];
  const converted = toUnicode(text.replace(/^\ufeff/, '')).converted;
  if (converted > 0) notes.push(m.converted(converted));
  for (const check of result.checks) notes.push(importText.check(check.phrase, check.stated, check.found));
  const references = m.references(result.references.length);
  if (references) notes.push(references);
  if (result.emails.length > 0) notes.push(importText.emails(result.emails));
  const tabs = IMPORT_TABS.map((tab) => {
    const rows = items.filter((item) => item.tab === tab);
    const used = new Set(rows.flatMap((item) => Object.keys(item.cells)));
    const headers = COLUMNS[tab].map((spec) => spec.header).filter((header) => used.has(header));
    return {
      tab,
      sheet: read.sheets[tab]?.getName() ?? tab,
      headers,
      rows: rows.map((item: ImportItem) => ({
        key: item.key,
        needs: item.needs ?? '',
        cells: headers.map((header) => display(item.cells[header])),
      })),
    };
  });
  return { summary: m.summary(counts.units, counts.congresses, counts.milestones), notes, tabs };
}

/** Appends each tab's rows below its last row with one write, in the tab's own column order. */
function appendRows(read: SheetWorkbook, rows: PlanRows): string[] {
  // Every tab is checked before anything is written: no half-done import.
  for (const tab of IMPORT_TABS)
    if ((rows[tab] ?? []).length > 0 && !read.sheets[tab]) throw new NoticeError(m.missingTab(tab));
  const notes: string[] = [];
  for (const tab of IMPORT_TABS) {
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
    const { read, items } = plan(text);
    const { rows, counts } = chooseImportRows(items, keys);
    if (counts.units + counts.congresses + counts.milestones === 0) return m.nothingAdded;
    const notes = appendRows(read, rows);
    return [m.added(counts.units, counts.congresses, counts.milestones), ...notes].join('\n');
  });
}
