/**
 * An official document as plain text: the text part of a message, for mail clients that show no HTML.
 * The same words as the HTML and the .docx, so the three never disagree. A table has no plain-text
 * form a mail client shows well, so each row becomes one line: its first cell (after the number, when
 * the table numbers its rows) and then each other filled cell named by its column.
 */
import { pushAll } from '../arrays';
import { formatDateLongVi } from '../dates';
import { documentText } from '../messages/document';
import { formatNumberVi } from '../numbers';
import {
  type Block,
  type Inline,
  nationalHeading,
  numberLine,
  type OfficialDocument,
  progressPercent,
  runOf,
  sectionNumber,
  type Table,
  type TableCell,
} from './model';

const runsText = (runs: readonly Inline[]) => runs.map((run) => runOf(run).text).join('');

/** The lines of a cell on one line: "282 (13 + 269)", "10/01/2025, còn 82 ngày". */
function cellText(cell: TableCell): string {
  return cell.lines
    .map(runsText)
    .filter((line) => line !== '')
    .reduce(
      (joined, line) => (joined === '' ? line : `${joined}${line.startsWith('(') ? ' ' : ', '}${line}`),
      '',
    );
}

function tableLines(table: Table): string[] {
  const header = table.header ?? [];
  const numbered = header[0] === 'STT';
  return table.rows.map((row) => {
    const texts = row.cells.map(cellText);
    if (row.group) return texts.join(' ');
    const [lead = '', ...rest] = numbered ? texts.slice(1) : texts;
    const labelled = rest
      .map((text, index) => {
        const title = header[index + (numbered ? 2 : 1)];
        return text === '' ? '' : title ? `${title}: ${text}` : text;
      })
      .filter((text) => text !== '');
    const start = numbered && texts[0] ? `${texts[0]}. ` : '- ';
    return `${start}${[lead, ...labelled].filter((text) => text !== '').join('; ')}`;
  });
}

function blockLines(block: Block, depth: number, index: number): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [runsText(block.runs)];
    case 'section':
      return ['', `${sectionNumber(depth, index)} ${block.title}`, ...blocksLines(block.body, depth + 1)];
    case 'table':
      return tableLines(block);
    case 'progress':
      return [
        `- ${block.label}: ${formatNumberVi(block.done)}/${formatNumberVi(block.total)} (${progressPercent(block.done, block.total)}%)`,
      ];
  }
}

function blocksLines(blocks: readonly Block[], depth: number): string[] {
  let sections = 0;
  const lines: string[] = [];
  for (const block of blocks) {
    pushAll(lines, blockLines(block, depth, sections));
    if (block.kind === 'section') sections += 1;
  }
  return lines;
}

export function renderDocumentText(doc: OfficialDocument): string {
  const { header, title } = doc;
  const lines: string[] = [
    ...(header.parentBody ? [header.parentBody.toUpperCase()] : []),
    header.issuingBody.toUpperCase(),
    ...(header.number ? [numberLine(doc.organisation, header.number)] : []),
    nationalHeading(doc.organisation),
    `${header.place ? `${header.place}, ` : ''}${formatDateLongVi(header.date)}`,
    '',
    title.type,
    ...title.summary,
    ...(title.notes ?? []).map(runsText),
    ...blocksLines(doc.body, 1),
  ];
  if (doc.recipients) {
    lines.push('', documentText.recipientsHeading);
    pushAll(lines, doc.recipients);
  }
  const s = doc.signature;
  if (s) {
    lines.push('');
    if (s.onBehalfOf) lines.push(s.onBehalfOf.toUpperCase());
    if (s.title) lines.push(s.title.toUpperCase());
    if (s.name) lines.push(s.name);
  }
  // A line break typed in a cell stays a line break; a number left blank for the pen is spaces.
  return `${lines.join('\n').replace(/\u00a0/g, ' ')}\n`;
}
