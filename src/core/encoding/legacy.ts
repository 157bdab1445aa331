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

/** Characters of the Latin-1 upper half that Vietnamese in Unicode never uses (× ® µ ¸ ¶ ...). */
function oddCharacters(text: string): number {
  let count = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xa1 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) count++;
  }
  return count;
}

/** Letters only Vietnamese in Unicode has (ă đ ĩ ũ ơ ư and the precomposed toned vowels). */
function unicodeVietnameseLetters(text: string): number {
  return (
    text.match(/[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g) ??
    []
  ).length;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/**
 * The shape of one Vietnamese syllable: an optional initial consonant, one to three vowels, an
 * optional final consonant, and at most one tone mark.
 */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  if ((decomposed.match(TONES) ?? []).length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC'));
}

function words(text: string): string[] {
  return text.split(/[\s,.;:!?()"“”'‘’[\]/\-–—…]+/u).filter((word) => word !== '');
}

/**
 * How much a conversion looks like Vietnamese: the share of the words it changed that are real
 * syllables (0 when it changed nothing). French or German words with accents convert to letter
 * soup, a legacy passage converts to syllables.
 */
function plausibility(original: string, converted: string): number {
  const before = words(original);
  const after = words(converted);
  if (before.length !== after.length) return 0;
  let changed = 0;
  let valid = 0;
  after.forEach((word, index) => {
    if (word === before[index]) return;
    changed++;
    if (isVietnameseSyllable(word)) valid++;
  });
  return changed === 0 ? 0 : valid / changed;
}

export type LegacyEncoding = 'TCVN3' | 'VNI';

/**
 * Which legacy encoding a passage is written in, or null for Unicode (or plain ASCII) text: the
 * passage must hold at least two characters Vietnamese Unicode never uses and almost none of the
 * letters only Unicode Vietnamese has, and the conversion must turn the words it changes into
 * Vietnamese syllables. When both encodings qualify, the more plausible one wins.
 */
export function detectLegacy(passage: string): LegacyEncoding | null {
  const odd = oddCharacters(passage);
  if (odd < 2 || unicodeVietnameseLetters(passage) * 3 > odd) return null;
  let best: LegacyEncoding | null = null;
  let bestScore = 0;
  for (const encoding of ['TCVN3', 'VNI'] as const) {
    const converted = convertPassage(passage, encoding);
    // What the conversion could not explain counts against it.
    const score = plausibility(passage, converted) - oddCharacters(converted) / Math.max(odd, 1);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return bestScore >= 0.75 ? best : null;
}

function fromTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_LETTERS[ch] ?? ch;
  return capitalise(text, out);
}

/**
 * TCVN3 has no toned capitals: a word typed in capitals ("HO¹CH") keeps its toned letters lowercase.
 * A word whose plain letters are all capitals (two or more, or one beside such a word) is made capital.
 */
function capitalise(original: string, converted: string): string {
  const parts = converted.split(/(\s+)/);
  const source = original.split(/(\s+)/);
  if (parts.length !== source.length) return converted;
  const shape = source.map((word) => {
    const upper = (word.match(/[A-Z]/g) ?? []).length;
    if (/[a-z]/.test(word) || upper === 0) return 0;
    return upper >= 2 ? 2 : 1;
  });
  const wordIndexes = shape.map((_, index) => index).filter((index) => !/^\s*$/.test(source[index]!));
  return parts
    .map((word, index) => {
      const position = wordIndexes.indexOf(index);
      const neighbours = [wordIndexes[position - 1], wordIndexes[position + 1]];
      const caps =
        shape[index] === 2 ||
        (shape[index] === 1 && neighbours.some((other) => other !== undefined && shape[other] === 2));
      return caps ? word.toUpperCase() : word;
    })
    .join('');
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

/**
 * Converts every legacy passage (each line is a passage) to Unicode and leaves the other lines as
 * they are; the whole result is NFC (which changes no visible letter of correct Unicode).
 */
export function toUnicode(text: string): { text: string; converted: number } {
  let converted = 0;
  const lines = text.split(/(\r?\n)/).map((part) => {
    if (part === '\n' || part === '\r\n') return part;
    const encoding = detectLegacy(part);
    if (!encoding) return part;
    converted++;
    return convertPassage(part, encoding);
  });
  return { text: lines.join('').normalize('NFC'), converted };
}
