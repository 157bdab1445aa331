/**
 * DEFLATE for the .docx zip in Apps Script: no zlib here, but Utilities.gzip wraps the same stream
 * (RFC 1952 around RFC 1951), so the core takes the stream out of it. Utilities needs no scope.
 */
import { deflateFromGzip } from '../core';
import { services } from './services';

/** Bytes as blobs take and give them: Java bytes, signed, -128..127. */
export function javaBytes(data: Uint8Array): number[] {
  const signed: number[] = new Array(data.length);
  for (let i = 0; i < data.length; i++) signed[i] = data[i]! > 127 ? data[i]! - 256 : data[i]!;
  return signed;
}

export function gzipDeflate(data: Uint8Array): Uint8Array {
  const utilities = services.utilities();
  const gzip = utilities.gzip(utilities.newBlob(javaBytes(data))).getBytes();
  const bytes = new Uint8Array(gzip.length);
  for (let i = 0; i < gzip.length; i++) bytes[i] = gzip[i]! & 0xff;
  return deflateFromGzip(bytes);
}
