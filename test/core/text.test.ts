import {
  cleanText,
  codeKey,
  foldToAscii,
  foldTonePlacement,
  hasInvisibleCharacters,
  matchKey,
} from '../../src/core/text';

describe('matching keys for tabs, headers and fixed values', () => {
  test('NFC and NFD, case, inner and outer spaces, NBSP meet', () => {
    const key = matchKey('Mã đơn vị');
    expect(matchKey('MÃ ĐƠN VỊ')).toBe(key);
    expect(matchKey('  Mã   đơn\u00a0vị\t')).toBe(key);
    expect(matchKey('Mã đơn vị'.normalize('NFD'))).toBe(key);
    expect(matchKey('Mã\u200bđơn vị')).toBe(key);
  });

  test('old and new tone placement are the same letters', () => {
    expect(matchKey('Khoá')).toBe(matchKey('Khóa'));
    expect(matchKey('Đảng uỷ')).toBe(matchKey('Đảng ủy'));
    expect(matchKey('HOÀ BÌNH')).toBe(matchKey('hòa bình'));
    expect(matchKey('thuỷ')).toBe(matchKey('thủy'));
    expect(matchKey('khoẻ')).toBe(matchKey('khỏe'));
    expect(foldTonePlacement('Khoá')).toBe(foldTonePlacement('Khóa'));
  });

  test('different letters stay different', () => {
    expect(matchKey('Hoàng')).not.toBe(matchKey('Hoang'));
    expect(matchKey('Đảng')).not.toBe(matchKey('Dang'));
    expect(matchKey('Chi bộ')).not.toBe(matchKey('Chi bo'));
    // "uy" followed by another vowel keeps its tone where it is: "tuyển" is not "tuýen".
    expect(matchKey('tuyển')).toBe('tuyển');
  });
});

describe('codes and cell text', () => {
  test('codes are NFC and trimmed, otherwise exact', () => {
    expect(codeKey('  CB02 ')).toBe('CB02');
    expect(codeKey('BẢN'.normalize('NFD'))).toBe('BẢN');
    expect(codeKey('cb02')).not.toBe(codeKey('CB02'));
  });

  test('cleanText trims spaces, NBSP and BOM but keeps inner spaces', () => {
    expect(cleanText('\ufeff\u00a0 Chi bộ  02 \u202f')).toBe('Chi bộ  02');
  });

  test('invisible characters inside a value are found, plain spaces are not', () => {
    expect(hasInvisibleCharacters('CB\u200b02')).toBe(true);
    expect(hasInvisibleCharacters('CB\u2060')).toBe(true);
    expect(hasInvisibleCharacters('CB 02')).toBe(false);
  });

  test('ASCII folding for file names', () => {
    expect(foldToAscii('Báo cáo Đại hội điểm')).toBe('Bao cao Dai hoi diem');
    expect(foldToAscii('Chi bộ 02 (bản Nà Phát)')).toBe('Chi bo 02 (ban Na Phat)');
  });
});
