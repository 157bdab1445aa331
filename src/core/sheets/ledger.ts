/**
 * The `Nhật ký gửi` tab: one row per message per run, all plain text (a period such as 2024-12-21
 * must stay the text the exactly-once keys compare). Sheets writes it a block at a time
 * (src/gas/mail/ledger-sheet.ts); the command line keeps the same entries in a JSON file.
 */
import type { LedgerEntry } from '../mail/plan';
import { mailText } from '../messages/mail';
import { OUTPUT_TAB } from '../workbook/contract';
import { type OutputTabSpec, rowOf } from './output-tab';

/** The entry's fields in the order of the tab's columns. */
const FIELDS = [
  'period',
  'kind',
  'email',
  'name',
  'scope',
  'status',
  'time',
  'error',
] as const satisfies readonly (keyof LedgerEntry)[];

export const LEDGER_TAB: OutputTabSpec<LedgerEntry> = {
  name: OUTPUT_TAB.ledger,
  columns: FIELDS.map((key, index) => ({
    header: mailText.ledgerHeader[index]!,
    value: (entry: LedgerEntry) => entry[key],
    format: 'text' as const,
  })),
};

/** The 1-based column of the note (`Ghi chú lỗi`), the one a later run may fill in. */
export const LEDGER_NOTE_COLUMN = FIELDS.indexOf('error') + 1;

export function ledgerRow(entry: LedgerEntry): string[] {
  return rowOf(LEDGER_TAB, entry, 0) as string[];
}

/** An entry back from a row of the tab, each cell already as text. */
export function ledgerEntryOf(cells: readonly string[]): LedgerEntry {
  return Object.fromEntries(FIELDS.map((key, index) => [key, cells[index] ?? ''])) as Record<
    (typeof FIELDS)[number],
    string
  >;
}
