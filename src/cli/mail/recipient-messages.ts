/**
 * The messages of a report, one per deliverable recipient, built one at a time so memory stays flat
 * however many recipients there are: `report` writes each as .eml and `send` hands each to SMTP,
 * then both let it go. Whole-plan recipients all get the signed report (in the body when it fits,
 * always as PDF and .docx), rendered once; scoped recipients get the progress notice of their units,
 * rendered once per scope (it names no recipient) and let go after the last recipient of that scope.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import {
  ALL_SCOPE,
  DOCX_MIME,
  type Finding,
  foldToAscii,
  type IsoDate,
  MAX_PDF_ATTACHMENT_BYTES,
  type PlanWorkbook,
  type Recipient,
  type ReportMessage,
  type ReportModel,
  renderDocumentDocx,
  reportBuilder,
  reportMessage,
  servedRecipients,
} from '../../core';
import { printHtmlToPdf } from '../pdf';
import type { OutgoingAttachment, OutgoingMessage } from './message';

export interface RecipientMessage {
  readonly recipient: Recipient;
  readonly message: OutgoingMessage;
  /** A safe file name for the .eml. */
  readonly fileName: string;
}

export const FALLBACK_SENDER = 'daihoi@localhost';

export function safeFileName(index: number, name: string): string {
  const ascii = foldToAscii(name)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${String(index + 1).padStart(3, '0')}-${ascii || 'nguoi-nhan'}.eml`;
}

export interface BuildOptions {
  readonly workbook: PlanWorkbook;
  readonly findings: readonly Finding[];
  readonly today: IsoDate;
  readonly from?: string;
  /** Set false to skip the PDF (no Chromium): messages then carry the .docx alone. */
  readonly withPdf: boolean;
  /** Only these recipients (lower-case emails); all when absent. */
  readonly only?: ReadonlySet<string>;
  /** The largest PDF attached (MAX_PDF_ATTACHMENT_BYTES unless a test says otherwise). */
  readonly maxPdfBytes?: number;
  /** The signed report already rendered by the caller (its files too): not rendered again. */
  readonly signed?: {
    readonly model: ReportModel;
    readonly html: string;
    readonly pdf?: Buffer;
    readonly docx?: Uint8Array;
  };
}

/** One rendering of a message: what it carries besides its addresses. */
interface Rendering {
  readonly message: ReportMessage;
  readonly attachments: readonly OutgoingAttachment[];
}

export interface RecipientMessages {
  /** The recipients messages are for, in the order of `Người nhận`. */
  readonly recipients: readonly Recipient[];
  /** The message for `recipients[index]`, built now; nothing of it is kept afterwards. */
  build(index: number): RecipientMessage;
}

/** HTML -> PDF bytes through a temporary file that is removed at once. */
function pdfBytes(html: string): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'daihoi-mail-'));
  try {
    const file = join(work, 'bao-cao.pdf');
    printHtmlToPdf(html, file);
    return readFileSync(file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const PDF_MIME = 'application/pdf';

export function recipientMessages(options: BuildOptions): RecipientMessages {
  const { workbook } = options;
  // Everyone the core lets be served: a scope that cannot be cut safely is left out (blockedRecipients).
  const recipients = servedRecipients(workbook).filter(
    (recipient) => !options.only || options.only.has(recipient.email!.toLowerCase()),
  );
  const report = reportBuilder(options);
  const render = (model: ReportModel, given?: BuildOptions['signed']): Rendering => {
    const made = (pdf: boolean, documentHtml = given?.html) =>
      reportMessage(model, { pdf, ...(documentHtml !== undefined ? { documentHtml } : {}) });
    let message = made(options.withPdf);
    let pdf: Buffer | undefined;
    if (message.attachments.some((file) => file.kind === 'pdf')) {
      pdf = given?.pdf ?? pdfBytes(message.documentHtml);
      // Too large for any mail server: the message is made again with the Word file alone, so its
      // covering note names only what it carries (report.pdf stays in the output folder).
      if (pdf.length > (options.maxPdfBytes ?? MAX_PDF_ATTACHMENT_BYTES)) {
        message = made(false, message.documentHtml);
        pdf = undefined;
      }
    }
    const attachments = message.attachments.map(
      (file): OutgoingAttachment =>
        file.kind === 'pdf' && pdf
          ? { filename: file.fileName, content: pdf, contentType: PDF_MIME }
          : {
              filename: file.fileName,
              content: Buffer.from(given?.docx ?? renderDocumentDocx(message.document, deflateRawSync)),
              contentType: DOCX_MIME,
            },
    );
    return { message, attachments };
  };
  let signed: Rendering | undefined;
  const signedReport = (): Rendering => {
    signed ??= options.signed ? render(options.signed.model, options.signed) : render(report());
    return signed;
  };
  // A notice is rendered once per scope and kept only until the last recipient of that scope has it.
  const scopeOf = (recipient: Recipient) => (recipient.scope === ALL_SCOPE ? null : recipient.scope!);
  const pending = new Map<string, number>();
  for (const recipient of recipients) {
    const scope = scopeOf(recipient);
    if (scope) pending.set(scope, (pending.get(scope) ?? 0) + 1);
  }
  const notices = new Map<string, Rendering>();
  const notice = (scope: string): Rendering => {
    const rendering = notices.get(scope) ?? render(report(scope));
    const left = (pending.get(scope) ?? 1) - 1;
    pending.set(scope, left);
    if (left > 0) notices.set(scope, rendering);
    else notices.delete(scope);
    return rendering;
  };
  const settings = workbook.settings;
  return {
    recipients,
    build(index) {
      const recipient = recipients[index]!;
      const scope = scopeOf(recipient);
      const { message, attachments } = scope ? notice(scope) : signedReport();
      const outgoing: OutgoingMessage = {
        from: {
          name: settings.senderName ?? settings.issuingBody,
          address: options.from ?? settings.senderEmail ?? FALLBACK_SENDER,
        },
        ...(settings.senderEmail ? { replyTo: settings.senderEmail } : {}),
        to: { name: recipient.name, address: recipient.email! },
        subject: message.subject,
        text: message.text,
        ...(message.html !== undefined ? { html: message.html } : {}),
        attachments,
      };
      return { recipient, message: outgoing, fileName: safeFileName(index, recipient.name) };
    },
  };
}
