/**
 * The `Nhật ký gửi` tab: an append-only ledger that people read. It is read once per run and each
 * append is one write, before and after every message, so an interrupted run leaves a true record.
 */
import { isDateCell, type LedgerEntry, mailText, OUTPUT_TAB } from '../../core';
import { asCellText, toCell } from '../sheets-io';

const WIDTH = mailText.ledgerHeader.length;

export class LedgerSheet {
  private constructor(
    private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    private readonly entries: LedgerEntry[],
  ) {}

  static open(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): LedgerSheet {
    const zone = spreadsheet.getSpreadsheetTimeZone();
    const text = (value: unknown) => {
      const cell = toCell(value, zone);
      return isDateCell(cell) ? cell.iso : String(cell ?? '');
    };
    let sheet = spreadsheet.getSheetByName(OUTPUT_TAB.ledger);
    if (!sheet) {
      sheet = spreadsheet.insertSheet(OUTPUT_TAB.ledger);
      sheet.getRange(1, 1, 1, WIDTH).setValues([[...mailText.ledgerHeader]]);
      sheet.setFrozenRows(1);
      return new LedgerSheet(sheet, []);
    }
    const values = sheet.getDataRange().getValues();
    const entries = values.slice(1).map((row) => ({
      period: text(row[0]),
      kind: text(row[1]),
      email: text(row[2]),
      name: text(row[3]),
      scope: text(row[4]),
      status: text(row[5]),
      time: text(row[6]),
      error: text(row[7]),
    }));
    return new LedgerSheet(sheet, entries);
  }

  all(): readonly LedgerEntry[] {
    return this.entries;
  }

  append(rows: readonly LedgerEntry[]): void {
    if (rows.length === 0) return;
    // Period and time are written as text ('...): Sheets would otherwise turn "2024-12-21" into a date.
    const values = rows.map((e) => [
      `'${e.period}`,
      asCellText(e.kind),
      asCellText(e.email),
      asCellText(e.name),
      asCellText(e.scope),
      asCellText(e.status),
      `'${e.time}`,
      asCellText(e.error),
    ]);
    // The last row is asked each time: a run that could not get the lock may have appended meanwhile.
    this.sheet.getRange(this.sheet.getLastRow() + 1, 1, values.length, WIDTH).setValues(values);
    this.entries.push(...rows);
  }
}
