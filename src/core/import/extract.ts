/**
 * Reads a plan (Kế hoạch) as people write it: deadlines, dates of cited documents, the units with
 * their type, delegates and days, stated counts, and e-mail addresses. Rules follow the language of
 * these documents, not any one text: a date right after "Kế hoạch số …," is a reference; "trước
 * ngày", "chậm nhất", "hoàn thành trong quý I năm …" are deadlines, due on the day or the period's end.
 */
import type { IsoDate } from '../cells';
import { daysInMonth, isoFromYmd, isValidYmd } from '../dates';
import { toUnicode } from '../encoding/legacy';
import { matchKey } from '../text';
import type { UnitType } from '../workbook/contract';

export interface DatedText {
  readonly date: IsoDate;
  readonly text: string;
}

export interface ImportedUnit {
  readonly name: string;
  readonly type: UnitType;
  readonly members: number | null;
  readonly invited: number | null;
  readonly total: number | null;
  readonly days: number | null;
  readonly deadline: IsoDate | null;
  /** Beyond the contract: the unit named as its parent, a pilot congress, a direct election. */
  readonly parent: string | null;
  readonly pilot: boolean;
  readonly directElection: boolean;
}

export interface CountCheck {
  readonly text: string;
  /** The count as the text states it: "03 đoàn cơ sở". */
  readonly phrase: string;
  readonly stated: number;
  readonly found: number;
  readonly ok: boolean;
}

