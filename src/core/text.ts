/** Text normalisation for matching tab names, headers and fixed values the forgiving way. */
import { INVISIBLE_OR_SPACE } from './cells';

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// Old ("hoà", "thuỷ") and new ("hòa", "thủy") tone placement on the pairs oa, oe, uy: the key keeps
// the tone on the second vowel so both spellings meet. NFC alone does not unify them.
const TONE_ON_FIRST_OF_PAIR = new RegExp(`([oOuU])([${TONE_MARKS}])([aAeEyY])(?![\\u0300-\\u036f])`, 'g');

/** NFC with old tone placement folded into one form; keeps case and spaces. */
export function foldTonePlacement(text: string): string {
  return text.normalize('NFD').replace(TONE_ON_FIRST_OF_PAIR, '$1$3$2').normalize('NFC');
}

/** The key under which a header, tab name or fixed value is matched. */
export function matchKey(text: string): string {
  return foldTonePlacement(text.replace(INVISIBLE_OR_SPACE, ' ')).replace(/ +/g, ' ').trim().toLowerCase();
}

/** Codes are compared after NFC and trimming, otherwise exactly (WORKBOOK.md). */
export function codeKey(text: string): string {
  return text.normalize('NFC').trim();
}

/** Visible text of a cell without surrounding spaces, in NFC. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/^[\s\u00a0\u202f\ufeff]+|[\s\u00a0\u202f\ufeff]+$/g, '');
}

/** Zero-width and other invisible characters inside a value: a real data error, never stripped silently. */
export function hasInvisibleCharacters(text: string): boolean {
  return /[\u200b-\u200d\u2060\ufeff]/.test(text);
}

const ASCII_FOLD: Record<string, string> = { đ: 'd', Đ: 'D' };

/** ASCII for file names and mail attachment names: "Báo cáo" -> "Bao cao". */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (ch) => ASCII_FOLD[ch] ?? ch)
    .replace(/[^\x20-\x7e]/g, '');
}

/** The size of `text` in UTF-8 bytes (what mail size limits count; a Vietnamese letter takes 2-3). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
