/**
 * Numbers as Vietnamese staff type them: `1.234.567`, `1.234.567,5`, `1.234.567 đ`. JavaScript's own
 * parsers guess (`parseFloat("1.234.567")` is 1.234, `Number("")` is 0), so this tokenizer refuses to.
 */
import type { Cell } from './cells';
import { isDateCell } from './cells';

const CURRENCY_SUFFIX = /[\s\u00a0\u202f]*(đồng|đ|₫|vnđ|vnd)$/i;
const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;

export type NumberParse = { ok: true; value: number } | { ok: false };

export function parseVietnameseNumber(text: string): NumberParse {
  const compact = text
    .normalize('NFC')
    .replace(/^[\s\u00a0\u202f\ufeff]+|[\s\u00a0\u202f\ufeff]+$/g, '')
    .replace(CURRENCY_SUFFIX, '');
  if (!GROUPED.test(compact) && !PLAIN.test(compact)) return { ok: false };
  const value = Number(compact.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** Words that change the value of the number beside them ("2 ngày rưỡi", "1,5 triệu"). */
const SCALING_WORDS = /(rưỡi|nghìn|ngàn|triệu|tỷ|tỉ|trăm|mươi|chục|lẻ|linh|nửa)/iu;

/**
 * The one number in text such as "1 ngày", "01 ngày" or "khoảng 282 người": what the clerk meant to
 * type, for a hint only (the cell stays an error). Null when there is no such single number, or when
 * a word changes its value.
 */
export function numberAmongWords(text: string): number | null {
  const cleaned = text.normalize('NFC').trim();
  if (!/\p{L}/u.test(cleaned) || SCALING_WORDS.test(cleaned)) return null;
  const tokens = cleaned.match(/\d[\d.,]*/g) ?? [];
  if (tokens.length !== 1) return null;
  const parsed = parseVietnameseNumber(tokens[0]!.replace(/[.,]+$/, ''));
  return parsed.ok && parsed.value >= 0 ? parsed.value : null;
}

/** A number cell: a real number or Vietnamese-formatted text. Booleans and dates are not numbers. */
export function parseNumberCell(value: Cell): NumberParse {
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false };
  if (typeof value === 'string') return parseVietnameseNumber(value);
  if (isDateCell(value)) return { ok: false };
  return { ok: false };
}

/** 1234567 -> "1.234.567"; decimals with a comma, as written in Vietnamese. */
export function formatNumberVi(value: number, fractionDigits = 0): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** Whole đồng -> "1.234.567 đ". */
export function formatMoneyVi(dong: number): string {
  return `${formatNumberVi(Math.round(dong))} đ`;
}

/** A quantity as people write it: whole numbers plain, fractions with a comma ("1,5"). */
export function formatQuantityVi(value: number): string {
  if (Number.isInteger(value)) return formatNumberVi(value);
  return formatNumberVi(value, 3).replace(/,?0+$/, '');
}
