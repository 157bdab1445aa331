/** The content of each report message, built from the recipient's scope only, with its PDF. */
import {
  ALL_SCOPE,
  buildReport,
  emailKey,
  formatDateVi,
  mailText,
  type PlannedSend,
  type ReminderDigest,
  renderReportHtml,
  renderReportText,
  reportText,
  utf8Length,
} from '../../core';
import type { ValidationRun } from '../commands/validate';
import { services } from '../services';
import type { MailContent } from './deliver';

/**
 * MailApp refuses a message whose body is over 200 KB on consumer accounts (Google's quotas page).
 * Counted here as Google may count it, in bytes of the text and the HTML parts together, with room to
 * spare: above this the HTML is left out and the PDF carries the report.
 */
const MAX_BODY_BYTES = 190_000;

export function reportContentBuilder(run: ValidationRun): (send: PlannedSend) => MailContent {
  const pdfs = new Map<string, GoogleAppsScript.Base.Blob>();
  return (send) => {
    const recipient = run.workbook.recipients.find(
      (r) => r.email && emailKey(r.email) === emailKey(send.email),
    );
    const scope = send.scope === ALL_SCOPE ? undefined : send.scope;
    const model = buildReport(
      { workbook: run.workbook, findings: run.findings, today: run.today, ...(scope ? { scope } : {}) },
      recipient,
    );
    const html = renderReportHtml(model);
    // Whole-plan copies are identical (same Nơi nhận): one PDF serves them all.
    const cacheKey = scope ? `scope:${emailKey(send.email)}` : 'all';
    let pdf = pdfs.get(cacheKey);
    if (!pdf) {
      pdf = services
        .utilities()
        .newBlob(html, 'text/html', 'bao-cao.html')
        .getAs('application/pdf')
        .setName(reportText.attachmentName(run.today));
      pdfs.set(cacheKey, pdf);
    }
    const text = renderReportText(model);
    const body = utf8Length(text) <= MAX_BODY_BYTES ? text : mailText.reportInAttachment;
    return {
      subject: reportText.subjectLine(formatDateVi(run.today), model.scope?.name ?? null),
      body,
      ...(utf8Length(body) + utf8Length(html) <= MAX_BODY_BYTES ? { htmlBody: html } : {}),
      attachments: [pdf],
      fallbackBody: mailText.reportInAttachment,
    };
  };
}

export function reminderContent(digest: ReminderDigest): MailContent {
  return { subject: digest.subject, body: digest.body };
}
