/**
 * Names of organisations in running text: a unit ("Chi bộ 02 (bản Nà Phát)", "Đoàn cơ sở Sở Y tế",
 * "Chi đoàn Xuân Thọ- Tam Trà") is a type word and a proper name, and the name ends where the clause
 * goes on: at punctuation, a conjunction before another unit, a verb, a date, a year or a time word.
 * Names are read word by word from the type word, a bounded number of words, so a line costs time
 * linear in its length however many names it repeats.
 */
import { foldToAscii, matchKey } from '../text';

/** Type words that open a unit's name, longest first. Capitalised: "các chi bộ" is no name. */
const UNIT_START = /(?<!\p{L})(Chi đoàn cơ sở|Chi đoàn|Đoàn cơ sở|Chi bộ|Đảng bộ)(?=[\s,(:;.]|$)/gu;

/** A name has at most this many words after its type word. */
const MAX_NAME_WORDS = 16;

/** Capitalised words that do not make a name on their own (type words, institution words). */
const NOT_PROPER = new Set([
  'đoàn',
  'đảng',
  'chi',
  'ban',
  'đại',
  'bí',
  'điều',
  'hướng',
  'kế',
  'chỉ',
  'quyết',
  'tncs',
  'đối',
  'cơ',
]);

/** Verbs that open what a plan asks someone to do ("lập", "gửi", "tổ chức" …), by their first word. */
export const VERB_WORDS: ReadonlySet<string> = new Set(
  (
    'lập gửi nộp xây tổ chuẩn triển quán lãnh chỉ duyệt bầu họp xin cho mời tham phối đôn tổng thường rà ' +
    'kiểm bố nghiêm yêu đề dự kết làm đi phấn đạt nhận chọn hoàn thực tiến đảm báo tiếp hướng trình chịu ' +
    'thành giúp tập'
  )
    .normalize('NFC')
    .split(' '),
);

/** Words that end a name: function words, time words and the verbs of plans. */
const STOP: ReadonlySet<string> = new Set([
  ...(
    'của tại trong để được không về theo đã sẽ đối gồm có là khi thì phải cùng với các những thuộc trực ' +
    'sau từ đến như nhằm do đang cần ra vào mới hết tự vẫn chưa nay trước nhiệm lần ' +
    'năm tháng quý ngày giai đợt kỳ nửa hạn chậm'
  )
    .normalize('NFC')
    .split(' '),
  ...VERB_WORDS,
]);

/** Words that may open a name although written in lower case: "xã Bình Lư", "trường Phổ thông …". */
function isProper(word: string, first: boolean): boolean {
  const bare = word.replace(/^[("“]+|[)"”,]+$/g, '');
  if (bare === '') return false;
  if (/^\d{1,3}[A-Za-z]?$/.test(bare)) return first;
  return /^\p{Lu}/u.test(bare) && !NOT_PROPER.has(bare.toLowerCase());
}

export interface NameMatch {
  /** The type word as written: "Chi bộ", "Đoàn cơ sở". */
  readonly typeWord: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The name after a type word at `from`: words up to punctuation outside parentheses, a stop word, a
 * spaced dash, "và" before anything but a proper word, or a year; trailing lower-case words that are
 * no part of a name are dropped. Null when no proper word follows the type word.
 */
function nameAfter(line: string, typeStart: number, typeWord: string): NameMatch | null {
  const words: { text: string; end: number; proper: boolean }[] = [];
  let index = typeStart + typeWord.length;
  let depth = 0;
  // The name ended at a boundary (punctuation, a stop word, a date, the end of the line) rather than
  // at the word limit.
  let bounded = true;
  while (true) {
    if (words.length >= MAX_NAME_WORDS) {
      bounded = false;
      break;
    }
    // Skip the spaces before the next word (bounded: a word is at most 40 characters away).
    let skip = 0;
    while (index < line.length && /[ \t\u00a0]/.test(line[index]!) && skip < 40) {
      index++;
      skip++;
    }
    if (index >= line.length || skip >= 40) break;
    const ch = line[index]!;
    if (depth === 0 && /[,;:.!?\n\t]/.test(ch)) break;
    if (depth === 0 && ch === '-' && skip > 0 && /\s/.test(line[index + 1] ?? '')) break;
    let end = index;
    while (end < line.length && !/[\s]/.test(line[end]!) && end - index < 40) {
      const c = line[end]!;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && /[,;:!?]/.test(c)) break;
      else if (depth === 0 && c === '.' && !/\d/.test(line[end + 1] ?? '')) break;
      end++;
    }
    if (end === index) break;
    const text = line.slice(index, end);
    const lower = text.replace(/^[("“]+/, '').toLowerCase();
    if (depth === 0 && !text.includes(')')) {
      // A capitalised word is part of a name even when it spells a verb ("Chi đoàn Báo Lai Châu").
      if (STOP.has(lower) && !/^\p{Lu}/u.test(text)) break;
      // A year or a date ends the name: "Chi đoàn năm 2015 …", "Chi đoàn 12/9/2016"; so does a count
      // after it ("Chi bộ bản Mè 32 đảng viên"), but not "số 1" nor "Chi bộ 02".
      if (/^\d{4}$/.test(lower) || /^\d{1,2}[/.-]\d/.test(lower)) break;
      if (/^\d/.test(lower) && words.length > 0 && words[words.length - 1]!.text.toLowerCase() !== 'số')
        break;
      if (lower === 'và') {
        const next = /^\s{0,3}(\S{1,40})/.exec(line.slice(end, end + 45))?.[1] ?? '';
        if (!isProper(next, false) || /^(Chi|Đoàn|Đảng)$/u.test(next)) break;
      }
    }
    words.push({ text, end, proper: isProper(text, words.length === 0) });
    index = end;
  }
  // Lower-case words after the last proper word ("… Trung học phổ thông", "… Tiểu học số 1") belong to
  // the name when a boundary follows them closely; a long run of them is the clause going on.
  let lastProper = -1;
  words.forEach((word, i) => {
    if (word.proper || word.text.includes(')')) lastProper = i;
  });
  if (lastProper < 0) return null;
  let keep = words.length;
  if (!bounded || words.length - 1 - lastProper > 3) keep = lastProper + 1;
  while (keep > 0 && /^(và|-|của)$/iu.test(words[keep - 1]!.text)) keep--;
  if (keep === 0) return null;
  const kept = words.slice(0, keep);
  const end = kept[kept.length - 1]!.end;
  const name = `${typeWord} ${kept.map((word) => word.text).join(' ')}`.replace(/\s+/g, ' ').trim();
  return { typeWord, name, start: typeStart, end };
}

/** Unit names in a line, left to right. */
export function unitNames(line: string): NameMatch[] {
  const found: NameMatch[] = [];
  let after = 0;
  for (const match of line.matchAll(UNIT_START)) {
    const start = match.index ?? 0;
    if (start < after) continue;
    const name = nameAfter(line, start, match[1]!);
    if (!name) continue;
    found.push(name);
    after = name.end;
  }
  return found;
}

function initials(words: readonly string[]): string {
  return foldToAscii(words.map((word) => word.charAt(0)).join('')).toUpperCase();
}

interface NameParts {
  readonly key: string;
  /** "words before|LETTERS" when the name ends in an all-caps abbreviation ("… và PTNT"). */
  readonly abbreviation: string | null;
  /** For each split point of a full name, the words before it and the initials after it. */
  readonly splits: readonly string[];
}

/** The keys of a name, each computed once (matchKey normalises Unicode, the costly part). */
function partsOf(name: string): NameParts {
  const key = matchKey(name);
  const raw = name.trim().split(/\s+/);
  const words = key.split(' ');
  const last = raw[raw.length - 1] ?? '';
  if (raw.length >= 2 && /^[\p{Lu}]{2,}$/u.test(last))
    return {
      key,
      abbreviation: `${words.slice(0, -1).join(' ')}|${foldToAscii(last).toUpperCase()}`,
      splits: [],
    };
  const splits: string[] = [];
  if (raw.length === words.length && raw.length <= 30) {
    // The initials of every tail of the name, from the last word back: one fold per word.
    const tails: string[] = Array(raw.length + 1).fill('');
    for (let i = raw.length - 1; i >= 1; i--) tails[i] = initials([raw[i]!]) + tails[i + 1];
    let before = words[0]!;
    for (let i = 1; i < raw.length; i++) {
      splits.push(`${before}|${tails[i]}`);
      before = `${before} ${words[i]}`;
    }
  }
  return { key, abbreviation: null, splits };
}

/**
 * Units found again by name: the same words (case, spaces and tone placement aside), or an all-caps
 * abbreviation standing for the other name's last words ("Sở Nông nghiệp và PTNT" = "Sở Nông nghiệp và
 * Phát triển nông thôn"). Two full names never meet through their initials. Each name costs a number
 * of look-ups equal to its number of words, so indexing n names is linear.
 */
export class NameIndex<T> {
  private readonly exact = new Map<string, T>();
  private readonly bySplit = new Map<string, T>();
  private readonly byAbbreviation = new Map<string, T>();

  add(name: string, value: T): void {
    const parts = partsOf(name);
    if (!this.exact.has(parts.key)) this.exact.set(parts.key, value);
    if (parts.abbreviation) {
      if (!this.byAbbreviation.has(parts.abbreviation)) this.byAbbreviation.set(parts.abbreviation, value);
    } else {
      for (const split of parts.splits) if (!this.bySplit.has(split)) this.bySplit.set(split, value);
    }
  }

  find(name: string): T | undefined {
    const parts = partsOf(name);
    const exact = this.exact.get(parts.key);
    if (exact !== undefined) return exact;
    if (parts.abbreviation)
      return this.bySplit.get(parts.abbreviation) ?? this.byAbbreviation.get(parts.abbreviation);
    for (const split of parts.splits) {
      const found = this.byAbbreviation.get(split);
      if (found !== undefined) return found;
    }
    return undefined;
  }
}

/** Same unit by the rules of NameIndex. */
export function sameUnitName(a: string, b: string): boolean {
  const index = new NameIndex<true>();
  index.add(a, true);
  return index.find(b) === true;
}
