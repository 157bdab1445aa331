/**
 * An official document as one HTML page: the preview in Sheets, the mail body and the PDF Chromium
 * prints. Tables and inline styles only (no script, SVG, image or link) so Gmail, Outlook and a
 * browser show the same; the one <style> holds what only printing uses: A4, the margins and the page
 * number at the top of every page but the first. Every text goes through escapeHtml.
 */
import { formatDateLongVi } from '../dates';
import { escapeHtml } from '../html';
import { documentText } from '../messages/document';
import { formatNumberVi } from '../numbers';
import {
  type Align,
  type Block,
  FONT_FAMILY,
  headerLeftShare,
  type Inline,
  issuerMark,
  nationalHeading,
  numberLine,
  type OfficialDocument,
  PAGE,
  type Progress,
  progressPercent,
  runOf,
  SIZE,
  sectionNumber,
  type Table,
  type TableCell,
  type TableColumn,
} from './model';

const FONT = `font-family:'${FONT_FAMILY}','Liberation Serif','DejaVu Serif',serif;`;
const CELL = 'border:1px solid #444;padding:4px 6px;vertical-align:top;';
const HEAD = `${CELL}background:#eef1f6;font-weight:bold;text-align:center;`;
const COLOURS = { alert: '#b3261e', muted: '#333' } as const;

/**
 * Printing only. The margin box puts the page number at the top centre of every page but the first
 * (Chromium prints CSS page-margin boxes); rows and short headings do not split across pages.
 */
const PRINT_STYLE = `<style>@page{size:A4;margin:${PAGE.top}mm ${PAGE.right}mm ${PAGE.bottom}mm ${PAGE.left}mm;@top-center{content:counter(page);font-family:'${FONT_FAMILY}','Liberation Serif',serif;font-size:${SIZE.pageNumber}pt;vertical-align:bottom;padding-bottom:4mm}}@page:first{@top-center{content:none}}@media print{.trang{padding:0!important;max-width:none!important}tr,.g{break-inside:avoid}p{break-after:avoid}tr:first-child{break-after:avoid}}</style>`;

/** Escaped text whose line breaks stay line breaks. */
function text(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => escapeHtml(line))
    .join('<br>');
}

function runHtml(inline: Inline): string {
  const run = runOf(inline);
  const styles = [
    run.size !== undefined ? `font-size:${run.size}pt;` : '',
    run.underline ? 'text-decoration:underline;' : '',
    run.tone ? `color:${COLOURS[run.tone]};` : '',
  ].join('');
  let html = text(run.text);
  if (styles) html = `<span style="${styles}">${html}</span>`;
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}

const runsHtml = (runs: readonly Inline[]) => runs.map(runHtml).join('');

const alignStyle = (align: Align | undefined) => (align && align !== 'left' ? `text-align:${align};` : '');

function cellHtml(cell: TableCell, column: TableColumn | undefined, style: string, width: string): string {
  const align = alignStyle(cell.align ?? column?.align);
  const wrap = column?.noWrap ? 'white-space:nowrap;' : '';
  const span = cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '';
  const [first = [], ...rest] = cell.lines;
  const body = runsHtml(first) + rest.map((line) => `<div>${runsHtml(line)}</div>`).join('');
  return `<td${span} style="${style}${width}${align}${wrap}">${body}</td>`;
}

function tableHtml(table: Table): string {
  const width = (i: number) => `width:${table.columns[i]?.width ?? 0}%;`;
  const head = table.header
    ? `<thead><tr>${table.header.map((title, i) => `<th style="${HEAD}${width(i)}">${text(title)}</th>`).join('')}</tr></thead>`
    : '';
  const body = table.rows.map((row, r) => {
    // Without a header row, the first row carries the column widths.
    const sized = !table.header && r === 0;
    let column = 0;
    const cells = row.cells.map((cell) => {
      const index = column;
      column += cell.colSpan ?? 1;
      const style = row.group
        ? `${CELL}font-weight:bold;background:#f6f7f9;`
        : row.total
          ? `${CELL}font-weight:bold;`
          : CELL;
      return cellHtml(cell, table.columns[index], style, sized && !cell.colSpan ? width(index) : '');
    });
    const tr = `<tr>${cells.join('')}</tr>`;
    // A group's title row and its first item share a row group that the print style keeps on one
    // page (Chromium honours break-inside on a row group, not break-after on a row).
    return row.group
      ? `</tbody><tbody class="g">${tr}`
      : table.rows[r - 1]?.group
        ? `${tr}</tbody><tbody>`
        : tr;
  });
  return `<table style="border-collapse:collapse;width:100%;font-size:${table.size ?? SIZE.table}pt;margin:6px 0 10px 0;" cellpadding="0" cellspacing="0">${head}<tbody>${body.join('')}</tbody></table>`;
}

function progressHtml(bar: Progress): string {
  const percent = progressPercent(bar.done, bar.total);
  const filled =
    percent === 0
      ? ''
      : `<td style="background:#2e6b3f;width:${percent}%;height:12px;font-size:1px;">&nbsp;</td>`;
  const empty =
    percent === 100 ? '' : `<td style="background:#dde3ea;height:12px;font-size:1px;">&nbsp;</td>`;
  return `<table style="width:100%;border-collapse:collapse;margin:3px 0;" cellpadding="0" cellspacing="0"><tr>
<td style="width:38%;padding-right:8px;white-space:nowrap;">${text(bar.label)}: ${formatNumberVi(bar.done)}/${formatNumberVi(bar.total)} (${percent}%)</td>
<td><table style="width:100%;border-collapse:collapse;border:1px solid #888;" cellpadding="0" cellspacing="0"><tr>${filled}${empty}</tr></table></td>
</tr></table>`;
}

