/** Amounts in Vietnamese words, as the printed estimate states its total. */
import { amountInWords, numberInWords } from '../../../src/core/budget/words';

test.each([
  [1, 'Một đồng'],
  [10, 'Mười đồng'],
  [11, 'Mười một đồng'],
  [14, 'Mười bốn đồng'], // "tư" only after a tens digit above one
  [20, 'Hai mươi đồng'],
  [31, 'Ba mươi mốt đồng'],
  [44, 'Bốn mươi tư đồng'],
  [55, 'Năm mươi lăm đồng'],
  [101, 'Một trăm linh một đồng'], // "linh" for an empty tens place, never "mốt" there
  [104, 'Một trăm linh bốn đồng'],
  [110, 'Một trăm mười đồng'],
  [115, 'Một trăm mười lăm đồng'],
  [124, 'Một trăm hai mươi tư đồng'],
  [1_010, 'Một nghìn không trăm mười đồng'],
  [1_100, 'Một nghìn một trăm đồng'],
  [10_001, 'Mười nghìn không trăm linh một đồng'],
  [21_000, 'Hai mươi mốt nghìn đồng'],
  [100_005, 'Một trăm nghìn không trăm linh năm đồng'],
  [1_000_000, 'Một triệu đồng'],
  [1_000_001, 'Một triệu không trăm linh một đồng'], // an empty thousands group is skipped
  [1_001_000, 'Một triệu không trăm linh một nghìn đồng'],
  [1_050_000, 'Một triệu không trăm năm mươi nghìn đồng'],
  [2_500_000, 'Hai triệu năm trăm nghìn đồng'],
  [28_200_000, 'Hai mươi tám triệu hai trăm nghìn đồng'],
  [100_000_000, 'Một trăm triệu đồng'],
  [1_000_000_001, 'Một tỷ không trăm linh một đồng'],
  [1_001_000_000_000, 'Một nghìn không trăm linh một tỷ đồng'],
  [1_000_001_000_000, 'Một nghìn tỷ không trăm linh một triệu đồng'],
  [
    999_999_999_999_999,
    'Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
  ],
])('%d đồng reads "%s"', (amount, words) => {
  expect(amountInWords(amount)).toBe(words);
});

test('a fractional amount is read after rounding to whole đồng', () => {
  expect(amountInWords(149_998.5)).toBe('Một trăm bốn mươi chín nghìn chín trăm chín mươi chín đồng');
});

test('numbers without the currency stay lower case; negative or fractional input is refused', () => {
  expect(numberInWords(282)).toBe('hai trăm tám mươi hai');
  expect(() => numberInWords(-1)).toThrow(RangeError);
  expect(() => numberInWords(1.5)).toThrow(RangeError);
});
