/**
 * Text typed with the old Vietnamese font encodings and pasted as Unicode: TCVN3 (ABC, .VnTime
 * fonts: "§¶ng bé") and VNI (VNI-Times: "Ñaûng boä"). Both read as "Đảng bộ". Passages are detected
 * one by one, so a text that mixes a legacy paragraph with correct Unicode converts only the former.
 * The tables are the published code layouts of the two encodings.
 */

// TCVN3: one code per letter. Capitals with tone marks were typed with the .VnTimeH font using the
// lowercase codes, so they come back lowercase; the seven base capitals have codes of their own.
const TCVN3_LETTERS: Record<string, string> = {
  '\u00b5': 'à',
  '\u00b6': 'ả',
  '\u00b7': 'ã',
  '\u00b8': 'á',
  '\u00b9': 'ạ',
  '\u00a8': 'ă',
  '\u00bb': 'ằ',
  '\u00bc': 'ẳ',
  '\u00bd': 'ẵ',
  '\u00be': 'ắ',
  '\u00c6': 'ặ',
  '\u00a9': 'â',
  '\u00c7': 'ầ',
  '\u00c8': 'ẩ',
  '\u00c9': 'ẫ',
  '\u00ca': 'ấ',
  '\u00cb': 'ậ',
  '\u00cc': 'è',
  '\u00ce': 'ẻ',
  '\u00cf': 'ẽ',
  '\u00d0': 'é',
  '\u00d1': 'ẹ',
  '\u00aa': 'ê',
  '\u00d2': 'ề',
  '\u00d3': 'ể',
  '\u00d4': 'ễ',
  '\u00d5': 'ế',
  '\u00d6': 'ệ',
  '\u00d7': 'ì',
  '\u00d8': 'ỉ',
  '\u00dc': 'ĩ',
  '\u00dd': 'í',
  '\u00de': 'ị',
  '\u00df': 'ò',
  '\u00e1': 'ỏ',
  '\u00e2': 'õ',
  '\u00e3': 'ó',
  '\u00e4': 'ọ',
  '\u00ab': 'ô',
  '\u00e5': 'ồ',
  '\u00e6': 'ổ',
  '\u00e7': 'ỗ',
  '\u00e8': 'ố',
  '\u00e9': 'ộ',
  '\u00ac': 'ơ',
  '\u00ea': 'ờ',
  '\u00eb': 'ở',
  '\u00ec': 'ỡ',
  '\u00ed': 'ớ',
  '\u00ee': 'ợ',
  '\u00ef': 'ù',
  '\u00f1': 'ủ',
  '\u00f2': 'ũ',
  '\u00f3': 'ú',
  '\u00f4': 'ụ',
  '\u00ad': 'ư',
  '\u00f5': 'ừ',
  '\u00f6': 'ử',
  '\u00f7': 'ữ',
  '\u00f8': 'ứ',
  '\u00f9': 'ự',
  '\u00fa': 'ỳ',
  '\u00fb': 'ỷ',
  '\u00fc': 'ỹ',
  '\u00fd': 'ý',
  '\u00fe': 'ỵ',
  '\u00ae': 'đ',
  '\u00a1': 'Ă',
  '\u00a2': 'Â',
  '\u00a3': 'Ê',
  '\u00a4': 'Ô',
  '\u00a5': 'Ơ',
  '\u00a6': 'Ư',
  '\u00a7': 'Đ',
};

