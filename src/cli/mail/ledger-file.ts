/**
 * The send ledger of the command line: a JSON file beside the workbook (`FILE.xlsx.nhat-ky-gui.json`),
 * appended before and after each message, so a second `send` for the same period sends nothing new and
 * an interrupted one resumes. The user's workbook itself is never rewritten.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { LedgerEntry } from '../../core';
import { sendCliText } from '../../core/messages/send-cli';
import { UnusableInputError } from '../errors';

const ENTRY = z.object({
  period: z.string(),
  kind: z.string(),
  email: z.string(),
  name: z.string(),
  scope: z.string(),
  status: z.string(),
  time: z.string(),
  error: z.string(),
});
const LEDGER = z.object({ version: z.literal(1), entries: z.array(ENTRY) });

export function ledgerPath(workbookFile: string): string {
  return `${workbookFile}.nhat-ky-gui.json`;
}

export class LedgerFile {
  private readonly entries: LedgerEntry[];

  constructor(private readonly path: string) {
    if (!existsSync(path)) {
      this.entries = [];
      return;
    }
    try {
      this.entries = LEDGER.parse(JSON.parse(readFileSync(path, 'utf8'))).entries;
    } catch {
      throw new UnusableInputError(sendCliText.badLedger(path));
    }
  }

  all(): readonly LedgerEntry[] {
    return this.entries;
  }

  append(entry: LedgerEntry): void {
    this.entries.push(entry);
    // Through a temporary file, so an interruption never leaves half a ledger.
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ version: 1, entries: this.entries }, null, 2)}\n`);
    renameSync(temporary, this.path);
  }
}
