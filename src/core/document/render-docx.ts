/**
 * An official document as a Word file (.docx, WordprocessingML), written over the document model:
 * about 400 lines against 358 KB of bundle for the `docx` package, which also needs TextEncoder that
 * Apps Script lacks (docs/van-ban.md has the measurements). The zip is ./zip.ts, the same in Apps
 * Script and Node; each host lends its own DEFLATE.
 *
 * Word refuses a file whose elements are out of the schema's order, so every property list below
 * follows ECMA-376's sequence (pPr, rPr, tblPr, tcPr, sectPr). Every text goes through xmlText,
 * which also drops the characters XML 1.0 cannot carry, so no cell can break the file.
 */
import { formatDateLongVi } from '../dates';
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
} from './model';
import { type Deflate, utf8, zipArchive } from './zip';

const OOXML = 'http://schemas.openxmlformats.org';
const W_NS = `${OOXML}/wordprocessingml/2006/main`;
const R_NS = `${OOXML}/officeDocument/2006/relationships`;
const PACKAGE_NS = `${OOXML}/package/2006`;
/** The media types of the parts: Word's own under WML, the package's under PACKAGE_TYPE. */
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const PACKAGE_TYPE = 'application/vnd.openxmlformats-package';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const COLOURS = { alert: 'B3261E', muted: '333333' } as const;

/** Millimetres to twentieths of a point, Word's unit for lengths. */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const TEXT_WIDTH = twips(PAGE.width - PAGE.left - PAGE.right);
const halfPoints = (points: number) => Math.round(points * 2);

/** Characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE/FFFF, lone surrogates). */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to drop.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

interface RunStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly colour?: string;
  readonly size?: number;
}

function runProperties(style: RunStyle): string {
  return `<w:rPr>${style.bold ? '<w:b/><w:bCs/>' : ''}${style.italic ? '<w:i/><w:iCs/>' : ''}${
    style.colour ? `<w:color w:val="${style.colour}"/>` : ''
  }${style.size !== undefined ? `<w:sz w:val="${halfPoints(style.size)}"/><w:szCs w:val="${halfPoints(style.size)}"/>` : ''}${
    style.underline ? '<w:u w:val="single"/>' : ''
  }</w:rPr>`;
}

/** One run per line of the text, joined by line breaks. */
function textRuns(value: string, style: RunStyle): string {
  const properties = runProperties(style);
  return value
    .split(/\r\n|\r|\n/)
    .map(
      (line, i) =>
        `<w:r>${properties}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line.replace(/\t/g, ' '))}</w:t></w:r>`,
    )
    .join('');
}

function inlineRuns(runs: readonly Inline[], base: RunStyle): string {
  return runs
    .map((inline) => {
      const run = runOf(inline);
      return textRuns(run.text, {
        bold: run.bold ?? base.bold,
        italic: run.italic ?? base.italic,
        underline: run.underline ?? base.underline,
        ...(run.tone ? { colour: COLOURS[run.tone] } : base.colour ? { colour: base.colour } : {}),
        ...(run.size !== undefined ? { size: run.size } : base.size !== undefined ? { size: base.size } : {}),
      });
    })
    .join('');
}

interface ParagraphStyle {
  readonly align?: Align;
  readonly keepNext?: boolean;
  /** Points before and after. */
  readonly before?: number;
  readonly after?: number;
  readonly frame?: { readonly colour: string; readonly fill: string };
}

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

function paragraphXml(content: string, style: ParagraphStyle = {}): string {
  const frame = style.frame
    ? `<w:pBdr>${['top', 'left', 'bottom', 'right']
        .map((side) => `<w:${side} w:val="single" w:sz="12" w:space="4" w:color="${style.frame!.colour}"/>`)
        .join('')}</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="${style.frame.fill}"/>`
    : '';
  const spacing = `<w:spacing w:before="${(style.before ?? 0) * 20}" w:after="${(style.after ?? 0) * 20}"/>`;
  const jc = style.align && style.align !== 'left' ? `<w:jc w:val="${JC[style.align]}"/>` : '';
  return `<w:p><w:pPr>${style.keepNext ? '<w:keepNext/>' : ''}${frame}${spacing}${jc}</w:pPr>${content}</w:p>`;
}

const NO_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="nil"/>`)
  .join('')}</w:tblBorders>`;
const GRID_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="444444"/>`)
  .join('')}</w:tblBorders>`;

