/**
 * The `Nhật ký gửi` tab: one row per message per run, all plain text (a period such as 2024-12-21
 * must stay the text the exactly-once keys compare). Sheets writes it a block at a time
 * (src/gas/mail/ledger-sheet.ts); the command line keeps the same entries in a JSON file.
 */
import type { LedgerEntry } from '../mail/plan';
import { mailText } from '../messages/mail';
import { OUTPUT_TAB } from '../workbook/contract';
import { columnsFrom, type OutputTabSpec } from './output-tab';

const FIELDS = Object.keys(mailText.ledgerHeader) as (keyof LedgerEntry)[];

export const LEDGER_TAB: OutputTabSpec<keyof LedgerEntry> = {
  name: OUTPUT_TAB.ledger,
  columns: columnsFrom(
    mailText.ledgerHeader,
    FIELDS.map((key) => [key, 'text']),
  ),
};

/** The 1-based column of the note (`Ghi chú lỗi`), the one a later run may fill in. */
export const LEDGER_NOTE_COLUMN = FIELDS.indexOf('error') + 1;

/** An entry back from a row of the tab, each cell already as text. */
export function ledgerEntryOf(cells: readonly string[]): LedgerEntry {
  return Object.fromEntries(FIELDS.map((key, index) => [key, cells[index] ?? ''])) as unknown as LedgerEntry;
}
