/**
 * One official document as data: what the HTML (preview, mail body, the PDF printed from it) and the
 * .docx are both rendered from, so the layout of a Party or Youth Union document is written once.
 *
 * Every string here is plain text as the reader sees it (never HTML or XML): each renderer escapes.
 * The parts a document may lack are optional: a progress notice has no number, no signature and no
 * Nơi nhận; a report whose number is not yet given keeps a blank number for the clerk to fill in.
 */
import type { IsoDate } from '../cells';
import { documentText } from '../messages/document';
import type { Organisation } from '../workbook/contract';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of text with one style. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** `alert` prints red (a late deadline); `muted` dark grey (a note under a figure). */
  readonly tone?: 'alert' | 'muted';
  /** Font size in points; the block's size when absent. */
  readonly size?: number;
}

/** A bare string is a run with no style. */
export type Inline = string | Run;

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly runs: readonly Inline[];
  readonly align?: Align;
  /** Points; the body size (14) when absent. */
  readonly size?: number;
  /** A sub-heading that must not end a page (bold lines such as "Tổng dự toán: ..."). */
  readonly keepWithNext?: boolean;
  /** A warning the reader must not miss: red bold text in a red frame. */
  readonly alert?: boolean;
}

/**
 * A numbered section: the renderers number it by depth ("I.", "II." at the top, "1.", "2." inside),
 * so a section left out renumbers the rest. `title` carries no number.
 */
export interface Section {
  readonly kind: 'section';
  readonly title: string;
  readonly body: readonly Block[];
}

export interface TableCell {
  /** Each line is one paragraph of the cell. */
  readonly lines: readonly (readonly Inline[])[];
  readonly colSpan?: number;
  /** The column's alignment when absent. */
  readonly align?: Align;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** A full-width row that opens a group (e.g. "Đơn vị chủ trì: ..."): bold on a light shade. */
  readonly group?: boolean;
  /** A total row: every cell bold. */
  readonly total?: boolean;
}

export interface TableColumn {
  /** Share of the table's width, in percent; the columns of a table add up to 100. */
  readonly width: number;
  readonly align?: Align;
  /** Keep the column's text on one line (dates, amounts). */
  readonly noWrap?: boolean;
}

/** A bordered table whose header row repeats on every page it spans. */
export interface Table {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  /** Header cells, bold and centred; absent for a table without a header row. */
  readonly header?: readonly string[];
  readonly rows: readonly TableRow[];
  /** Points; 12 when absent. */
  readonly size?: number;
}

/** "Đã tổ chức: 1/2 (50%)" and a bar filled to that share. */
export interface Progress {
  readonly kind: 'progress';
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

export type Block = Paragraph | Section | Table | Progress;

/** The number line: "Số 12-BC/HU" (Party), "Số: 12-BC/HU" (Youth Union). */
export interface DocumentNumber {
  /** Absent while the office has not given one: a blank is left before the symbol. */
  readonly value?: string;
  readonly symbol: string;
}

export interface DocumentHeader {
  /** The issuing body's parent (first line, caps), e.g. ĐẢNG BỘ TỈNH LAI CHÂU. */
  readonly parentBody?: string;
  /** The issuing body (caps, bold), e.g. HUYỆN ỦY TAM ĐƯỜNG. */
  readonly issuingBody: string;
  /** Absent: no number line at all (a notice that is not an official document). */
  readonly number?: DocumentNumber;
  readonly place?: string;
  readonly date: IsoDate;
}

export interface DocumentTitle {
  /** The document type in caps: BÁO CÁO, DỰ TOÁN KINH PHÍ. */
  readonly type: string;
  /** The trích yếu, bold under the type (one paragraph per line). */
  readonly summary: readonly string[];
  /** Plain lines under the summary (a scope, the facts of a congress). */
  readonly notes?: readonly Inline[][];
}

export interface Signature {
  /** T/M BAN THƯỜNG VỤ, TM. BAN THƯỜNG VỤ, K/T BÍ THƯ ... */
  readonly onBehalfOf?: string;
  readonly title?: string;
  readonly name?: string;
}

export interface OfficialDocument {
  readonly organisation: Organisation;
  /** What a browser tab or the file's properties call the document. */
  readonly fileTitle: string;
  readonly header: DocumentHeader;
  readonly title: DocumentTitle;
  readonly body: readonly Block[];
  /** Nơi nhận: each line as printed ("- Lưu VP."); absent: no Nơi nhận block. */
  readonly recipients?: readonly string[];
  /** Absent: no signature block. */
  readonly signature?: Signature;
}

/** Standard sizes in points (Hướng dẫn 36-HD/VPTW; see docs/van-ban.md). */
export const SIZE = {
  heading: 15,
  body: 14,
  documentType: 15,
  table: 12,
  recipients: 12,
  pageNumber: 14,
} as const;

/** Page geometry in millimetres: A4 with the Party margins. */
export const PAGE = {
  width: 210,
  height: 297,
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
} as const;

export const FONT_FAMILY = 'Times New Roman';

export function paragraph(
  runs: Inline | readonly Inline[],
  options: Omit<Paragraph, 'kind' | 'runs'> = {},
): Paragraph {
  return {
    kind: 'paragraph',
    runs: typeof runs === 'string' || !Array.isArray(runs) ? [runs as Inline] : runs,
    ...options,
  };
}

export function section(title: string, body: readonly Block[]): Section {
  return { kind: 'section', title, body };
}

/** A cell of one line. */
export function cell(content: Inline | readonly Inline[], options: Omit<TableCell, 'lines'> = {}): TableCell {
  const runs = typeof content === 'string' || !Array.isArray(content) ? [content as Inline] : content;
  return { lines: [runs], ...options };
}

/** A small italic line under a cell's figure (a date's days left, a turnout): muted, or red when late. */
export function noteLine(text: string, alert = false): TableCell['lines'][number] {
  return [{ text, size: 9, italic: true, tone: alert ? 'alert' : 'muted' }];
}

export function runOf(inline: Inline): Run {
  return typeof inline === 'string' ? { text: inline } : inline;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function romanNumeral(value: number): string {
  let rest = value;
  let text = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      text += letters;
      rest -= amount;
    }
  }
  return text;
}

