/**
 * Reads a zip archive the way an office suite does: from the end-of-central-directory record, each
 * entry's central header, then its local header and data (stored, or DEFLATE inflated by Node's zlib),
 * checking sizes and CRC-32 against the headers. Written apart from src/core/document/zip.ts so the
 * tests do not read our archives with our own assumptions.
 */
import { inflateRawSync } from 'node:zlib';

function crc32(data: Uint8Array): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** Every entry's path and bytes, in the central directory's order. */
export function unzip(archive: Uint8Array): Record<string, Uint8Array> {
  const view = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    if (view.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const method = view.readUInt16LE(at + 10);
    const crc = view.readUInt32LE(at + 16);
    const packedSize = view.readUInt32LE(at + 20);
    const size = view.readUInt32LE(at + 24);
    const nameLength = view.readUInt16LE(at + 28);
    const extra = view.readUInt16LE(at + 30);
    const comment = view.readUInt16LE(at + 32);
    const local = view.readUInt32LE(at + 42);
    const name = view.toString('utf8', at + 46, at + 46 + nameLength);
    if (view.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28);
    const packed = view.subarray(start, start + packedSize);
    const data = method === 0 ? packed : method === 8 ? inflateRawSync(packed) : null;
    if (!data) throw new Error(`unknown method ${method} for ${name}`);
    if (data.length !== size) throw new Error(`size of ${name}`);
    if (crc32(data) !== crc) throw new Error(`CRC of ${name}`);
    files[name] = new Uint8Array(data);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** Every entry as UTF-8 text. */
export function unzipText(archive: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzip(archive)).map(([path, data]) => [path, Buffer.from(data).toString('utf8')]),
  );
}
