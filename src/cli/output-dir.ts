/**
 * The --out directory of `report` and `budget --print`. Everything goes inside it, under a plain file
 * name (no separator, no `..`), through a temporary file renamed over the name: whatever is already
 * there is replaced, and a symlink left in the directory is replaced as a link, never followed, so a
 * link to the user's workbook or to a file elsewhere cannot be overwritten through it.
 */
import { mkdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { cliText, fileText } from '../core/messages';
import { UnusableInputError } from './errors';
import { entryTarget, replaceFile, replaceFileSync, type WriteTarget } from './safe-write';

/** Longest file name most file systems take, in UTF-8 bytes. */
const MAX_NAME_BYTES = 255;

/** `stem + suffix`, the stem shortened (by whole characters) so that the name fits a file system. */
export function fitName(stem: string, suffix: string): string {
  const chars = [...stem];
  while (chars.length > 1 && Buffer.byteLength(chars.join('') + suffix, 'utf8') > MAX_NAME_BYTES) chars.pop();
  return chars.join('') + suffix;
}

export class OutputDir {
  private constructor(readonly path: string) {}

  /** Creates the directory (and its parents) when missing; the CLI exits 2 when it cannot. */
  static open(dir: string): OutputDir {
    const wanted = resolve(dir);
    try {
      mkdirSync(wanted, { recursive: true });
      const real = realpathSync(wanted);
      if (!statSync(real).isDirectory()) throw new Error(fileText.notADirectory);
      return new OutputDir(real);
    } catch (error) {
      throw new UnusableInputError(cliText.cannotWrite(wanted, (error as Error).message));
    }
  }

  /** The path of `name` inside the directory; a name that would leave it is a programming error. */
  file(name: string): string {
    const plain =
      name !== '' &&
      name !== '.' &&
      name !== '..' &&
      basename(name) === name &&
      !name.includes('\\') &&
      !name.includes('\0') &&
      Buffer.byteLength(name, 'utf8') <= MAX_NAME_BYTES;
    if (!plain) throw new Error(`Not a plain file name for the output directory: ${JSON.stringify(name)}`);
    return join(this.path, name);
  }

  private target(name: string): WriteTarget {
    return entryTarget(this.file(name));
  }

  write(name: string, content: string | Uint8Array): string {
    const target = this.target(name);
    replaceFileSync(target, typeof content === 'string' ? content : Buffer.from(content));
    return target.path;
  }

  /** For writers that want a path (exceljs, Chromium): they write the temporary file. */
  async writeWith(name: string, produce: (temporary: string) => Promise<void> | void): Promise<string> {
    const target = this.target(name);
    await replaceFile(target, produce);
    return target.path;
  }
}
