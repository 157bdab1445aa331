/**
 * Legacy TCVN3 (ABC, .VnTime) and VNI (VNI-Times) text pasted as Unicode. The legacy strings are
 * written as escapes of the published code layouts, so the test does not depend on how an editor
 * shows them.
 */
import { toUnicode } from '../../../src/core';
import { convertPassage, detectLegacy, isVietnameseSyllable } from '../../../src/core/encoding/legacy';

const PARAGRAPH =
  'Ban Chấp hành Đoàn cơ sở Trường Tiểu học Nậm Tăm tổ chức đại hội điểm trước ngày 20 tháng 3 năm 2025; mỗi đại biểu được chuẩn bị đầy đủ tài liệu.';
const PARAGRAPH_TCVN3 =
  'Ban Ch\u00cap h\u00b5nh \u00a7o\u00b5n c\u00ac s\u00eb Tr\u00ad\u00eang Ti\u00d3u h\u00e4c N\u00cbm T\u00a8m t\u00e6 ch\u00f8c \u00ae\u00b9i h\u00e9i \u00aei\u00d3m tr\u00ad\u00edc ng\u00b5y 20 th\u00b8ng 3 n\u00a8m 2025; m\u00e7i \u00ae\u00b9i bi\u00d3u \u00ae\u00ad\u00eec chu\u00c8n b\u00de \u00ae\u00c7y \u00ae\u00f1 t\u00b5i li\u00d6u.';
const PARAGRAPH_VNI =
  'Ban Cha\u00e1p ha\u00f8nh \u00d1oa\u00f8n c\u00f4 s\u00f4\u00fb Tr\u00f6\u00f4\u00f8ng Tie\u00e5u ho\u00efc Na\u00e4m Ta\u00eam to\u00e5 ch\u00f6\u00f9c \u00f1a\u00efi ho\u00e4i \u00f1ie\u00e5m tr\u00f6\u00f4\u00f9c nga\u00f8y 20 tha\u00f9ng 3 na\u00eam 2025; mo\u00e3i \u00f1a\u00efi bie\u00e5u \u00f1\u00f6\u00f4\u00efc chua\u00e5n b\u00f2 \u00f1a\u00e0y \u00f1u\u00fb ta\u00f8i lie\u00e4u.';

const SECOND =
  'Chi bộ thôn Suối Thầu, Đảng bộ xã Sà Dề Phìn: không quá 01 ngày, hoàn thành trong quý II/2025; ưu tiên những đồng chí trẻ, giữ vững nguyên tắc.';
const SECOND_TCVN3 =
  'Chi b\u00e9 th\u00abn Su\u00e8i Th\u00c7u, \u00a7\u00b6ng b\u00e9 x\u00b7 S\u00b5 D\u00d2 Ph\u00d7n: kh\u00abng qu\u00b8 01 ng\u00b5y, ho\u00b5n th\u00b5nh trong qu\u00fd II/2025; \u00adu ti\u00aan nh\u00f7ng \u00ae\u00e5ng ch\u00dd tr\u00ce, gi\u00f7 v\u00f7ng nguy\u00aan t\u00bec.';
const SECOND_VNI =
  'Chi bo\u00e4 tho\u00e2n Suo\u00e1i Tha\u00e0u, \u00d1a\u00fbng bo\u00e4 xa\u00f5 Sa\u00f8 De\u00e0 Ph\u00ecn: kho\u00e2ng qua\u00f9 01 nga\u00f8y, hoa\u00f8n tha\u00f8nh trong quy\u00f9 II/2025; \u00f6u tie\u00e2n nh\u00f6\u00f5ng \u00f1o\u00e0ng ch\u00ed tre\u00fb, gi\u00f6\u00f5 v\u00f6\u00f5ng nguye\u00e2n ta\u00e9c.';

