/**
 * The `Nhật ký gửi` tab: the send ledger that people read, one row per message per run. It is read
 * once per run; a run reserves its block of rows (growing the grid and making the block plain text,
 * so a period such as 2024-12-21 stays the text the exactly-once keys compare) and then updates them
 * in place, one write per message (see src/core/mail/ledger.ts for what each row says and when).
 */
import {
  isDateCell,
  LEDGER_NOTE_COLUMN,
  LEDGER_TAB,
  type LedgerEntry,
  ledgerEntryOf,
  mailText,
  type PlannedSend,
  rowOf,
  sendKey,
} from '../../core';
import { SheetGrid, TEXT_FORMAT } from '../grid';
import { toCell } from '../sheets-io';

const WIDTH = LEDGER_TAB.columns.length;

/** A run's rows: `write(index, rows)` replaces rows index, index + 1, ... of the block in one call. */
export interface LedgerBlock {
  write(index: number, rows: readonly LedgerEntry[]): void;
}

/** The format grid of `rows` ledger rows: all plain text. */
function textFormats(rows: number): string[][] {
  return Array.from({ length: rows }, () => Array<string>(WIDTH).fill(TEXT_FORMAT));
}

export class LedgerSheet {
  private constructor(
    private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    private readonly grid: SheetGrid,
    private readonly entries: LedgerEntry[],
    /** The sheet row of each entry. */
    private readonly rows: number[],
  ) {}

  static open(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): LedgerSheet {
    const zone = spreadsheet.getSpreadsheetTimeZone();
    const text = (value: unknown) => {
      const cell = toCell(value, zone);
      return isDateCell(cell) ? cell.iso : String(cell ?? '');
    };
    let sheet = spreadsheet.getSheetByName(LEDGER_TAB.name);
    if (!sheet) {
      sheet = spreadsheet.insertSheet(LEDGER_TAB.name);
      const grid = new SheetGrid(sheet, zone);
      grid.write(1, 1, [Object.values(mailText.ledgerHeader)], 'general');
      sheet.setFrozenRows(1);
      return new LedgerSheet(sheet, grid, [], []);
    }
    const values = sheet.getDataRange().getValues();
    const entries = values.slice(1).map((row) => ledgerEntryOf(row.map(text)));
    return new LedgerSheet(
      sheet,
      new SheetGrid(sheet, zone),
      entries,
      entries.map((_, index) => index + 2),
    );
  }

  all(): readonly LedgerEntry[] {
    return this.entries;
  }

  /** Reserves `count` rows after the last one; the first write of the block creates them. */
  block(count: number): LedgerBlock {
    // The last row is asked once per block: a run that could not get the lock may have appended.
    const start = this.sheet.getLastRow() + 1;
    const first = this.entries.length;
    for (let i = 0; i < count; i++) this.rows.push(start + i);
    // Grown and made plain text once for the whole block: the writes below then need no check.
    this.grid.range(start, 1, count, WIDTH).setNumberFormat(TEXT_FORMAT);
    return {
      write: (index, rows) => {
        if (rows.length === 0) return;
        if (index < 0 || index + rows.length > count) throw new Error('ledger block overflow');
        this.grid.write(
          start + index,
          1,
          rows.map((row) => rowOf(LEDGER_TAB, row)),
          textFormats(rows.length),
        );
        rows.forEach((row, offset) => {
          this.entries[first + index + offset] = row;
        });
      },
    };
  }

  append(rows: readonly LedgerEntry[]): void {
    if (rows.length > 0) this.block(rows.length).write(0, rows);
  }

  /**
   * Messages a dead run left `Đang gửi` get a note saying the outcome is unknown and how to resend
   * (one write per such row; they are rare). Already-noted rows are left alone.
   */
  noteUnconfirmed(sends: readonly PlannedSend[]): void {
    const wanted = new Set(sends.map(sendKey));
    const latest = new Map<string, number>();
    this.entries.forEach((entry, index) => {
      if (wanted.has(sendKey(entry))) latest.set(sendKey(entry), index);
    });
    for (const index of latest.values()) {
      const entry = this.entries[index]!;
      if (entry.error === mailText.unconfirmed) continue;
      // An older run's row may not be plain text: its format is read (rare: one row per dead run).
      this.grid.write(this.rows[index]!, LEDGER_NOTE_COLUMN, [[mailText.unconfirmed]], 'read');
      this.entries[index] = { ...entry, error: mailText.unconfirmed };
    }
  }
}
