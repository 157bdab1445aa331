/**
 * Blobs of bytes and Utilities.gzip, as Apps Script has them: bytes go in and out as Java bytes
 * (-128..127); anything else is refused, so an adapter that forgets to convert fails here too.
 */
import { gzipSync } from 'node:zlib';
import { loud } from './loud';

function javaBytes(data: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(data.length);
  data.forEach((value, i) => {
    if (!Number.isInteger(value) || value < -128 || value > 127) {
      throw new Error(`Cannot convert ${value} to byte.`);
    }
    bytes[i] = value & 0xff;
  });
  return bytes;
}

export function fakeByteBlob(bytes: Uint8Array, contentType: string | null, name: string | null): unknown {
  return loud(
    {
      getBytes: () => Array.from(bytes, (b) => (b > 127 ? b - 256 : b)),
      getContentType: () => contentType,
      getName: () => name,
    },
    'Blob',
  );
}

export function newByteBlob(data: readonly number[], contentType?: string, name?: string): unknown {
  return fakeByteBlob(javaBytes(data), contentType ?? null, name ?? null);
}

/** Utilities.gzip(blob): a gzip member of the blob's bytes, named as Google names it. */
export function fakeGzip(blob: { getBytes(): number[]; getName(): string | null }): unknown {
  return fakeByteBlob(
    gzipSync(javaBytes(blob.getBytes())),
    'application/x-gzip',
    `${blob.getName() ?? 'blob'}.gz`,
  );
}
