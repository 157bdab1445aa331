/**
 * Writes that cannot lose a user's file. Every file the command line replaces goes through here:
 * the new content is written to a temporary file beside the target and renamed over it (an
 * interruption leaves the old file whole), with the target's mode; a symlink is followed so its
 * target gets the content and the link stays; a read-only or hard-linked file is refused. Backups
 * are numbered and never overwritten, so the first original survives any number of writes.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileText } from '../core/messages';
import { UnusableInputError } from './errors';

export const BACKUP_SUFFIX = '.bak';
/** More backups than this beside one file means something loops: refuse rather than fill the disk. */
const MAX_BACKUPS = 999;

export interface WriteTarget {
  /** The path as the user gave it. */
  readonly given: string;
  /** The file that will really change: the symlink's target, resolved. */
  readonly path: string;
  /** Permission bits to keep, or null for a new file. */
  readonly mode: number | null;
  readonly owner: { readonly uid: number; readonly gid: number } | null;
  /** True when `given` is a symlink (the output then names the real file). */
  readonly viaLink: boolean;
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Where a write of `file` must go, after the checks that make it safe; throws UnusableInputError. */
export function writeTarget(file: string): WriteTarget {
  const given = resolve(file);
  let link: ReturnType<typeof lstatSync> | undefined;
  try {
    link = lstatSync(given);
  } catch (error) {
    if (code(error) !== 'ENOENT')
      throw new UnusableInputError(fileText.cannotWrite(file, (error as Error).message));
  }
  if (!link) {
    let directory: string;
    try {
      directory = realpathSync(dirname(given));
    } catch {
      throw new UnusableInputError(fileText.noFolder(file));
    }
    return { given: file, path: join(directory, basename(given)), mode: null, owner: null, viaLink: false };
  }
  let path: string;
  try {
    path = realpathSync(given);
  } catch {
    throw new UnusableInputError(fileText.danglingLink(file));
  }
  const info = statSync(path);
  if (!info.isFile()) throw new UnusableInputError(fileText.notAFile(file));
  if (info.nlink > 1) throw new UnusableInputError(fileText.hardLinked(file, info.nlink));
  // The mode bits, not access(): root may write anything, yet a 444 file says "do not change me".
  if ((info.mode & 0o222) === 0) throw new UnusableInputError(fileText.readOnly(file));
  return {
    given: file,
    path,
    mode: info.mode & 0o7777,
    owner: { uid: info.uid, gid: info.gid },
    viaLink: link.isSymbolicLink(),
  };
}

/**
 * An entry of an output directory (--out): replaced as it is, a symlink included, never followed;
 * writeTarget() is for the user's own files, whose links lead to the file they mean.
 */
export function entryTarget(path: string): WriteTarget {
  return { given: path, path, mode: null, owner: null, viaLink: false };
}

/** A temporary file beside `path`, created empty and private (exclusive: never through a link). */
function createTemporary(path: string): string {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  closeSync(openSync(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600));
  return temporary;
}

function settle(temporary: string, target: WriteTarget): void {
  if (target.mode !== null) chmodSync(temporary, target.mode);
  else chmodSync(temporary, 0o666 & ~process.umask());
  if (target.owner && typeof process.getuid === 'function' && process.getuid() === 0) {
    try {
      chownSync(temporary, target.owner.uid, target.owner.gid);
    } catch {
      // keeping the owner is a courtesy; the content is what matters
    }
  }
  // On disk before the rename, so a crash never leaves the new name on an empty file.
  const fd = openSync(temporary, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, target.path);
}

/** A write that failed: the temporary file goes, the target is untouched, the error is one sentence. */
function abandon(temporary: string | undefined, target: WriteTarget, error: unknown): never {
  if (temporary) rmSync(temporary, { force: true });
  if (error instanceof UnusableInputError) throw error;
  throw new UnusableInputError(fileText.cannotWrite(target.given, (error as Error).message));
}

/**
 * Replaces the target's content with what `produce` writes into the temporary path it is given.
 * On any failure the target is untouched, the temporary file is removed, and the error is one
 * UnusableInputError sentence.
 */
export async function replaceFile(
  target: WriteTarget,
  produce: (temporary: string) => Promise<void> | void,
): Promise<void> {
  let temporary: string | undefined;
  try {
    temporary = createTemporary(target.path);
    await produce(temporary);
    settle(temporary, target);
  } catch (error) {
    abandon(temporary, target, error);
  }
}

/** The same for content already in memory (ledgers, pages, messages). */
export function replaceFileSync(target: WriteTarget, content: string | Buffer): void {
  let temporary: string | undefined;
  try {
    temporary = createTemporary(target.path);
    writeFileSync(temporary, content);
    settle(temporary, target);
  } catch (error) {
    abandon(temporary, target, error);
  }
}

/**
 * Copies the file to the first free backup name beside the path the user gave: `FILE.bak`, then
 * `FILE.bak.2`, `FILE.bak.3` ... An existing backup is never overwritten (the copy is exclusive), so
 * the first original survives every later write. The copy keeps the file's mode. Returns its path.
 */
export function keepBackup(target: WriteTarget): string {
  for (let index = 1; index <= MAX_BACKUPS; index++) {
    const candidate =
      index === 1 ? `${target.given}${BACKUP_SUFFIX}` : `${target.given}${BACKUP_SUFFIX}.${index}`;
    try {
      copyFileSync(target.path, candidate, constants.COPYFILE_EXCL);
      return candidate;
    } catch (error) {
      if (code(error) === 'EEXIST') continue;
      throw new UnusableInputError(fileText.cannotBackUp(target.given, (error as Error).message));
    }
  }
  throw new UnusableInputError(fileText.tooManyBackups(target.given, MAX_BACKUPS));
}

/** A line naming the real file when the user named a symlink (empty otherwise), for the CLI's output. */
export function writtenThrough(target: WriteTarget): string {
  return target.viaLink ? `${fileText.throughLink(target.given, target.path)}\n` : '';
}
