/**
 * What a report message carries, decided once for the command line and for Sheets:
 * - a whole-plan recipient gets the signed report: in the body when it fits, and always as PDF and
 *   .docx attachments (the files the office prints and signs);
 * - a scoped recipient gets the progress notice of their units in the body; only a notice too large
 *   for a message body travels as attachments instead;
 * - above a bounded size no HTML body is sent at all: a short covering text, and the attachments.
 * The covering text says who sends what and, when the data still has findings, how many and where
 * to look: that note is for the reader of the message, never printed in the document itself.
 * The adapters make the attachments (Chromium or Google's converter for the PDF, the .docx writer).
 */
import { formatDateVi } from '../dates';
import type { OfficialDocument } from '../document/model';
import { renderDocumentHtml } from '../document/render-html';
import { renderDocumentText } from '../document/render-text';
import { escapeHtml } from '../html';
import { reportText } from '../messages/report';
import { reportMessageText as t } from '../messages/report-message';
import { formatNumberVi } from '../numbers';
import { utf8Length } from '../text';
import { progressDocument, reportTitle } from './document';
import type { ReportModel } from './model';

/**
 * The largest body (text and HTML parts together, UTF-8 bytes) a message carries. MailApp refuses a
 * body over 200 KB on consumer accounts (Google's quotas page); the command line keeps the same bound
 * so a province's report (12 MB of HTML) is never pasted into a message body anywhere.
 */
export const MAX_MESSAGE_BODY_BYTES = 190_000;

/**
 * The largest PDF a message carries. A province's report prints to tens of MB (81 pages of 400
 * congresses are 3 MB) while mail servers refuse 25 MB of message, attachments base64-encoded: past
 * this bound the Word file, a few hundred KB, goes alone.
 */
export const MAX_PDF_ATTACHMENT_BYTES = 15_000_000;

export interface MessageAttachment {
  readonly kind: 'pdf' | 'docx';
  readonly fileName: string;
}

export interface ReportMessage {
  readonly subject: string;
  /** The text part: the covering note, then the document's text when it fits. */
  readonly text: string;
  /** The HTML part: the covering note above the document; absent when too large. */
  readonly html?: string;
  /** The covering note alone: what to send if Google still finds the message too big. */
  readonly cover: string;
  /** The files to attach, made from `document` (the PDF printed from `documentHtml`). */
  readonly attachments: readonly MessageAttachment[];
  readonly document: OfficialDocument;
  readonly documentHtml: string;
}

export interface MessageOptions {
  /** Whether the host can print a PDF (the command line without Chromium cannot). */
  readonly pdf: boolean;
  /** The document's HTML when the caller has rendered it already. */
  readonly documentHtml?: string;
  readonly maxBodyBytes?: number;
}

function qualityNote(model: ReportModel): string | null {
  const { errors, warnings, tabs } = model.quality;
  if (errors === 0 && warnings === 0) return null;
  const top = tabs
    .slice(0, 3)
    .map((tab) => `${tab.sheet} (${formatNumberVi(tab.count)})`)
    .join(', ');
  return t.quality(errors, warnings, top);
}

function fileNames(model: ReportModel, pdf: boolean): MessageAttachment[] {
  const iso = model.today;
  const pdfName = model.scope ? `${reportText.noticeFileBase(iso)}.pdf` : reportText.attachmentName(iso);
  const docxName = model.scope ? `${reportText.noticeFileBase(iso)}.docx` : reportText.docxName(iso);
  return [
    ...(pdf ? [{ kind: 'pdf' as const, fileName: pdfName }] : []),
    { kind: 'docx', fileName: docxName },
  ];
}

const describe = (files: readonly MessageAttachment[]) =>
  files
    .map((file) => (file.kind === 'pdf' ? t.pdfFile(file.fileName) : t.docxFile(file.fileName)))
    .join(', ');

/** The covering note's paragraphs as HTML, above the document in the message body. */
function coverHtml(paragraphs: readonly string[]): string {
  const body = paragraphs.map((line) => `<p style="margin:0 0 6px 0;">${escapeHtml(line)}</p>`).join('');
  return `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#202124;max-width:780px;margin:0 auto;padding:12px 28px;border-bottom:1px solid #dadce0;">${body}</div>`;
}

export function reportMessage(model: ReportModel, options: MessageOptions): ReportMessage {
  const document = progressDocument(model);
  const documentHtml = options.documentHtml ?? renderDocumentHtml(document);
  const documentText = renderDocumentText(document);
  const sender = model.settings.senderName || model.settings.issuingBody;
  const date = formatDateVi(model.today);
  const intro = model.scope
    ? t.noticeIntro(sender, model.scope.name, date)
    : t.reportIntro(sender, reportTitle(model), date);
  const quality = qualityNote(model);
  const files = fileNames(model, options.pdf);

  const parts = (where: string) => [intro, where, ...(quality ? [quality] : [])].join('\n\n');
  const subject = model.scope
    ? reportText.noticeSubject(date, model.scope.name)
    : reportText.subjectLine(date);
  // The short form: the covering note alone, the document in the attachments.
  const cover = parts(t.inAttachments(describe(files)));
  const bodyCover = parts(model.scope ? t.noticeBelow : t.inBody(describe(files)));
  const text = `${bodyCover}\n\n----------\n\n${documentText}`;
  const html = documentHtml.replace(/<body[^>]*>/, (tag) => `${tag}\n${coverHtml(bodyCover.split('\n\n'))}`);
  const limit = options.maxBodyBytes ?? MAX_MESSAGE_BODY_BYTES;
  // A string never has more characters than UTF-8 bytes: a province's report is refused uncounted.
  const fits = text.length + html.length <= limit && utf8Length(text) + utf8Length(html) <= limit;
  if (fits)
    return { subject, text, html, cover, attachments: model.scope ? [] : files, document, documentHtml };
  return { subject, text: `${cover}\n`, cover, attachments: files, document, documentHtml };
}
