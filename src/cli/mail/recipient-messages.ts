/**
 * The messages of a report, one per deliverable recipient, each built from that recipient's scope
 * only (its own model, HTML, text and PDF). `report` writes them as .eml; `send` hands them to SMTP.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ALL_SCOPE,
  buildReport,
  type Finding,
  foldToAscii,
  formatDateVi,
  type IsoDate,
  isDeliverable,
  type PlanWorkbook,
  type Recipient,
  renderReportHtml,
  renderReportText,
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
}

export function buildRecipientMessages(options: BuildOptions): RecipientMessage[] {
  const { workbook, findings, today } = options;
  const work = mkdtempSync(join(tmpdir(), 'daihoi-mail-'));
  try {
    const chosen = deliverableRecipients(workbook).filter(
      (recipient) => !options.only || options.only.has(recipient.email!.toLowerCase()),
    );
    return chosen.map((recipient, index) => {
      const scope = recipient.scope === ALL_SCOPE ? undefined : recipient.scope;
      const model = buildReport({ workbook, findings, today, ...(scope ? { scope } : {}) }, recipient);
      const html = renderReportHtml(model);
      let attachment: OutgoingMessage['attachment'];
      if (options.withPdf) {
        const pdf = join(work, `${index}.pdf`);
        printHtmlToPdf(html, pdf);
        attachment = { filename: reportText.attachmentName(today), content: readFileSync(pdf) };
      }
      const settings = workbook.settings;
      const message: OutgoingMessage = {
        from: {
          name: settings.senderName ?? settings.issuingBody,
          address: options.from ?? settings.senderEmail ?? FALLBACK_SENDER,
        },
        ...(settings.senderEmail ? { replyTo: settings.senderEmail } : {}),
        to: { name: recipient.name, address: recipient.email! },
        subject: reportText.subjectLine(formatDateVi(today), model.scope?.name ?? null),
        text: renderReportText(model),
        html,
        ...(attachment ? { attachment } : {}),
      };
      return { recipient, message, fileName: safeFileName(index, recipient.name) };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
