/**
 * File names made from codes (a congress's estimate, a unit's page): readable, bounded, and one per
 * code. Codes are compared exactly (`A/B`, `A.B` and `A-B` are three units; so are `Đ1` and `D1`),
 * but a file name can hold only some of their characters: a code whose name would lose something
 * gets a stable short hash of the whole code, after a `_` that a kept-as-is code never contains.
 */
import { foldToAscii } from './text';

/** A code kept as it is: what every file system and mail client takes, with no case to lose. */
const PLAIN_CODE = /^[A-Z0-9][A-Z0-9-]{0,59}$/;
/** Characters of the readable part, before the hash. */
const READABLE_LENGTH = 60;

/** FNV-1a over the UTF-16 units, twice with different offsets: 64 stable bits, as 12 hex digits. */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193) >>> 0;
    b = Math.imul(b ^ unit, 0x01000193) >>> 0;
    b = Math.imul(b ^ (b >>> 13), 0x5bd1e995) >>> 0;
  }
  return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, 12);
}

/** Letters without their marks, `đ` as `d`, anything else outside `A-Za-z0-9` as one `-`. */
function readable(code: string): string {
  return foldToAscii(code)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, READABLE_LENGTH)
    .replace(/-+$/, '');
}

/**
 * `prefix-CODE` for a plain code (`du-toan-CB02`); otherwise `prefix-readable_hash`
 * (`du-toan-A-B_1f3c…`, `du-toan-D1_9a0e…` for `Đ1`). At most prefix + 74 characters.
 */
export function codeFileBase(prefix: string, code: string): string {
  const exact = code.normalize('NFC').trim();
  if (PLAIN_CODE.test(exact)) return `${prefix}-${exact}`;
  const part = readable(exact);
  return `${prefix}-${part === '' ? 'ma' : part}_${shortHash(exact)}`;
}