/** "I." for the first top-level section, "2." for the second inside one (depth counts from 1). */
export function sectionNumber(depth: number, index: number): string {
  return depth === 1 ? `${romanNumeral(index + 1)}.` : `${index + 1}.`;
}

/** The number line as printed; a missing number leaves room for the clerk's pen. */
export function numberLine(organisation: Organisation, number: DocumentNumber): string {
  const prefix = organisation === 'Đoàn' ? documentText.youthNumberPrefix : documentText.partyNumberPrefix;
  const value = number.value
    ? `${number.value}-${number.symbol}`
    : `\u00a0\u00a0\u00a0\u00a0\u00a0-${number.symbol}`;
  return `${prefix} ${value}`;
}

export function nationalHeading(organisation: Organisation): string {
  return organisation === 'Đoàn' ? documentText.youthHeading : documentText.partyHeading;
}

/** The mark under the issuing body: one asterisk for the Party, three for the Youth Union. */
export function issuerMark(organisation: Organisation): string {
  return organisation === 'Đoàn' ? '***' : '*';
}

/** The percentage a progress bar shows, rounded; 0 when there is nothing to count. */
/** The file copy that closes Nơi nhận: "Lưu" in Party documents (as the 2024 plan), "Lưu VP" in the Youth Union's. */
export const fileCopy = (organisation: string) => (organisation === 'Đoàn' ? 'Lưu VP' : 'Lưu');

/** Nơi nhận as the office wrote it, closed by the file copy unless one of its lines is that already. */
export function closedByFileCopy(lines: readonly string[], organisation: string): string[] {
  return lines.some((line) => /^lưu\b/iu.test(line)) ? [...lines] : [...lines, fileCopy(organisation)];
}

/**
 * Nơi nhận's lines as printed, in the plans' own style: "- " before each line, "," after each but the
 * last (the Youth Union's ";"), "." after the last.
 */
export function recipientLines(lines: readonly string[], organisation: Organisation): string[] {
  return lines.map(
    (line, i) => `- ${line}${i === lines.length - 1 ? '.' : organisation === 'Đoàn' ? ';' : ','}`,
  );
}

export function progressPercent(done: number, total: number): number {
  return total === 0 ? 0 : Math.round((done / total) * 100);
}

/**
 * An estimate of a line's printed width in millimetres, from average Times New Roman advances
 * (capitals about 0.66 em, lower case 0.45 em, spaces 0.25 em; bold a little wider). Only used to
 * choose a column split, never to cut text.
 */
export function estimatedWidthMm(text: string, sizePt: number, bold = false): number {
  const em = (sizePt * 25.4) / 72;
  let ems = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') ems += 0.25;
    else if (/[0-9]/.test(ch)) ems += 0.5;
    else if (ch !== ch.toLowerCase()) ems += 0.66;
    else ems += 0.45;
  }
  return ems * em * (bold ? 1.06 : 1);
}

/**
 * The share (percent) of the text width the header's left column takes. Party documents: 45, the
 * issuing body may take two lines. Youth Union documents (QĐ 367) keep the issuing body on one line
 * where it fits: the columns are split by what each side needs, when both fit side by side.
 */
export function headerLeftShare(
  doc: Pick<OfficialDocument, 'organisation' | 'header'>,
  placeLine: string,
): number {
  if (doc.organisation !== 'Đoàn') return 45;
  const textWidth = PAGE.width - PAGE.left - PAGE.right;
  const padding = 4;
  const left =
    Math.max(
      estimatedWidthMm(doc.header.issuingBody.toUpperCase(), SIZE.body, true),
      estimatedWidthMm((doc.header.parentBody ?? '').toUpperCase(), SIZE.body),
    ) + padding;
  const right =
    Math.max(
      estimatedWidthMm(nationalHeading('Đoàn'), SIZE.heading, true),
      estimatedWidthMm(placeLine, SIZE.body),
    ) + padding;
  if (left + right > textWidth) return 50;
  return Math.round((Math.max(left, textWidth - right) / textWidth) * 100);
}
