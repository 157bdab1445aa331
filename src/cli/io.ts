/** Where a command writes: injectable so tests call main() directly and read what it printed. */
import { closeSync, openSync, readSync } from 'node:fs';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * The bytes of `file`, or null when it holds more than `limit`: reads at most `limit + 1` bytes, so a
 * device that never ends (/dev/zero, /dev/urandom) or a pipe stops at the limit.
 */
export function readAtMost(file: string, limit: number): Buffer | null {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
    return null;
  } finally {
    closeSync(fd);
  }
}
