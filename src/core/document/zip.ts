/**
 * A zip writer for the .docx package, pure so that Apps Script and Node run the same code.
 *
 * Why not a zip library: fflate (the smallest well-kept one) builds its Huffman tables when the
 * script loads, and Apps Script loads the whole bundle on every execution: 10–100 ms added to every
 * menu click and hourly tick (0.8 ms before), or 43 KB of bundle when loaded lazily (docs/van-ban.md).
 * A zip container is a few fixed headers; the compression itself comes from the host, which has it
 * built in (Node's zlib, Apps Script's Utilities.gzip): see `Deflate`. Without one, files are stored.
 */

/** Raw DEFLATE (RFC 1951) of some bytes, from the host; absent: the files are stored uncompressed. */
export type Deflate = (data: Uint8Array) => Uint8Array;

export interface ZipEntry {
  /** Path inside the archive, ASCII, '/' between folders. */
  readonly path: string;
  readonly data: Uint8Array;
}

/** UTF-8 bytes of a string (Apps Script has no TextEncoder). Lone surrogates become U+FFFD. */
export function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else code = 0xfffd;
    } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return Uint8Array.from(bytes);
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (IEEE), its table built on first use rather than when the script loads. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The raw DEFLATE stream inside a gzip member (RFC 1952): what Apps Script's Utilities.gzip gives,
 * less its header (with whichever optional fields it sets) and its 8-byte trailer.
 */
export function deflateFromGzip(gzip: Uint8Array): Uint8Array {
  if (gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== 8) throw new Error('not a gzip stream');
  const flags = gzip[3]!;
  let offset = 10;
  if (flags & 4) offset += 2 + (gzip[offset]! | (gzip[offset + 1]! << 8)); // FEXTRA
  for (const bit of [8, 16]) {
    // FNAME, FCOMMENT: zero-terminated
    if (flags & bit) {
      while (gzip[offset] !== 0) offset++;
      offset++;
    }
  }
  if (flags & 2) offset += 2; // FHCRC
  return gzip.subarray(offset, gzip.length - 8);
}

class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  length = 0;
  bytes(data: Uint8Array): void {
    this.chunks.push(data);
    this.length += data.length;
  }
  /** Little-endian unsigned integers of 2 or 4 bytes. */
  numbers(...fields: [value: number, size: 2 | 4][]): void {
    const data = new Uint8Array(fields.reduce((sum, [, size]) => sum + size, 0));
    let at = 0;
    for (const [value, size] of fields) {
      for (let i = 0; i < size; i++) data[at++] = (value >>> (8 * i)) & 0xff;
    }
    this.bytes(data);
  }
  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** MS-DOS date and time of a local wall-clock moment, as zip headers carry them. */
function dosDateTime(date: Date): { date: number; time: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
  };
}

/**
 * A zip archive of the entries in order. `modified` is read in UTC (the zip has no zone), so the
 * same entries and date give the same bytes everywhere. A file is stored when it is small or when
 * compressing it does not make it smaller.
 */
export function zipArchive(entries: readonly ZipEntry[], modified: Date, deflate?: Deflate): Uint8Array {
  const { date, time } = dosDateTime(modified);
  const out = new ByteWriter();
  const central = new ByteWriter();
  for (const entry of entries) {
    const name = utf8(entry.path);
    const crc = crc32(entry.data);
    // Parts of a few hundred bytes gain nothing worth a call to the host.
    const packed = deflate && entry.data.length > 512 ? deflate(entry.data) : null;
    const compressed = packed && packed.length < entry.data.length;
    const body = compressed ? packed : entry.data;
    const method = compressed ? 8 : 0;
    const offset = out.length;
    out.numbers([0x04034b50, 4], [20, 2], [0, 2], [method, 2], [time, 2], [date, 2]);
    out.numbers([crc, 4], [body.length, 4], [entry.data.length, 4], [name.length, 2], [0, 2]);
    out.bytes(name);
    out.bytes(body);
    central.numbers([0x02014b50, 4], [20, 2], [20, 2], [0, 2], [method, 2], [time, 2], [date, 2]);
    central.numbers([crc, 4], [body.length, 4], [entry.data.length, 4], [name.length, 2], [0, 2], [0, 2]);
    central.numbers([0, 2], [0, 2], [0, 4], [offset, 4]);
    central.bytes(name);
  }
  const centralOffset = out.length;
  const centralSize = central.length;
  out.bytes(central.result());
  out.numbers([0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2]);
  out.numbers([centralSize, 4], [centralOffset, 4], [0, 2]);
  return out.result();
}
