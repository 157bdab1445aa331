/**
 * Amounts in Vietnamese words, as an estimate states its total: 15.650.000 -> "Mười lăm triệu sáu trăm
 * năm mươi nghìn đồng". Reading rules: "linh" for an empty tens place, "mốt" for 1 after a tens
 * digit above one, "lăm" for 5 after any tens digit, "tư" for 4 after a tens digit above one.
 */
import { pushAll } from '../arrays';
import { budgetText } from '../messages/budget';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ'];

function readTriple(value: number, full: boolean): string[] {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const units = value % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (units > 0 && (full || hundreds > 0)) words.push('linh');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[tens]!, 'mươi');
  }
  if (units === 0) return words;
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else if (units === 4 && tens >= 2) words.push('tư');
  else words.push(DIGITS[units]!);
  return words;
}

/** Whole numbers from 0 up to 999.999.999.999.999 (beyond a tỷ the groups repeat with "tỷ"). */
export function numberInWords(value: number): string {
  // Beyond 2^53 a number no longer holds every unit digit: its words would be wrong.
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`not a whole non-negative number below 2^53: ${value}`);
  if (value === 0) return 'không';
  const groups: number[] = [];
  let rest = value;
  while (rest > 0) {
    groups.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  }
  const words: string[] = [];
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index]!;
    if (group === 0) {
      // A whole empty "tỷ" position still needs its name when higher groups exist (1.000.000.000.000).
      if (index % 3 === 0 && index > 0 && words.length > 0 && groups.slice(index, index + 3).some(Boolean)) {
        words.push('tỷ');
      }
      continue;
    }
    pushAll(words, readTriple(group, words.length > 0));
    const name = index === 0 ? '' : index % 3 === 0 ? 'tỷ' : GROUPS[index % 3]!;
    if (name) words.push(name);
  }
  return words.join(' ');
}

/** "Mười lăm triệu sáu trăm năm mươi nghìn đồng". */
export function amountInWords(dong: number): string {
  const whole = Math.round(dong);
  if (!Number.isSafeInteger(whole) || whole < 0) return budgetText.amountUnreadable;
  const text = `${numberInWords(whole)} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