function blockHtml(block: Block, depth: number, sectionIndex: number): string {
  switch (block.kind) {
    case 'paragraph': {
      if (block.alert) {
        return `<table style="width:100%;border-collapse:collapse;margin:10px 0;" cellpadding="0" cellspacing="0"><tr><td style="border:2px solid #b3261e;background:#fce8e6;color:#8c1d18;padding:8px;font-weight:bold;">${runsHtml(block.runs)}</td></tr></table>`;
      }
      const size = block.size !== undefined ? `font-size:${block.size}pt;` : '';
      return `<p style="margin:4px 0;${alignStyle(block.align ?? 'justify')}${size}">${runsHtml(block.runs)}</p>`;
    }
    case 'section': {
      const number = sectionNumber(depth, sectionIndex);
      // A taller line keeps the stacked accents of capitals (Ắ, Ế) inside the line's box: where a page
      // breaks before the heading, Chromium would otherwise print their tips at the foot of the page.
      const style =
        depth === 1
          ? 'font-weight:bold;margin:14px 0 4px 0;line-height:1.8;'
          : 'margin:6px 0 2px 0;font-weight:bold;line-height:1.8;';
      return `<p style="${style}">${text(`${number} ${block.title}`)}</p>\n${blocksHtml(block.body, depth + 1)}`;
    }
    case 'table':
      return tableHtml(block);
    case 'progress':
      return progressHtml(block);
  }
}

function blocksHtml(blocks: readonly Block[], depth: number): string {
  let sections = 0;
  const parts: string[] = [];
  for (const block of blocks) {
    parts.push(blockHtml(block, depth, sections));
    if (block.kind === 'section') sections += 1;
  }
  return parts.join('\n');
}

function headerHtml(doc: OfficialDocument): string {
  const { header, organisation } = doc;
  const place = `${header.place ? `${header.place}, ` : ''}${formatDateLongVi(header.date)}`;
  const left = headerLeftShare(doc, place);
  return `<table style="width:100%;border-collapse:collapse;" cellpadding="0" cellspacing="0"><tr>
<td style="width:${left}%;text-align:center;vertical-align:top;">
${header.parentBody ? `<div>${text(header.parentBody.toUpperCase())}</div>\n` : ''}<div style="font-weight:bold;">${text(header.issuingBody.toUpperCase())}</div>
<div>${issuerMark(organisation)}</div>
${header.number ? `<div>${text(numberLine(organisation, header.number))}</div>\n` : ''}</td>
<td style="width:${100 - left}%;text-align:center;vertical-align:top;">
<table style="border-collapse:collapse;margin:0 auto;" cellpadding="0" cellspacing="0" align="center"><tr><td style="font-weight:bold;font-size:${SIZE.heading}pt;border-bottom:1px solid #000;padding-bottom:2px;white-space:nowrap;">${text(nationalHeading(organisation))}</td></tr></table>
<div style="font-style:italic;margin-top:10px;">${text(place)}</div>
</td></tr></table>`;
}

function titleHtml(doc: OfficialDocument): string {
  const { title } = doc;
  return `<div style="text-align:center;margin-top:18px;">
<div style="font-weight:bold;font-size:${SIZE.documentType}pt;">${text(title.type)}</div>
${title.summary.map((line) => `<div style="font-weight:bold;">${text(line)}</div>`).join('\n')}
${(title.notes ?? []).map((line) => `<div>${runsHtml(line)}</div>`).join('\n')}
<div>${documentText.titleRule}</div>
</div>`;
}

function closingHtml(doc: OfficialDocument): string {
  if (!doc.recipients && !doc.signature) return '';
  const recipients = doc.recipients
    ? `<div style="text-decoration:underline;">${text(documentText.recipientsHeading)}</div>
${doc.recipients.map((line) => `<div style="font-size:${SIZE.recipients}pt;">${text(line)}</div>`).join('\n')}`
    : '';
  const s = doc.signature;
  const signature = s
    ? `${s.onBehalfOf ? `<div style="font-weight:bold;">${text(s.onBehalfOf.toUpperCase())}</div>\n` : ''}${
        s.title ? `<div style="font-weight:bold;">${text(s.title.toUpperCase())}</div>\n` : ''
      }<div style="height:70px;">&nbsp;</div>
<div style="font-weight:bold;">${text(s.name ?? '')}</div>`
    : '';
  return `<table style="width:100%;border-collapse:collapse;margin-top:24px;" cellpadding="0" cellspacing="0"><tr>
<td style="width:50%;vertical-align:top;">${recipients}</td>
<td style="width:50%;text-align:center;vertical-align:top;">${signature}</td>
</tr></table>`;
}

/** The document as a standalone page. */
export function renderDocumentHtml(doc: OfficialDocument): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${text(doc.fileTitle)}</title>
${PRINT_STYLE}</head>
<body style="margin:0;padding:0;background:#ffffff;">
<div class="trang" style="${FONT}font-size:${SIZE.body}pt;line-height:1.4;color:#000;max-width:780px;margin:0 auto;padding:20px 28px;">
${headerHtml(doc)}
${titleHtml(doc)}
${blocksHtml(doc.body, 1)}
${closingHtml(doc)}
</div></body></html>
`;
}
