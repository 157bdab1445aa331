/**
 * The send ledger of the command line: a JSON file beside the workbook (`FILE.xlsx.nhat-ky-gui.json`)
 * with the same rows as the `Nhật ký gửi` tab: one per message per run, reserved before the first
 * send and updated in place after each (see src/core/mail/ledger.ts). A second `send` for the same
 * period sends nothing new and an interrupted one resumes. The user's workbook is never rewritten.
 * Every write goes through a temporary file and a rename, so an interruption never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';
import type { LedgerEntry } from '../../core';
import { sendCliText } from '../../core/messages';
import { UnusableInputError } from '../errors';
import { replaceFileSync, writeTarget } from '../safe-write';

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

/**
 * The ledger beside the workbook's real file: reached through a symlink or by its own path, one
 * workbook has one ledger (and one lock), so nothing is sent twice because of how it was named.
 */
export function ledgerPath(workbookFile: string): string {
  let real = workbookFile;
  try {
    real = realpathSync(workbookFile);
  } catch {
    // a missing workbook is reported when it is read
  }
  return `${real}.nhat-ky-gui.json`;
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

  /** Through safe-write: a temporary file renamed over the ledger, fsynced, its mode kept. */
  private save(): void {
    replaceFileSync(
      writeTarget(this.path),
      `${JSON.stringify({ version: 1, entries: this.entries }, null, 2)}\n`,
    );
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

/** Who holds a send lock: written into the lock file by the process that took it. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO instant the lock was taken. */
  readonly since: string;
}

const HOLDER = z.object({ pid: z.number().int().positive(), host: z.string(), since: z.string() });

/** A lock file that is no holder's (empty, garbled) may be one being written: wait this long before taking it. */
const UNREADABLE_LOCK_GRACE_MS = 5_000;

function readHolder(lockFile: string): LockHolder | null {
  try {
    return HOLDER.parse(JSON.parse(readFileSync(lockFile, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * On Linux, a live process with the holder's number may be another program that got the number
 * after the holder died (after a restart, say): only a Node process can be a daihoi send.
 */
function couldBeDaihoi(pid: number): boolean {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    return /node|daihoi/i.test(command);
  } catch {
    return true; // no /proc (macOS, Windows): the process number is all there is to go on
  }
}

/** True when the lock's holder can be seen to be gone: taking it over then loses nothing. */
function isStale(lockFile: string, holder: LockHolder | null): boolean {
  if (!holder) {
    try {
      return Date.now() - statSync(lockFile).mtimeMs > UNREADABLE_LOCK_GRACE_MS;
    } catch {
      return true;
    }
  }
  // Another machine's process (a shared folder) cannot be checked from here.
  if (holder.host !== hostname()) return false;
  return !processAlive(holder.pid) || !couldBeDaihoi(holder.pid);
}

export type LockResult = { readonly release: () => void } | { readonly holder: LockHolder | null };

/**
 * One `send` at a time per workbook: a lock file beside the ledger naming its holder (process,
 * machine, since when). It is created whole (written to a temporary file, then linked into place,
 * which fails if a lock exists), so no other process ever reads half of it. A lock whose holder is
 * gone (no such process on this machine, or the number now belongs to another program) is taken
 * over; otherwise the holder is returned, for the command to name.
 */
export function lockLedger(ledgerFile: string): LockResult {
  const lockFile = `${ledgerFile}.lock`;
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const draft = `${lockFile}.${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, JSON.stringify(me), { flag: 'wx', mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(draft, lockFile);
        return {
          release: () => {
            // Only our own lock: a lock someone took over meanwhile stays theirs.
            if (readHolder(lockFile)?.pid === me.pid && readHolder(lockFile)?.since === me.since) {
              rmSync(lockFile, { force: true });
            }
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(lockFile);
      if (!isStale(lockFile, holder)) return { holder };
      rmSync(lockFile, { force: true }); // stale: its holder is gone
    }
    return { holder: readHolder(lockFile) };
  } finally {
    rmSync(draft, { force: true });
  }
}
