/**
 * The messages of a report, one per deliverable recipient, built one at a time so memory stays flat
 * however many recipients there are: `report` writes each as .eml and `send` hands each to SMTP,
 * then both let it go. Whole-plan recipients all get the signed report, rendered (HTML, text, PDF)
 * once; each scoped recipient gets a copy built from their scope only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ALL_SCOPE,
  type Finding,
  foldToAscii,
  formatDateVi,
  type IsoDate,
  isDeliverable,
  type PlanWorkbook,
  type Recipient,
  type ReportModel,
  renderReportHtml,
  renderReportText,
  reportBuilder,
  reportText,
  unitsByCode,
} from '../../core';
import { printHtmlToPdf } from '../pdf';
import type { OutgoingMessage } from './message';

export interface RecipientMessage {
  readonly recipient: Recipient;
  readonly message: OutgoingMessage;
  /** A safe file name for the .eml. */
  readonly fileName: string;
}

export const FALLBACK_SENDER = 'daihoi@localhost';

export function deliverableRecipients(workbook: PlanWorkbook): Recipient[] {
  const units = unitsByCode(workbook.units);
  const seen = new Set<string>();
  return workbook.recipients.filter((recipient) => {
    if (!isDeliverable(recipient, units)) return false;
    const key = recipient.email!.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

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
  /** Set false to skip the PDF (no Chromium): messages then carry no attachment. */
  readonly withPdf: boolean;
  /** Only these recipients (lower-case emails); all when absent. */
  readonly only?: ReadonlySet<string>;
  /** The signed report already rendered by the caller (its PDF too, when printed): not rendered again. */
  readonly signed?: { readonly model: ReportModel; readonly html: string; readonly pdf?: Buffer };
}

/** One rendering of a report: what a message carries besides its addresses. */
interface Rendering {
  readonly model: ReportModel;
  readonly html: string;
  readonly text: string;
  readonly attachment?: OutgoingMessage['attachment'];
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

export function recipientMessages(options: BuildOptions): RecipientMessages {
  const { workbook, today } = options;
  const recipients = deliverableRecipients(workbook).filter(
    (recipient) => !options.only || options.only.has(recipient.email!.toLowerCase()),
  );
  const report = reportBuilder(options);
  const attachmentOf = (pdf: Buffer) => ({ filename: reportText.attachmentName(today), content: pdf });
  const render = (model: ReportModel, html = renderReportHtml(model), pdf?: Buffer): Rendering => {
    const bytes = pdf ?? (options.withPdf ? pdfBytes(html) : undefined);
    return {
      model,
      html,
      text: renderReportText(model),
      ...(bytes ? { attachment: attachmentOf(bytes) } : {}),
    };
  };
  let signed: Rendering | undefined;
  const signedReport = (): Rendering => {
    if (!signed) {
      const given = options.signed;
      signed = given
        ? render(given.model, given.html, options.withPdf ? given.pdf : undefined)
        : render(report());
    }
    return signed;
  };
  const settings = workbook.settings;
  return {
    recipients,
    build(index) {
      const recipient = recipients[index]!;
      const scope = recipient.scope === ALL_SCOPE ? undefined : recipient.scope;
      const { model, html, text, attachment } = scope ? render(report(scope, recipient)) : signedReport();
      const message: OutgoingMessage = {
        from: {
          name: settings.senderName ?? settings.issuingBody,
          address: options.from ?? settings.senderEmail ?? FALLBACK_SENDER,
        },
        ...(settings.senderEmail ? { replyTo: settings.senderEmail } : {}),
        to: { name: recipient.name, address: recipient.email! },
        subject: reportText.subjectLine(formatDateVi(today), model.scope?.name ?? null),
        text,
        html,
        ...(attachment ? { attachment } : {}),
      };
      return { recipient, message, fileName: safeFileName(index, recipient.name) };
    },
  };
}