// VNI: a base letter followed by a mark character; a few letters have codes of their own.
const VNI_MARKS: Record<string, string> = {
  '\u00f9': '\u0301',
  '\u00f8': '\u0300',
  '\u00fb': '\u0309',
  '\u00f5': '\u0303',
  '\u00ef': '\u0323',
  '\u00d9': '\u0301',
  '\u00d8': '\u0300',
  '\u00db': '\u0309',
  '\u00d5': '\u0303',
  '\u00cf': '\u0323',
};
/** After a, e, o: circumflex with a tone (â á à å ã ä) or, after a, breve with a tone (ê é è ú ü ë). */
const VNI_CIRCUMFLEX: Record<string, string> = {
  '\u00e2': '',
  '\u00e1': '\u0301',
  '\u00e0': '\u0300',
  '\u00e5': '\u0309',
  '\u00e3': '\u0303',
  '\u00e4': '\u0323',
  '\u00c2': '',
  '\u00c1': '\u0301',
  '\u00c0': '\u0300',
  '\u00c5': '\u0309',
  '\u00c3': '\u0303',
  '\u00c4': '\u0323',
};
const VNI_BREVE: Record<string, string> = {
  '\u00ea': '',
  '\u00e9': '\u0301',
  '\u00e8': '\u0300',
  '\u00fa': '\u0309',
  '\u00fc': '\u0303',
  '\u00eb': '\u0323',
  '\u00ca': '',
  '\u00c9': '\u0301',
  '\u00c8': '\u0300',
  '\u00da': '\u0309',
  '\u00dc': '\u0303',
  '\u00cb': '\u0323',
};
const VNI_LETTERS: Record<string, string> = {
  '\u00f4': 'ơ',
  '\u00d4': 'Ơ',
  '\u00f6': 'ư',
  '\u00d6': 'Ư',
  '\u00f1': 'đ',
  '\u00d1': 'Đ',
  '\u00ed': 'í',
  '\u00cd': 'Í',
  '\u00ec': 'ì',
  '\u00cc': 'Ì',
  '\u00e6': 'ỉ',
  '\u00c6': 'Ỉ',
  '\u00f3': 'ĩ',
  '\u00d3': 'Ĩ',
  '\u00f2': 'ị',
  '\u00d2': 'Ị',
  '\u00ee': 'ỵ',
  '\u00ce': 'Ỵ',
};

/** Latin-1 letters that Vietnamese written in Unicode uses; any other Latin-1 character is a legacy trace. */
const VIETNAMESE_LATIN1 = new Set([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý']);

function oddCharacters(text: string): number {
  let count = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xa1 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) count++;
    else if (ch === '\u00ad') count++;
  }
  return count;
}

/** Words carrying two tone marks: a syllable has one, so these are wrong conversions. */
function brokenWords(text: string): number {
  return text
    .normalize('NFD')
    .split(/\s+/)
    .filter((word) => (word.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).length > 1).length;
}

export type LegacyEncoding = 'TCVN3' | 'VNI';

/**
 * Which legacy encoding a passage is written in, or null for Unicode (or plain ASCII) text: the
 * passage must hold characters Vietnamese Unicode never uses, and the encoding chosen is the one whose
 * conversion leaves the fewest such characters and the fewest impossible syllables.
 */
export function detectLegacy(passage: string): LegacyEncoding | null {
  if (oddCharacters(passage) < 2) return null;
  const score = (encoding: LegacyEncoding) => {
    const converted = convertPassage(passage, encoding);
    return oddCharacters(converted) * 10 + brokenWords(converted);
  };
  return score('VNI') < score('TCVN3') ? 'VNI' : 'TCVN3';
}

function fromTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_LETTERS[ch] ?? ch;
  return out;
}

function fromVni(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const lower = ch.toLowerCase();
    if (next !== undefined && (lower === 'a' || lower === 'e' || lower === 'o') && next in VNI_CIRCUMFLEX) {
      out += `${ch}\u0302${VNI_CIRCUMFLEX[next]}`;
      i++;
    } else if (next !== undefined && lower === 'a' && next in VNI_BREVE) {
      out += `${ch}\u0306${VNI_BREVE[next]}`;
      i++;
    } else if (next !== undefined && /[aeiouyAEIOUY\u00f4\u00d4\u00f6\u00d6]/.test(ch) && next in VNI_MARKS) {
      out += `${VNI_LETTERS[ch] ?? ch}${VNI_MARKS[next]}`;
      i++;
    } else {
      out += VNI_LETTERS[ch] ?? ch;
    }
  }
  return out.normalize('NFC');
}

export function convertPassage(passage: string, encoding: LegacyEncoding): string {
  return (encoding === 'TCVN3' ? fromTcvn3(passage) : fromVni(passage)).normalize('NFC');
}

/** Converts every legacy passage (line by line) to Unicode NFC and leaves the rest untouched. */
export function toUnicode(text: string): { text: string; converted: number } {
  let converted = 0;
  const lines = text.split(/(\r?\n)/).map((part) => {
    if (part === '\n' || part === '\r\n') return part;
    const encoding = detectLegacy(part);
    if (!encoding) return part;
    converted++;
    return convertPassage(part, encoding);
  });
  return { text: lines.join(''), converted };
}