export interface ImportResult {
  readonly deadlines: readonly DatedText[];
  readonly references: readonly DatedText[];
  readonly units: readonly ImportedUnit[];
  readonly emails: readonly string[];
  readonly text: string;
  readonly checks: readonly CountCheck[];
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const DOCUMENT =
  '(?:kế hoạch|chỉ thị|quyết định|quy định|hướng dẫn|nghị quyết|nghị định|kết luận|thông tư|thông tri|công văn|văn bản|thông báo|chương trình|đề án|tờ trình|báo cáo|quy chế)';
const DATE_FORMS = [
  // ngày 05 tháng 5 năm 2015
  { pattern: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu, kind: 'day' as const },
  // 15/01/2017, 30-5-2012, 12.9.2016
  { pattern: /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/gu, kind: 'day' as const },
  // quý I năm 2017, quý III/2017
  { pattern: /quý\s+(IV|III|II|I|[1-4])\s*(?:năm\s+|\/)(\d{4})/giu, kind: 'quarter' as const },
  // nửa cuối tháng 6 năm 2015, trong tháng 12/2016, tháng 4 năm 2015
  {
    pattern: /(?:(nửa đầu|nửa cuối)\s+)?tháng\s+(\d{1,2})\s*(?:năm\s+|\/)(\d{4})/giu,
    kind: 'month' as const,
  },
];
const DEADLINE_CUE =
  /(trước(?:\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?,?)?\s+ngày|chậm nhất|hoàn thành|xong trước|hạn chót|hạn cuối|hạn nộp|hạn gửi|thời hạn|gửi về|nộp về|(?<!tính\s)đến ngày|trong quý|trong tháng|quý|tháng|nửa (?:đầu|cuối))/iu;

interface FoundDate {
  readonly start: number;
  readonly end: number;
  readonly date: IsoDate;
}

function findDates(line: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken = (start: number, end: number) => found.some((d) => start < d.end && end > d.start);
  for (const form of DATE_FORMS) {
    for (const match of line.matchAll(form.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      let date: IsoDate | null = null;
      if (form.kind === 'day') {
        const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
        if (isValidYmd(y, m, d)) date = isoFromYmd(y, m, d);
      } else if (form.kind === 'quarter') {
        const quarter = ROMAN[match[1]!.toLowerCase()]!;
        const year = Number(match[2]);
        date = isoFromYmd(year, quarter * 3, daysInMonth(year, quarter * 3));
      } else {
        const [half, m, y] = [match[1]?.toLowerCase(), Number(match[2]), Number(match[3])];
        if (m >= 1 && m <= 12) date = isoFromYmd(y, m, half === 'nửa đầu' ? 15 : daysInMonth(y, m));
      }
      if (date) found.push({ start, end, date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A date that closes a citation ("Kế hoạch số 294-KH/HU, ngày 19/7/2024") or dates the plan itself. */
function isReference(before: string, lineIndex: number, line: string): boolean {
  const citation = new RegExp(
    `${DOCUMENT}\\s+số\\s*:?\\s*[\\p{L}\\p{N}/.\\-]+\\s*,?\\s*(?:ngày\\s*)?$`,
    'iu',
  );
  if (citation.test(before)) return true;
  // A document symbol without "số": "Chỉ thị 35-CT/TW ngày 14/6/2024", "(Quyết định 99-QĐ/TW, ngày …".
  if (/\d+[-/][\p{L}\p{N}.-]*\/[\p{Lu}\p{N}.-]+\s*,?\s*\(?\s*(?:ngày\s*)?$/u.test(before)) return true;
  // "Phong Thổ, ngày 10 tháng 01 năm 2025" at the head of the document.
  return lineIndex < 15 && /^[\p{Lu}][\p{L} ]{1,40},\s*(ngày\s*)?$/u.test(before.trim()) && line.length < 80;
}

function clause(line: string): string {
  return line
    .replace(/^[\s\-+*•·]+/, '')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The citation of the document dated at `start`: from its kind ("Kế hoạch số …") or its symbol to
 * its issuer ("của Huyện ủy"), stopping before "về …", a comma or a semicolon; a line that names no
 * document (the plan's own date line) is kept whole.
 */
function citationAround(line: string, start: number, end: number): string {
  const head = line.slice(0, start);
  const symbol = /(\d+[-/][\p{L}\p{N}.-]*\/[\p{Lu}\p{N}.-]+)\s*,?\s*\(?\s*(?:ngày\s*)?$/u.exec(head);
  if (!symbol) return line;
  const kind = new RegExp(`${DOCUMENT}\\s+(?:số\\s*:?\\s*)?$`, 'iu').exec(head.slice(0, symbol.index));
  const from = kind ? kind.index : symbol.index;
  const rest = line.slice(end);
  const stop = rest.search(/[;,()]|\s+về\s|\s+như sau|\.(?:\s|$)/u);
  return line.slice(from, stop < 0 ? line.length : end + stop);
}

/** The sentence holding a date, or the parenthesis it sits in. */
function sentenceAround(line: string, start: number, end: number): string {
  const open = line.lastIndexOf('(', start);
  const close = line.indexOf(')', end);
  if (open >= 0 && close >= 0 && line.lastIndexOf(')', start) < open) return line.slice(open + 1, close);
  const sentences = line.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  let offset = 0;
  for (const sentence of sentences) {
    const from = line.indexOf(sentence, offset);
    if (start >= from && start < from + sentence.length) return sentence;
    offset = from + sentence.length;
  }
  return line;
}

// --- units ---------------------------------------------------------------------------------------

const UNIT_START = /(Chi đoàn|Đoàn cơ sở|Chi bộ|Đảng bộ)(?=[\s,(])/gu;
/** Capitalised words that are not names (a type word, an institution word). */
const NOT_NAMES = new Set([
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
]);
const STOP_WORDS = new Set([
  'của',
  'tại',
  'trong',
  'để',
  'được',
  'nhiệm',
  'hoàn',
  'không',
  'về',
  'theo',
  'đã',
  'sẽ',
  'thực',
  'đối',
  'gồm',
  'có',
  'là',
  'khi',
  'thì',
  'phải',
  'cùng',
  'với',
  'tiến',
  'lần',
  'các',
  'những',
  'đảm',
  'báo',
  'tiếp',
  'thuộc',
]);

interface UnitMention {
  name: string;
  type: UnitType;
  parent: string | null;
  end: number;
}

function isProper(token: string): boolean {
  if (/^\d/.test(token) || token.startsWith('(')) return true;
  return /^\p{Lu}/u.test(token) && !NOT_NAMES.has(token.toLowerCase());
}

function typeOf(name: string, context: string, before = ''): UnitType {
  const key = matchKey(name);
  const around = matchKey(context);
  const lead = matchKey(before);
  if (key.startsWith('đoàn cơ sở')) return 'Đoàn cơ sở';
  if (key.startsWith('chi đoàn cơ sở')) return 'Chi đoàn cơ sở';
  if (key.startsWith('chi đoàn')) return 'Chi đoàn';
  if (key.startsWith('đảng bộ')) {
    if (/^đảng bộ (huyện|tỉnh|thành phố|quận|thị xã|khối)\b/.test(key)) return 'Đảng bộ cấp trên cơ sở';
    if (/đảng bộ bộ phận/.test(around)) return 'Đảng bộ bộ phận';
    return 'Đảng bộ cơ sở';
  }
  // "- Chi bộ cơ sở: Chi bộ trường …" names the type right before the unit.
  if (/chi bộ cơ sở\s*:\s*$/.test(lead)) return 'Chi bộ cơ sở';
  if (/chi bộ trực thuộc/.test(around)) return 'Chi bộ trực thuộc';
  return 'Chi bộ cơ sở';
}

/** The words after a type word, up to punctuation outside parentheses, a verb or a connector. */
function nameWords(rest: string): { words: string[]; consumed: number } {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  let index = 0;
  // Where the last word of the name ends: what follows ("thuộc Đảng bộ …", ", Đảng bộ …") is read by the caller.
  let lastEnd = 0;
  const flush = (): boolean => {
    if (word === '') return true;
    const bare = word.replace(/[()]/g, '').toLowerCase();
    if (depth === 0 && !word.includes(')') && STOP_WORDS.has(bare)) return false;
    words.push(word);
    word = '';
    lastEnd = index;
    return true;
  };
  for (; index < rest.length; index++) {
    const ch = rest[index]!;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;:.\n]/.test(ch)) break;
    if (depth === 0 && ch === '-' && rest[index - 1] === ' ' && rest[index + 1] === ' ') break;
    if (/\s/.test(ch)) {
      if (word.toLowerCase() === 'và' && depth === 0) {
        const next = /^\s*(\S+)/.exec(rest.slice(index))?.[1] ?? '';
        if (!isProper(next)) break;
      }
      if (!flush()) break;
    } else {
      word += ch;
    }
  }
  if (word !== '' && !flush()) {
    // the last word was a stop word: it is not part of the name
  }
  return { words, consumed: lastEnd };
}

/** Unit names in a line: a type word followed by a proper name. */
function unitMentions(line: string, context: string): UnitMention[] {
  const mentions: UnitMention[] = [];
  for (const match of line.matchAll(UNIT_START)) {
    const start = match.index ?? 0;
    const { words, consumed } = nameWords(line.slice(start + match[0].length));
    if (!words.some(isProper)) continue;
    const text = [match[0], ...words].join(' ').trim();
    const before = line.slice(0, start);
    mentions.push({
      name: text,
      type: typeOf(text, `${before} ${context}`, before),
      parent: null,
      end: start + match[0].length + consumed,
    });
  }
  // "Chi bộ 02 (bản Nà Phát), Đảng bộ xã Bình Lư": a chi bộ named with its đảng bộ sits under it.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const child = mentions[i]!;
    const parent = mentions[i + 1]!;
    const between = line.slice(child.end, line.indexOf(parent.name, child.end));
    // "Chi bộ thôn Co Muông thuộc Đảng bộ xã Ẳng Nưa" says the same.
    const joined = /^\s*(?:,|,?\s*(?:trực\s+)?thuộc)\s*$/iu.test(between);
    if (child.name.startsWith('Chi bộ') && parent.name.startsWith('Đảng bộ') && joined) {
      child.parent = parent.name;
      child.type = 'Chi bộ trực thuộc';
    }
  }
  return mentions;
}

function initials(words: readonly string[]): string {
  return words
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase();
}

/** Same unit when the words match, an all-caps abbreviation standing for the other's remaining words. */
export function sameUnitName(a: string, b: string): boolean {
  const x = matchKey(a).split(' ');
  const y = matchKey(b).split(' ');
  const rawX = a.trim().split(/\s+/);
  const rawY = b.trim().split(/\s+/);
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      i++;
      j++;
      continue;
    }
    const abbrX = rawX[i] ?? '';
    const abbrY = rawY[j] ?? '';
    if (
      /^[\p{Lu}Đ]{2,}$/u.test(abbrX) &&
      i === x.length - 1 &&
      initials(rawY.slice(j)) === abbrX.replace('Đ', 'D')
    )
      return true;
    if (
      /^[\p{Lu}Đ]{2,}$/u.test(abbrY) &&
      j === y.length - 1 &&
      initials(rawX.slice(i)) === abbrY.replace('Đ', 'D')
    )
      return true;
    return false;
  }
  return i === x.length && j === y.length;
}

// --- the whole document ----------------------------------------------------------------------------

interface UnitRecord {
  name: string;
  type: UnitType;
  parent: string | null;
  members: number | null;
  invited: number | null;
  total: number | null;
  days: number | null;
  deadline: IsoDate | null;
  pilot: boolean;
  directElection: boolean;
  fromList: boolean;
}

const COUNT_CLAIM =
  /(\d{1,3})\s+(đoàn cơ sở|chi đoàn cơ sở|chi đoàn|chi bộ|đảng bộ cơ sở|đảng bộ)(?!\p{L})/giu;
const CLAIMED_TYPES: Record<string, readonly UnitType[]> = {
  'đoàn cơ sở': ['Đoàn cơ sở'],
  'chi đoàn cơ sở': ['Chi đoàn', 'Chi đoàn cơ sở'],
  'chi đoàn': ['Chi đoàn', 'Chi đoàn cơ sở'],
  'chi bộ': ['Chi bộ trực thuộc', 'Chi bộ cơ sở'],
  'đảng bộ cơ sở': ['Đảng bộ cơ sở'],
  'đảng bộ': ['Đảng bộ cơ sở', 'Đảng bộ bộ phận', 'Đảng bộ cấp trên cơ sở'],
};

export function extractPlan(input: string): ImportResult {
  const { text } = toUnicode(input.replace(/^\ufeff/, '').normalize('NFC'));
  const lines = text.split(/\r?\n/);
  const deadlines: DatedText[] = [];
  const references: DatedText[] = [];
  const units: UnitRecord[] = [];
  const claims: { text: string; phrase: string; stated: number; kind: string }[] = [];
  const title = lines.slice(0, 12).join(' ').toLowerCase();
  const titlePilotOnly = /đại hội điểm/.test(title) && !/bầu trực tiếp/.test(title);

  const find = (name: string) => units.find((unit) => sameUnitName(unit.name, name));
  const remember = (mention: UnitMention, context: string, fromList: boolean): UnitRecord => {
    const pilot = /đại hội điểm/i.test(context) || (titlePilotOnly && !fromList);
    const direct = /bầu trực tiếp/i.test(context);
    const known = find(mention.name);
    if (known) {
      if (mention.name.length > known.name.length) known.name = mention.name;
      known.pilot ||= pilot;
      known.fromList ||= fromList;
      known.directElection ||= direct;
      known.parent ??= mention.parent;
      if (mention.type === 'Chi bộ trực thuộc') known.type = mention.type;
      return known;
    }
    const record: UnitRecord = {
      name: mention.name,
      type: mention.type,
      parent: mention.parent,
      members: null,
      invited: null,
      total: null,
      days: null,
      deadline: null,
      pilot,
      directElection: direct,
      fromList,
    };
    units.push(record);
    return record;
  };

  let inList = false;
  let listTitle = '';
  let listTitleOpen = false;
  let lastUnits: UnitRecord[] = [];
  const recent: string[] = [];
  const pendingDeadlines: { subject: string; date: IsoDate }[] = [];

  lines.forEach((raw, lineIndex) => {
    const line = raw.replace(/\*\*/g, '').trimEnd();
    if (line.trim() === '') return;
    if (/^\s*DANH SÁCH\b/u.test(line)) {
      inList = true;
      listTitle = line;
      listTitleOpen = true;
    } else if (listTitleOpen && /^\s*(STT|\d{1,3})\b/u.test(line)) {
      listTitleOpen = false;
    } else if (listTitleOpen) {
      listTitle += ` ${line}`;
    }
    const context = [...recent.slice(-3), line].join(' \n ');

    // Dates: references first, then deadlines.
    for (const found of findDates(line)) {
      const before = line.slice(0, found.start);
      if (isReference(before, lineIndex, line)) {
        references.push({ date: found.date, text: clause(citationAround(line, found.start, found.end)) });
      } else if (DEADLINE_CUE.test(line.slice(Math.max(0, found.start - 40), found.start + 12))) {
        deadlines.push({ date: found.date, text: clause(sentenceAround(line, found.start, found.end)) });
        // "Đại hội điểm: Hoàn thành trước ngày …" — a short subject before the colon names what is due.
        const colon = line.indexOf(':');
        if (colon > 0 && colon < 80 && colon < found.start)
          pendingDeadlines.push({ subject: line.slice(0, colon), date: found.date });
      }
    }

    // Units: a numbered row of an attached list, or names in the running text.
    const row = inList ? /^\s*(\d{1,3})[.)]?[\t ]+(.+?)\s*(?:\t.*)?$/u.exec(line) : null;
    let named: UnitRecord[] = [];
    if (row) {
      const cell = row[2]!.split(/\t| {2,}/)[0]!.trim();
      const mentions = unitMentions(cell, `${listTitle} ${cell}`);
      const mention = mentions[0] ?? null;
      if (mention) named = [remember({ ...mention, name: cell.replace(/\s+/g, ' ') }, listTitle, true)];
    } else {
      const mentions = unitMentions(line, context);
      const parents = new Set(mentions.map((mention) => mention.parent).filter(Boolean));
      named = mentions
        .map((mention) => ({
          mention,
          record: remember(mention, parents.has(mention.name) ? '' : context, false),
        }))
        .filter(({ mention }) => !parents.has(mention.name))
        .map(({ record }) => record);
    }
    if (named.length > 0) lastUnits = named;

    // Delegates: "khoảng 282 đại biểu, trong đó: đảng viên chi bộ 13 đồng chí; đại biểu mời 269 đồng chí".
    const total = /(\d+)\s+đại biểu\s*,?\s*trong đó/iu.exec(line);
    if (total && lastUnits.length > 0) {
      const target = lastUnits[0]!;
      target.total = Number(total[1]);
      const members = /(?:đảng viên|đoàn viên)[^;\d]*?(\d+)\s+đồng chí/iu.exec(line);
      const invited = /đại biểu mời[^;\d]*?(\d+)/iu.exec(line);
      if (members) target.members = Number(members[1]);
      if (invited) target.invited = Number(invited[1]);
    }
    // Durations and deadlines stated for the units named in the same line.
    const days = /không quá\s+0?(\d+)\s+ngày/iu.exec(line);
    const deadline = findDates(line).find((d) => !isReference(line.slice(0, d.start), lineIndex, line));
    if (named.length > 0 && (days || deadline) && !row) {
      for (const unit of named) {
        if (days) unit.days = Number(days[1]);
        if (deadline && /trước ngày|hoàn thành|chậm nhất/iu.test(line)) unit.deadline = deadline.date;
      }
    }
    for (const claim of line.matchAll(COUNT_CLAIM)) {
      if (/bầu trực tiếp|thí điểm|đại hội điểm/iu.test(line)) {
        claims.push({
          text: clause(line),
          phrase: claim[0].replace(/\s+/g, ' '),
          stated: Number(claim[1]),
          kind: claim[2]!.toLowerCase(),
        });
      }
    }
    recent.push(line);
  });

  // A deadline for "Đại hội điểm: …" covers the pilot units without one of their own; one for
  // "Đại hội chi đoàn và đoàn cơ sở: …" covers the others.
  for (const { subject, date } of pendingDeadlines) {
    const key = subject.toLowerCase();
    if (/đại hội điểm/.test(key)) {
      for (const unit of units) if (unit.pilot && !unit.deadline) unit.deadline = date;
    } else if (/đại hội (chi|đảng|đoàn)/.test(key)) {
      for (const unit of units) if (!unit.pilot && !unit.deadline && unit.fromList) unit.deadline = date;
    }
  }

  // A stated count ("tại 03 đoàn cơ sở") is checked against the attached list, or the text's units.
  const listed = units.filter((unit) => unit.fromList);
  const population = listed.length > 0 ? listed : units;
  const checks: CountCheck[] = claims.map((claim) => {
    const types = CLAIMED_TYPES[claim.kind] ?? [];
    const found = population.filter((unit) => types.includes(unit.type)).length;
    return {
      text: claim.text,
      phrase: claim.phrase,
      stated: claim.stated,
      found,
      ok: found === claim.stated,
    };
  });

  const emails = [...new Set(text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g) ?? [])];
  const unique = (items: DatedText[]) =>
    items.filter(
      (item, index) =>
        items.findIndex((other) => other.date === item.date && other.text === item.text) === index,
    );

  return {
    deadlines: unique(deadlines),
    references: unique(references),
    // A unit named only as another's parent, with no figure of its own, holds no congress in this plan.
    units: units.map(({ fromList, ...unit }) => ({
      ...unit,
      pilot: unit.pilot && (fromList || unit.total !== null || unit.days !== null || unit.deadline !== null),
    })),
    emails,
    text,
    checks,
  };
}
