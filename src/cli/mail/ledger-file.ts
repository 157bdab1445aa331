/**
 * The send ledger of the command line: a JSON file beside the workbook (`FILE.xlsx.nhat-ky-gui.json`)
 * with the same rows as the `Nhật ký gửi` tab: one per message per run, reserved before the first
 * send and updated in place after each (see src/core/mail/ledger.ts). A second `send` for the same
 * period sends nothing new and an interrupted one resumes. The user's workbook is never rewritten.
 * Every write goes through a temporary file and a rename, so an interruption never leaves half a file.
 */
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
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

  /** Reserves `count` rows; `write(index, rows)` replaces rows index, index + 1, ... of the block. */
  block(count: number): (index: number, rows: readonly LedgerEntry[]) => void {
    const start = this.entries.length;
    return (index, rows) => {
      if (index < 0 || index + rows.length > count) throw new Error('ledger block overflow');
      rows.forEach((row, offset) => {
        this.entries[start + index + offset] = row;
      });
      this.save();
    };
  }

  append(entry: LedgerEntry): void {
    this.block(1)(0, [entry]);
  }

  private save(): void {
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ version: 1, entries: this.entries }, null, 2)}\n`);
    renameSync(temporary, this.path);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One `send` at a time per workbook: a lock file beside the ledger holding the process id. A lock left
 * by a process that no longer exists is taken over. Returns the release function, or null when another
 * live `send` holds the lock.
 */
export function lockLedger(ledgerFile: string): (() => void) | null {
  const lockFile = `${ledgerFile}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const content = readFileSync(lockFile, 'utf8').trim();
      if (content === '') return null; // just created by another process, not yet written
      const holder = Number.parseInt(content, 10);
      if (Number.isInteger(holder) && holder > 0 && processAlive(holder)) return null;
      unlinkSync(lockFile); // stale: its process is gone
    }
  }
  return null;
}
