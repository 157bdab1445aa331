/**
 * What a date of a plan is, from the words around it in a bounded window: a cited document's date
 * ("Kế hoạch số 294-KH/HU, ngày 19/7/2024"), a deadline (something must be done by it: "trước ngày",
 * "chậm nhất", "hoàn thành trong quý I", an action "trong tháng 12/2016"), or neither (a term's end, a
 * period under review, a data cut-off, a range's start, a past event). Also the sentence or
 * parenthesis a date sits in, and the parts of a citation. Every window is bounded, so the cost per
 * date is constant however long the line.
 */
import type { IsoDate } from '../cells';
import type { SkipReason } from '../messages/import';
import type { DatePhrase } from './date-phrases';
import type { CitedDocument } from './types';

export const DOCUMENT =
  '(?:kế hoạch|chỉ thị|quyết định|quy định|hướng dẫn|nghị quyết|nghị định|kết luận|thông tư|thông tri|công văn|văn bản|thông báo|chương trình|đề án|tờ trình|báo cáo|quy chế|luật|điều lệ)';
const CITATION_TAIL = new RegExp(
  `(${DOCUMENT})\\s{1,3}số\\s{0,3}:?\\s{0,3}([\\p{L}\\p{N}/.\\-]{0,20}\\d[\\p{L}\\p{N}/.\\-]{0,30}?)\\s{0,3},?\\s{0,3}\\(?\\s{0,3}(?:ngày\\s{0,3})?$`,
  'iu',
);
// A document symbol without "số": "Chỉ thị 35-CT/TW ngày 14/6/2024".
const SYMBOL_TAIL =
  /(\d{1,5}[-/][\p{L}\p{N}.-]{0,20}\/[\p{Lu}\p{N}.-]{1,20})\s{0,3},?\s{0,3}\(?\s{0,3}(?:ngày\s{0,3})?$/u;

const STRONG_CUE =
  /(?:trước|chậm nhất|muộn nhất|hạn chót|hạn cuối|thời hạn|hạn nộp|hạn gửi|hạn hoàn thành|xong|hoàn thành|hoàn tất)[^.;]{0,30}$/iu;
const AFTER_CUE = /^[\s,]{0,3}(?:là\s{1,3})?(?:phải|cần)?\s{0,3}(?:hoàn thành|xong)/iu;
const CUTOFF = /tính\s{1,3}(?:đến|tới|từ)\s{0,3}(?:hết\s{0,3})?(?:ngày\s{0,3})?$/iu;
const RANGE_START = /(?:^|\s)từ\s{0,3}(?:ngày\s{0,3})?$/iu;
const RANGE_END = /(?:^|\s)(?:đến|tới)\s{0,3}(?:hết\s{0,3})?(?:ngày\s{0,3})?$/iu;
const TERM_BEFORE = /(?:hết|kết thúc|mãn)\s{1,3}nhiệm\s{1,3}kỳ[^,;.]{0,25}$/iu;
const TERM_AFTER = /^[^,;.]{0,15}(?:hết|kết thúc|mãn)\s{1,3}nhiệm\s{1,3}kỳ/iu;
const REVIEW = /(?:kết quả|tình hình|số liệu|đánh giá|sơ kết|tổng kết)[^.;]{0,40}$/iu;
const ACTION =
  /(?:tổ chức|tiến hành|duyệt|xây dựng|gửi|nộp|lập|báo cáo|triển khai|chuẩn bị|thực hiện|bầu|họp|trình|hoàn thiện|ban hành|thành lập|kiểm tra|tổng hợp)/iu;

export type DateRole = { role: 'reference' } | { role: 'deadline' } | { role: 'skip'; reason: SkipReason };

/** Where the clause holding position `at` starts: after the last full stop, semicolon or date before it. */
function clauseStart(line: string, at: number, floor: number): number {
  const from = Math.max(floor, at - 120);
  let start = from;
  for (let i = at - 1; i >= from; i--) {
    const ch = line[i]!;
    if (ch === ';' || (ch === '.' && !/\d/.test(line[i - 1] ?? '')) || ch === '\n') {
      start = i + 1;
      break;
    }
  }
  return start;
}

export function roleOf(
  line: string,
  phrase: DatePhrase,
  previousEnd: number,
  isHeaderLine: boolean,
): DateRole {
  const near = line.slice(Math.max(previousEnd, phrase.start - 90), phrase.start);
  if (CITATION_TAIL.test(near) || SYMBOL_TAIL.test(near)) return { role: 'reference' };
  // "Phong Thổ, ngày 10 tháng 01 năm 2025" dates the plan itself.
  if (isHeaderLine && /^[\p{Lu}][\p{L} .'-]{1,40},\s{0,3}(?:ngày\s{0,3})?$/u.test(near.trim()))
    return { role: 'reference' };
  if (phrase.problem) return { role: 'skip', reason: phrase.problem };
  const clause = line.slice(clauseStart(line, phrase.start, previousEnd), phrase.start);
  const after = line.slice(phrase.end, phrase.end + 40);
  const tail = clause.slice(-60);
  if (CUTOFF.test(tail)) return { role: 'skip', reason: 'cutoff' };
  if (RANGE_START.test(tail)) return { role: 'skip', reason: 'start' };
  if (TERM_BEFORE.test(tail) || TERM_AFTER.test(after)) return { role: 'skip', reason: 'term' };
  if (STRONG_CUE.test(tail) || AFTER_CUE.test(after)) return { role: 'deadline' };
  const acting = ACTION.test(line.slice(clauseStart(line, phrase.start, 0), phrase.start));
  if (REVIEW.test(tail)) return { role: 'skip', reason: 'period' };
  if (acting && RANGE_END.test(tail)) return { role: 'deadline' };
  if (acting && phrase.kind !== 'day') return { role: 'deadline' };
  return { role: 'skip', reason: phrase.kind === 'day' ? 'noAction' : 'period' };
}

/** The parenthesis around [start, end) within `reach` characters before and 200 after, if any. */
export function parenthesisAround(
  line: string,
  start: number,
  end: number,
  reach: number,
): { open: number; close: number } | null {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - reach); i--) {
    const ch = line[i];
    if (ch === ')') return null;
    if (ch === '(') {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  for (let i = end; i < Math.min(line.length, end + 200); i++) {
    const ch = line[i];
    if (ch === '(') return null;
    if (ch === ')') return { open, close: i };
  }
  return null;
}

/** The text shown for a date: its sentence, or the parenthesis it sits in. Bounded windows. */
export function sentenceAround(line: string, start: number, end: number, reach = 300): string {
  const from = Math.max(0, start - reach);
  const to = Math.min(line.length, end + 200);
  const inside = parenthesisAround(line, start, end, reach);
  if (inside) return line.slice(inside.open + 1, inside.close);
  const isStop = (ch: string | undefined) => ch === '.' || ch === '!' || ch === '?';
  const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\u00a0';
  let left = from;
  for (let i = start - 1; i > from; i--) {
    if (isStop(line[i]) && isSpace(line[i + 1]) && /\p{Lu}/u.test(line[i + 2] ?? '')) {
      left = i + 2;
      break;
    }
  }
  let right = to;
  for (let i = end; i < to; i++) {
    if (isStop(line[i]) && (i + 1 >= line.length || isSpace(line[i + 1]))) {
      right = i + 1;
      break;
    }
  }
  return line.slice(left, right);
}

export function clean(text: string): string {
  return text
    .replace(/^[\s\-+*•·]+/u, '')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The citation of the document dated at `start`: from its kind ("Kế hoạch số …") or its symbol to its
 * issuer ("của Huyện ủy"), stopping before "về …", a comma or a semicolon.
 */
export function citationAround(line: string, start: number, end: number): string {
  const from = Math.max(0, start - 90);
  const head = line.slice(from, start);
  const symbol = SYMBOL_TAIL.exec(head) ?? CITATION_TAIL.exec(head);
  const rest = line.slice(end, end + 200);
  const stop = rest.search(/[;,()"“”]|\s+về\s|\s+như sau|\.(?:\s|$)/u);
  const close = end + (stop < 0 ? rest.length : stop);
  if (!symbol) return line.slice(Math.max(0, start - 60), close);
  const kind = new RegExp(`${DOCUMENT}\\s{1,3}(?:số\\s{0,3}:?\\s{0,3})?$`, 'iu').exec(
    head.slice(Math.max(0, symbol.index - 30), symbol.index),
  );
  const kindStart = kind ? symbol.index - Math.min(30, symbol.index) + kind.index : symbol.index;
  return line.slice(from + kindStart, close);
}

const DOCUMENT_PARTS = new RegExp(
  `^(${DOCUMENT})\\s{1,3}(?:số\\s{0,3}:?\\s{0,3})?([\\p{L}\\p{N}/.\\-]{1,40}?)\\s{0,3},?\\s{0,3}(?:ngày\\b.*?)?(?:\\s(?:của|do)\\s{1,3}(.{2,80}))?$`,
  'iu',
);

export function documentOf(text: string, date: IsoDate | null): CitedDocument | null {
  const match = DOCUMENT_PARTS.exec(text);
  if (!match || !/\d/.test(match[2]!)) return null;
  const kind = match[1]!.charAt(0).toUpperCase() + match[1]!.slice(1).toLowerCase();
  return { kind, number: match[2]!, date, issuer: match[3]?.trim() ?? null, text };
}

const DATE_CUE_TAIL =
  /(?:,?\s{0,3}(?:hoàn thành|xong|phải|cần)?\s{0,3}(?:trước|chậm nhất(?:\s{1,3}là)?|muộn nhất|trong|vào|xong trước|hạn(?:\s{1,3}(?:chót|cuối))?\s{0,3}:?|đến)?\s{0,3}(?:ngày)?\s{0,3})$/iu;

/** `part` without the date phrase and the words that lead to it ("trước ngày", "chậm nhất là"). */
export function withoutDatePhrase(part: string, phrase: string): string {
  const at = part.indexOf(phrase);
  if (at < 0) return part;
  const cut = Math.max(0, at - 60);
  const before = part.slice(0, cut) + part.slice(cut, at).replace(DATE_CUE_TAIL, '');
  return `${before} ${part.slice(at + phrase.length)}`;
}