describe('a TCVN3 paragraph', () => {
  test('is detected and converted to Unicode NFC', () => {
    expect(detectLegacy(PARAGRAPH_TCVN3)).toBe('TCVN3');
    expect(convertPassage(PARAGRAPH_TCVN3, 'TCVN3')).toBe(PARAGRAPH);
    expect(detectLegacy(SECOND_TCVN3)).toBe('TCVN3');
    expect(toUnicode(SECOND_TCVN3)).toEqual({ text: SECOND, converted: 1 });
    expect(toUnicode(SECOND_TCVN3).text.normalize('NFC')).toBe(toUnicode(SECOND_TCVN3).text);
  });

  test('the short forms staff recognise', () => {
    expect(toUnicode('\u00a7\u00b6ng b\u00e9').text).toBe('Đảng bộ');
    expect(toUnicode('Chi \u00aeo\u00b5n').text).toBe('Chi đoàn');
  });

  test('a heading typed in capitals (TCVN3 has no toned capitals) comes back in capitals', () => {
    expect(toUnicode('K\u00d5 HO\u00b9CH T\u00e6 CH\u00f8C \u00a7\u00b9I H\u00e9I').text).toBe(
      'KẾ HOẠCH TỔ CHỨC ĐẠI HỘI',
    );
  });
});

describe('a VNI paragraph', () => {
  test('is detected and converted to Unicode NFC', () => {
    expect(detectLegacy(PARAGRAPH_VNI)).toBe('VNI');
    expect(convertPassage(PARAGRAPH_VNI, 'VNI')).toBe(PARAGRAPH);
    expect(toUnicode(SECOND_VNI)).toEqual({ text: SECOND, converted: 1 });
  });

  test('the short forms and capitals', () => {
    expect(toUnicode('\u00d1a\u00fbng bo\u00e4').text).toBe('Đảng bộ');
    expect(toUnicode('Chi \u00f1oa\u00f8n').text).toBe('Chi đoàn');
    expect(toUnicode('KE\u00c1 HOA\u00cfCH TO\u00c5 CH\u00d6\u00d9C \u00d1A\u00cfI HO\u00c4I').text).toBe(
      'KẾ HOẠCH TỔ CHỨC ĐẠI HỘI',
    );
  });
});

describe('text that is not legacy is left exactly as it is', () => {
  test.each([
    ['Vietnamese in Unicode', PARAGRAPH],
    ['Vietnamese in Unicode with symbols', 'Nhiệt độ 30°C, độ ẩm 80% × 2 lần, mục § 3 «Chi đoàn»'],
    ['plain ASCII', 'Ke hoach so 12-KH/HU ngay 19/7/2024'],
    ['English', 'The pilot congress must finish before 10 January 2025.'],
    ['French', 'Noël à la française, très coûteux, déjà fêté'],
    ['German', 'Größe der Übung: Straße, Fußgänger, Bäcker'],
    ['Spanish', 'Señor, ¿cómo está? Mañana en España'],
  ])('%s', (_, text) => {
    expect(detectLegacy(text)).toBeNull();
    expect(toUnicode(text)).toEqual({ text, converted: 0 });
  });
});

test('a mixed text converts each legacy passage and leaves the Unicode ones', () => {
  const mixed = [
    'KẾ HOẠCH',
    PARAGRAPH_TCVN3,
    '',
    'Gửi báo cáo về Ban Tổ chức.',
    SECOND_VNI,
    'The English line stays.',
  ].join('\r\n');
  expect(toUnicode(mixed)).toEqual({
    text: ['KẾ HOẠCH', PARAGRAPH, '', 'Gửi báo cáo về Ban Tổ chức.', SECOND, 'The English line stays.'].join(
      '\r\n',
    ),
    converted: 2,
  });
});

test('Unicode typed in decomposed form comes out NFC', () => {
  const nfd = 'Đảng bộ xã Bình Lư'.normalize('NFD');
  expect(toUnicode(nfd).text).toBe('Đảng bộ xã Bình Lư');
});

test('syllable shape: real syllables pass, letter soup and two tones do not', () => {
  for (const word of ['người', 'nghiêng', 'khuyên', 'quốc', 'gì', 'Đảng', 'ưu', 'truyền', 'oanh'])
    expect(isVietnameseSyllable(word)).toBe(true);
  for (const word of ['trốs', 'franỗaise', 'ảá', 'Grửòe', 'đ', 'bcd'])
    expect(isVietnameseSyllable(word)).toBe(false);
});
