/**
 * Khởi tạo / sửa bảng tính: creates the missing input tabs, adds missing columns at the end of a tab's
 * header row (existing columns never move), and applies the template: dropdowns (warning only, so a
 * paste never loses data), number and date formats, header notes, frozen and warning-protected header
 * rows, and the overdue / due-soon / done highlights. Running it twice changes nothing more.
 * Calls are per tab and per column, never per cell.
 */
import {
  type AnyInputTab,
  a1,
  type Cell,
  cellText,
  gridOf,
  type Highlight,
  highlightConditions,
  matchKey,
  maxOf,
  NORMS_CATALOGUE,
  readWorkbook,
  settingsRows,
  TAB,
  TEMPLATE_ROWS,
  type TemplateTab,
  WORKBOOK_TEMPLATE,
} from '../../core';
import { setupMenuText as t } from '../../core/messages';
import { SheetGrid } from '../grid';
import { withDocumentLock } from '../run-safely';
import { services } from '../services';
import { readSheetWorkbook } from '../sheets-io';

const FORMATS = { money: '#,##0', count: '#,##0', date: 'dd/mm/yyyy', text: '@' } as const;
/** Our highlight rules carry this text in their formula, so a re-run replaces them and keeps the user's. */
const HIGHLIGHT_SENTINEL = 'daihoi-to-mau';

/**
 * A rule's formula with no argument separator: Google does not say whether a conditional-format
 * formula takes ',' or the locale's ';' (vi_VN writes 1,5), so the conditions are ANDed as a product
 * of booleans instead of AND(a,b,...).
 */
function highlightFormula(highlight: Highlight, columns: Record<string, number>, remindDays: number): string {
  const letterOf = (header: string) => a1(2, columns[header]!).replace(/\d+$/, '');
  const tag = `N("${HIGHLIGHT_SENTINEL}")=0`;
  const conditions = [tag, ...highlightConditions(highlight, letterOf, remindDays, { separatorFree: true })];
  return `=${conditions.map((condition) => `(${condition})`).join('*')}>0`;
}

function isOurs(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  return condition?.getCriteriaValues().some((value) => String(value).includes(HIGHLIGHT_SENTINEL)) ?? false;
}

interface Prepared {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly grid: SheetGrid;
  /** 1-based column of every template header after the repair. */
  readonly columns: Record<string, number>;
}

function prepareTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  template: TemplateTab,
  existing: GoogleAppsScript.Spreadsheet.Sheet | undefined,
  existingHeader: readonly Cell[] | undefined,
  created: string[],
  repaired: string[],
): Prepared {
  const headers = template.columns.map((column) => column.header);
  const zone = spreadsheet.getSpreadsheetTimeZone();
  if (!existing) {
    const sheet = spreadsheet.insertSheet(template.name);
    const starter =
      template.name === TAB.settings ? settingsRows() : template.name === TAB.norms ? NORMS_CATALOGUE : [];
    const grid = new SheetGrid(sheet, zone);
    // A tab made just now: nobody has formatted its cells yet.
    grid.write(1, 1, gridOf(template.name, starter), 'general');
    template.columns.forEach((column, index) => {
      sheet.setColumnWidth(index + 1, column.width * 7);
    });
    created.push(template.name);
    return {
      sheet,
      grid,
      columns: Object.fromEntries(headers.map((header, index) => [header, index + 1])),
    };
  }
  const grid = new SheetGrid(existing, zone);
  const keys = (existingHeader ?? []).map((value) => matchKey(cellText(value)));
  const columns: Record<string, number> = {};
  const missing: string[] = [];
  for (const header of headers) {
    const index = keys.indexOf(matchKey(header));
    if (index >= 0) columns[header] = index + 1;
    else missing.push(header);
  }
  let end = keys.length;
  while (end > 0 && keys[end - 1] === '') end--;
  if (missing.length > 0) {
    grid.write(1, end + 1, [missing], 'read');
    missing.forEach((header, i) => {
      columns[header] = end + 1 + i;
    });
    repaired.push(`${template.name} (${missing.join(', ')})`);
  }
  return { sheet: existing, grid, columns };
}

function applyTemplate(
  template: TemplateTab,
  preparedTabs: ReadonlyMap<AnyInputTab, Prepared>,
  remindDays: number,
): void {
  const { sheet, grid, columns } = preparedTabs.get(template.name)!;
  const rows = TEMPLATE_ROWS - 1;
  const width = maxOf(Object.values(columns), 0);
  // The template covers TEMPLATE_ROWS rows whatever size the tab has been trimmed to.
  grid.ensure(TEMPLATE_ROWS, width);
  const notes = Array.from({ length: width }, () => '');
  for (const column of template.columns) notes[columns[column.header]! - 1] = column.note;
  const header = sheet.getRange(1, 1, 1, width);
  header.setNotes([notes]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  const sheetsApp = services.sheetsApp();
  const protections = sheet.getProtections(sheetsApp.ProtectionType.RANGE);
  if (!protections.some((protection) => protection.getDescription() === t.headerProtection)) {
    header.protect().setDescription(t.headerProtection).setWarningOnly(true);
  }
  for (const column of template.columns) {
    const range = sheet.getRange(2, columns[column.header]!, rows, 1);
    if (column.format) range.setNumberFormat(FORMATS[column.format]);
    if (!column.dropdown) continue;
    let builder = sheetsApp.newDataValidation().setAllowInvalid(true);
    if (column.dropdown.kind === 'list') {
      builder = builder.requireValueInList([...column.dropdown.values], true);
    } else {
      const source = preparedTabs.get(column.dropdown.tab);
      const sourceColumn = source?.columns[column.dropdown.header];
      if (!source || !sourceColumn) continue;
      builder = builder.requireValueInRange(source.grid.range(2, sourceColumn, rows, 1), true);
    }
    range.setDataValidation(builder.build());
  }
  if (template.highlights.length > 0) {
    const kept = sheet.getConditionalFormatRules().filter((rule) => !isOurs(rule));
    const area = sheet.getRange(2, 1, rows, width);
    const ours = template.highlights.map((highlight) =>
      sheetsApp
        .newConditionalFormatRule()
        .whenFormulaSatisfied(highlightFormula(highlight, columns, remindDays))
        .setBackground(highlight.fill)
        .setRanges([area])
        .build(),
    );
    sheet.setConditionalFormatRules([...kept, ...ours]);
  }
}

export function setUpWorkbook(): void {
  const message = withDocumentLock(() => {
    const spreadsheet = services.spreadsheet();
    // One read of every input tab serves the header repair, the dropdown sources and the settings.
    const read = readSheetWorkbook(spreadsheet);
    const created: string[] = [];
    const repaired: string[] = [];
    const prepared = new Map<AnyInputTab, Prepared>();
    for (const template of WORKBOOK_TEMPLATE) {
      const existing = read.sheets[template.name];
      const header = existing
        ? read.raw.sheets.find((s) => s.name === existing.getName())?.rows[0]
        : undefined;
      prepared.set(template.name, prepareTab(spreadsheet, template, existing, header, created, repaired));
    }
    const { remindDays } = readWorkbook(read.raw).workbook.settings;
    for (const template of WORKBOOK_TEMPLATE) applyTemplate(template, prepared, remindDays);
    return t.done(created, repaired);
  });
  const ui = services.ui();
  ui.alert(t.item, message, ui.ButtonSet.OK);
}