/** Column widths in twips that add up to the table's width exactly. */
function gridWidths(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0) || 1;
  const widths = shares.map((share) => Math.floor((share / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function tableXml(
  widths: readonly number[],
  rows: readonly string[],
  options: { borders: boolean; margins?: boolean },
): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const margins = options.margins
    ? '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
    : '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>';
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${options.borders ? GRID_BORDERS : NO_BORDERS}<w:tblLayout w:type="fixed"/>${margins}</w:tblPr><w:tblGrid>${widths
    .map((width) => `<w:gridCol w:w="${width}"/>`)
    .join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

function cellXml(
  width: number,
  paragraphs: readonly string[],
  options: { span?: number; fill?: string; noWrap?: boolean } = {},
): string {
  const body = paragraphs.length > 0 ? paragraphs.join('') : '<w:p/>';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${options.span && options.span > 1 ? `<w:gridSpan w:val="${options.span}"/>` : ''}${
    options.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${options.fill}"/>` : ''
  }${options.noWrap ? '<w:noWrap/>' : ''}<w:vAlign w:val="top"/></w:tcPr>${body}</w:tc>`;
}

const rowXml = (cells: string, header = false) =>
  `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;

function dataTableXml(table: Table): string {
  const widths = gridWidths(
    table.columns.map((column) => column.width),
    TEXT_WIDTH,
  );
  const size = table.size ?? SIZE.table;
  const rows: string[] = [];
  if (table.header) {
    rows.push(
      rowXml(
        table.header
          .map((title, i) =>
            cellXml(widths[i]!, [paragraphXml(textRuns(title, { bold: true, size }), { align: 'center' })], {
              fill: 'EEF1F6',
            }),
          )
          .join(''),
        true,
      ),
    );
  }
  for (const row of table.rows) {
    let column = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.colSpan ?? 1;
      const spec = table.columns[column];
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const align = cell.align ?? spec?.align;
      const lines = cell.lines.map((line) =>
        // A group's title row stays on the page of its first item.
        paragraphXml(inlineRuns(line, { size, bold: row.group || row.total }), {
          ...(align ? { align } : {}),
          ...(row.group ? { keepNext: true } : {}),
        }),
      );
      return cellXml(width, lines, {
        span,
        ...(row.group ? { fill: 'F6F7F9' } : {}),
        ...(spec?.noWrap && span === 1 ? { noWrap: true } : {}),
      });
    });
    rows.push(rowXml(cells.join('')));
  }
  return tableXml(widths, rows, { borders: true, margins: true }) + paragraphXml('', { after: 4 });
}

/** The label, then a bar in a nested table whose two shaded cells split at the share. */
function progressXml(bar: Progress): string {
  const percent = progressPercent(bar.done, bar.total);
  const [labelWidth, barWidth] = gridWidths([38, 62], TEXT_WIDTH);
  const label = `${bar.label}: ${formatNumberVi(bar.done)}/${formatNumberVi(bar.total)} (${percent}%)`;
  const parts = [
    ...(percent > 0 ? [{ share: percent, fill: '2E6B3F' }] : []),
    ...(percent < 100 ? [{ share: 100 - percent, fill: 'DDE3EA' }] : []),
  ];
  const barWidths = gridWidths(
    parts.map((part) => part.share),
    barWidth! - 120,
  );
  const tiny =
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>';
  const barRow = `<w:tr><w:trPr><w:trHeight w:val="220" w:hRule="exact"/></w:trPr>${parts
    .map((part, i) => cellXml(barWidths[i]!, [tiny], { fill: part.fill }))
    .join('')}</w:tr>`;
  const barTable = `<w:tbl><w:tblPr><w:tblW w:w="${barWidth! - 120}" w:type="dxa"/><w:tblInd w:w="60" w:type="dxa"/>${GRID_BORDERS.replace(/444444/g, '888888')}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${barWidths
    .map((width) => `<w:gridCol w:w="${width}"/>`)
    .join('')}</w:tblGrid>${barRow}</w:tbl>`;
  const row = rowXml(
    cellXml(labelWidth!, [paragraphXml(textRuns(label, {}))], { noWrap: true }) +
      `<w:tc><w:tcPr><w:tcW w:w="${barWidth}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${barTable}${tiny}</w:tc>`,
  );
  return tableXml([labelWidth!, barWidth!], [row], { borders: false });
}

function blocksXml(blocks: readonly Block[], depth: number): string {
  let sections = 0;
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        parts.push(
          block.alert
            ? paragraphXml(inlineRuns(block.runs, { bold: true, colour: '8C1D18' }), {
                before: 6,
                after: 6,
                frame: { colour: 'B3261E', fill: 'FCE8E6' },
              })
            : paragraphXml(inlineRuns(block.runs, block.size !== undefined ? { size: block.size } : {}), {
                align: block.align ?? 'justify',
                before: 3,
                after: 3,
                ...(block.keepWithNext ? { keepNext: true } : {}),
              }),
        );
        break;
      case 'section': {
        const title = `${sectionNumber(depth, sections)} ${block.title}`;
        sections += 1;
        parts.push(
          paragraphXml(textRuns(title, { bold: true }), {
            keepNext: true,
            before: depth === 1 ? 10 : 5,
            after: 3,
          }),
          blocksXml(block.body, depth + 1),
        );
        break;
      }
      case 'table':
        parts.push(dataTableXml(block));
        break;
      case 'progress':
        parts.push(progressXml(block));
        break;
    }
  }
  return parts.join('');
}

function headerXml(doc: OfficialDocument): string {
  const { header, organisation } = doc;
  const place = `${header.place ? `${header.place}, ` : ''}${formatDateLongVi(header.date)}`;
  const share = headerLeftShare(doc, place);
  const widths = gridWidths([share, 100 - share], TEXT_WIDTH);
  const centred = (runs: string, before = 0) => paragraphXml(runs, { align: 'center', before });
  const left = [
    ...(header.parentBody ? [centred(textRuns(header.parentBody.toUpperCase(), {}))] : []),
    centred(textRuns(header.issuingBody.toUpperCase(), { bold: true })),
    centred(textRuns(issuerMark(organisation), {})),
    ...(header.number ? [centred(textRuns(numberLine(organisation, header.number), {}))] : []),
  ];
  const right = [
    centred(textRuns(nationalHeading(organisation), { bold: true, underline: true, size: SIZE.heading })),
    centred(textRuns(place, { italic: true }), 6),
  ];
  return tableXml(widths, [rowXml(cellXml(widths[0]!, left) + cellXml(widths[1]!, right))], {
    borders: false,
  });
}

function titleXml(doc: OfficialDocument): string {
  const { title } = doc;
  return [
    paragraphXml(textRuns(title.type, { bold: true, size: SIZE.documentType }), {
      align: 'center',
      before: 18,
      keepNext: true,
    }),
    ...title.summary.map((line) =>
      paragraphXml(textRuns(line, { bold: true }), { align: 'center', keepNext: true }),
    ),
    ...(title.notes ?? []).map((line) =>
      paragraphXml(inlineRuns(line, {}), { align: 'center', keepNext: true }),
    ),
    paragraphXml(textRuns(documentText.titleRule, {}), { align: 'center', after: 6 }),
  ].join('');
}

function closingXml(doc: OfficialDocument): string {
  if (!doc.recipients && !doc.signature) return '';
  const widths = gridWidths([50, 50], TEXT_WIDTH);
  const recipients = doc.recipients
    ? [
        paragraphXml(textRuns(documentText.recipientsHeading, { underline: true })),
        ...doc.recipients.map((line) => paragraphXml(textRuns(line, { size: SIZE.recipients }))),
      ]
    : [];
  const s = doc.signature;
  const centred = (runs: string) => paragraphXml(runs, { align: 'center' });
  const signature = s
    ? [
        ...(s.onBehalfOf ? [centred(textRuns(s.onBehalfOf.toUpperCase(), { bold: true }))] : []),
        ...(s.title ? [centred(textRuns(s.title.toUpperCase(), { bold: true }))] : []),
        // Room for the signature and the seal.
        paragraphXml('', { before: 54 }),
        centred(textRuns(s.name ?? '', { bold: true })),
      ]
    : [];
  return (
    paragraphXml('', { before: 6 }) +
    tableXml(widths, [rowXml(cellXml(widths[0]!, recipients) + cellXml(widths[1]!, signature))], {
      borders: false,
    })
  );
}

function documentXml(doc: OfficialDocument): string {
  const section = `<w:sectPr><w:headerReference w:type="default" r:id="rIdPageNumber"/><w:headerReference w:type="first" r:id="rIdFirstPage"/><w:pgSz w:w="${twips(PAGE.width)}" w:h="${twips(PAGE.height)}"/><w:pgMar w:top="${twips(PAGE.top)}" w:right="${twips(PAGE.right)}" w:bottom="${twips(PAGE.bottom)}" w:left="${twips(PAGE.left)}" w:header="${twips(10)}" w:footer="${twips(10)}" w:gutter="0"/><w:titlePg/></w:sectPr>`;
  return `${DECLARATION}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${headerXml(doc)}${titleXml(doc)}${blocksXml(
    doc.body,
    1,
  )}${closingXml(doc)}${paragraphXml('')}${section}</w:body></w:document>`;
}

const STYLES = `${DECLARATION}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT_FAMILY}" w:hAnsi="${FONT_FAMILY}" w:eastAsia="${FONT_FAMILY}" w:cs="${FONT_FAMILY}"/><w:sz w:val="${halfPoints(SIZE.body)}"/><w:szCs w:val="${halfPoints(SIZE.body)}"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

const SETTINGS = `${DECLARATION}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

/** The page number, centred at the top, in the header every page but the first uses (HD 36). */
const PAGE_NUMBER_HEADER = `${DECLARATION}<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${paragraphXml(
  `<w:fldSimple w:instr=" PAGE ">${textRuns('2', { size: SIZE.pageNumber })}</w:fldSimple>`,
  { align: 'center' },
)}</w:hdr>`;
const EMPTY_HEADER = `${DECLARATION}<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p/></w:hdr>`;

const CONTENT_TYPES = `${DECLARATION}<Types xmlns="${PACKAGE_NS}/content-types"><Default Extension="rels" ContentType="${PACKAGE_TYPE}.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${[
  ['word/document.xml', `${WML}.document.main`],
  ['word/styles.xml', `${WML}.styles`],
  ['word/settings.xml', `${WML}.settings`],
  ['word/header1.xml', `${WML}.header`],
  ['word/header2.xml', `${WML}.header`],
  ['docProps/core.xml', `${PACKAGE_TYPE}.core-properties`],
  ['docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties'],
]
  .map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}+xml"/>`)
  .join('')}</Types>`;

const PACKAGE_RELS = `${DECLARATION}<Relationships xmlns="${PACKAGE_NS}/relationships"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${R_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const DOCUMENT_RELS = `${DECLARATION}<Relationships xmlns="${PACKAGE_NS}/relationships"><Relationship Id="rIdStyles" Type="${R_NS}/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="${R_NS}/settings" Target="settings.xml"/><Relationship Id="rIdPageNumber" Type="${R_NS}/header" Target="header1.xml"/><Relationship Id="rIdFirstPage" Type="${R_NS}/header" Target="header2.xml"/></Relationships>`;

const APP = `${DECLARATION}<Properties xmlns="${OOXML}/officeDocument/2006/extended-properties"><Application>daihoi</Application></Properties>`;

function coreXml(doc: OfficialDocument): string {
  return `${DECLARATION}<cp:coreProperties xmlns:cp="${PACKAGE_NS}/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(doc.fileTitle)}</dc:title><dc:language>vi-VN</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${doc.header.date}T00:00:00Z</dcterms:created></cp:coreProperties>`;
}

/** The parts of the package by path, as text (tests read them; the zip is built from them). */
export function docxParts(doc: OfficialDocument): Record<string, string> {
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'docProps/core.xml': coreXml(doc),
    'docProps/app.xml': APP,
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/document.xml': documentXml(doc),
    'word/styles.xml': STYLES,
    'word/settings.xml': SETTINGS,
    'word/header1.xml': PAGE_NUMBER_HEADER,
    'word/header2.xml': EMPTY_HEADER,
  };
}

export const DOCX_MIME = `${WML}.document`;

/**
 * The .docx file's bytes. `deflate` is the host's compression (Node's zlib, Apps Script's gzip);
 * without it the parts are stored. The same document always gives the same bytes.
 */
export function renderDocumentDocx(doc: OfficialDocument, deflate?: Deflate): Uint8Array {
  const [year, month, day] = doc.header.date.split('-').map(Number) as [number, number, number];
  const entries = Object.entries(docxParts(doc)).map(([path, xml]) => ({ path, data: utf8(xml) }));
  return zipArchive(entries, new Date(Date.UTC(year, month - 1, day, 12)), deflate);
}
