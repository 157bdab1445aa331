import { a1, columnLetters, parseA1 } from '../../src/core/a1';

describe('A1 notation', () => {
  test.each([
    [1, 'A'],
    [9, 'I'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s and back', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(parseA1(`${letters}7`)).toEqual({ row: 7, column });
  });

  test('a cell is its column letters then its sheet row', () => {
    expect(a1(1, 1)).toBe('A1');
    expect(a1(7, 3)).toBe('C7');
    expect(a1(1048576, 28)).toBe('AB1048576');
  });

  test.each(['', 'A', '7', 'A0', 'a1', 'A01', 'AAAA1', 'A1:B2', "'Đơn vị'!A1", ' A1'])(
    '%p is not a cell',
    (text) => {
      expect(parseA1(text)).toBeNull();
    },
  );
});
