/** The zip writer: read back by the tests' own unzipper (sizes and CRCs checked), with and without DEFLATE. */
import { deflateRawSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { deflateFromGzip } from '../../../src/core';
import { crc32, utf8, zipArchive } from '../../../src/core/document/zip';
import { unzip } from '../../helpers/unzip';

const WHEN = new Date(Date.UTC(2025, 0, 9, 12));

test('UTF-8 as Node encodes it, astral characters included; a lone surrogate becomes U+FFFD', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }),
  );
  expect(Buffer.from(utf8('Đảng 𝄞')).toString('utf8')).toBe('Đảng 𝄞');
  expect(Buffer.from(utf8('a\ud800b')).toString('utf8')).toBe('a\ufffdb');
});

test('CRC-32 of the standard check string', () => {
  expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
  expect(crc32(new Uint8Array())).toBe(0);
});

test('the DEFLATE stream inside a gzip member, with or without a file name in its header', () => {
  const data = utf8('Báo cáo tiến độ '.repeat(200));
  const plain = gzipSync(data);
  expect(Buffer.from(deflateFromGzip(plain)).equals(deflateRawSync(data))).toBe(true);
  // A header carrying FNAME (flag 8) "x.txt\0", as other gzip writers set it.
  const named = Buffer.concat([
    plain.subarray(0, 3),
    Buffer.from([8]),
    plain.subarray(4, 10),
    Buffer.from('x.txt\0'),
    plain.subarray(10),
  ]);
  expect(Buffer.from(deflateFromGzip(named)).equals(deflateRawSync(data))).toBe(true);
  expect(() => deflateFromGzip(utf8('not gzip'))).toThrow('not a gzip stream');
});

describe.each([
  ['stored', undefined],
  ['deflated', (data: Uint8Array) => deflateRawSync(data)],
])('a %s archive', (_name, deflate) => {
  test('reads back entry by entry, in order, with the same bytes', () => {
    const entries = [
      { path: '[Content_Types].xml', data: utf8('<Types/>') },
      { path: 'word/document.xml', data: utf8(`<w:t>${'Huyện ủy Tam Đường '.repeat(100)}</w:t>`) },
      { path: 'empty.txt', data: new Uint8Array() },
    ];
    const zip = zipArchive(entries, WHEN, deflate);
    const files = unzip(zip);
    expect(Object.keys(files)).toEqual(entries.map((entry) => entry.path));
    for (const entry of entries)
      expect(Buffer.from(files[entry.path]!).equals(Buffer.from(entry.data))).toBe(true);
    expect(zipArchive(entries, WHEN, deflate)).toEqual(zip);
  });
});

test('a large part is compressed when the host lends DEFLATE; a tiny one is stored without asking', () => {
  const calls: number[] = [];
  const deflate = (data: Uint8Array) => {
    calls.push(data.length);
    return deflateRawSync(data);
  };
  const big = utf8('x'.repeat(10_000));
  const zip = zipArchive(
    [
      { path: 'a', data: utf8('tiny') },
      { path: 'b', data: big },
    ],
    WHEN,
    deflate,
  );
  expect(calls).toEqual([10_000]);
  expect(zip.length).toBeLessThan(500);
});
