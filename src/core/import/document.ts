/**
 * The parts of a plan as the Party's and the Youth Union's documents lay them out: the header (issuing
 * body, number, place and date) above the type line "KẾ HOẠCH", the title under it, the body with its
 * numbered headings ("I.", "1.", "1.1.", "2-"), the recipients ("Nơi nhận:"), the signature, and an
 * attached list ("DANH SÁCH"). A sentence broken over two lines (as a PDF copy leaves it) is joined.
 * Every step is one pass over the lines.
 */

export interface Heading {
  readonly level: number;
  /** The heading without its number: "Tổ chức thực hiện", "Ban Tổ chức Huyện ủy". */
  readonly text: string;
}

export interface BodyLine {
  /** Index of the (first) source line. */
  readonly index: number;
  readonly text: string;
  /** Set when this line is itself a numbered heading. */
  readonly heading: Heading | null;
  /** The enclosing headings, outermost first (this line's own heading last when it is one). */
  readonly path: readonly Heading[];
}

export interface PlanDocument {
  /** Lines above the type line "KẾ HOẠCH" (empty when the text starts below it). */
  readonly header: readonly string[];
  readonly title: string;
  readonly body: readonly BodyLine[];
  /** Lines of "Nơi nhận:" and the signature block, in order. */
  readonly closing: readonly string[];
  /** "DANH SÁCH" and everything after it. */
  readonly list: readonly { readonly index: number; readonly text: string }[];
}

/** Lines are joined only up to this length: a longer run of lower-case lines is no broken sentence. */
const MAX_JOINED = 4_000;

const TYPE_LINE = /^\s*KẾ\s+HOẠCH\s*$/u;
const LIST_LINE = /^\s*DANH\s+SÁCH\b/u;
const RECIPIENTS_LINE = /^\s*Nơi\s+nhận\s*:/iu;
const SIGNING_FOR = /^\s*(?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.)\s/u;
const HEADING = /^\s*((?:[IVX]{1,4})[.\-)]|\d{1,2}(?:\.\d{1,2}){0,3}[.\-)]?|[a-zđ]\))\s+(\S.*)$/u;
const TITLE_STOP = /^\s*(?:Căn cứ|Thực hiện|Để|Nhằm|[IVX]{1,4}[.\-)]\s|\d{1,2}[.\-)]|[-+•*]\s)/u;

function headingOf(line: string): Heading | null {
  const match = HEADING.exec(line);
  if (!match) return null;
  const rest = match[2]!.trim();
  // A long numbered paragraph is prose, not a heading; 14 words covers "Tổ chức đảng thực hiện …".
  if (rest.split(/\s+/, 16).length > 14) return null;
  // "2. Số lượng đại biểu: Chi bộ bản Mè 32 đảng viên" is an item, not a heading ("1. Thời gian:" is one).
  const colon = rest.indexOf(':');
  if (
    colon >= 0 &&
    rest
      .slice(colon + 1)
      .trim()
      .split(/\s+/).length >= 2
  )
    return null;
  // A numbered line with a date is an item to do by then, not a heading.
  if (/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:ngày|tháng|quý)\s+[\dIV]/iu.test(rest)) return null;
  const number = match[1]!;
  let level: number;
  if (/^[IVX]/.test(number)) level = 1;
  else if (/^[a-zđ]\)/.test(number)) level = 6;
  else level = 2 + (number.replace(/[.\-)]$/, '').match(/\./g)?.length ?? 0);
  return { level, text: rest.replace(/[.:]+$/, '').trim() };
}

function clean(line: string): string {
  return line.replace(/\*\*/g, '').trimEnd();
}

/** A body line that continues the one before: it starts in lower case after a line with no final mark. */
function continues(previous: string, line: string): boolean {
  return /^\s*\p{Ll}/u.test(line) && !/[.;:!?)"”*]/u.test(previous.slice(-1));
}

export function readDocument(text: string): PlanDocument {
  const lines = text.split(/\r\n|\r|\n/).map(clean);
  // The type line: searched near the top only, so a body quoting "KẾ HOẠCH" is not taken for it.
  let typeLine = -1;
  let nonEmpty = 0;
  for (let i = 0; i < lines.length && nonEmpty < 40; i++) {
    if (lines[i]!.trim() === '') continue;
    nonEmpty++;
    if (TYPE_LINE.test(lines[i]!)) {
      typeLine = i;
      break;
    }
  }
  const header = typeLine > 0 ? lines.slice(0, typeLine).filter((line) => line.trim() !== '') : [];
  let cursor = typeLine + 1;
  const titleLines: string[] = [];
  if (typeLine >= 0) {
    while (cursor < lines.length) {
      const line = lines[cursor]!;
      if (line.trim() === '') {
        if (titleLines.length > 0) break;
      } else if (TITLE_STOP.test(line) || titleLines.length >= 4) {
        break;
      } else {
        titleLines.push(line.trim());
        // A title has no final full stop or colon: a line with one is the body beginning.
        if (/[.:;]$/.test(line)) {
          titleLines.pop();
          break;
        }
      }
      cursor++;
    }
  } else {
    cursor = 0;
  }

  const body: BodyLine[] = [];
  const closing: string[] = [];
  const list: { index: number; text: string }[] = [];
  const stack: Heading[] = [];
  let part: 'body' | 'closing' | 'list' = 'body';
  let previous = '';
  for (let i = cursor; i < lines.length; i++) {
    const line = lines[i]!;
    if (LIST_LINE.test(line)) part = 'list';
    else if (part === 'body' && (RECIPIENTS_LINE.test(line) || SIGNING_FOR.test(line))) part = 'closing';
    if (part === 'list') {
      if (line.trim() !== '') list.push({ index: i, text: line });
      continue;
    }
    if (line.trim() === '') continue;
    if (part === 'closing') {
      closing.push(line.trim());
      continue;
    }
    const last = body[body.length - 1];
    if (last && !last.heading && last.text.length + line.length < MAX_JOINED && continues(previous, line)) {
      body[body.length - 1] = { ...last, text: `${last.text} ${line.trim()}` };
      previous = line;
      continue;
    }
    const heading = headingOf(line);
    if (heading) {
      while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop();
      stack.push(heading);
    }
    body.push({ index: i, text: line, heading, path: [...stack] });
    previous = line;
  }
  return { header, title: titleLines.join(' '), body, closing, list };
}
