/** The content of each report message, built from the recipient's scope only, with its PDF. */
import {
  ALL_SCOPE,
  buildReport,
  emailKey,
  formatDateVi,
  type PlannedSend,
  type ReminderDigest,
  renderReportHtml,
  renderReportText,
  reportText,
} from '../../core';
import type { ValidationRun } from '../commands/validate';
import type { MailContent } from './deliver';

/** MailApp refuses bodies over 200 KB on consumer accounts: above this the PDF carries the report. */
const MAX_HTML_BODY = 190_000;

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
      pdf = Utilities.newBlob(html, 'text/html', 'bao-cao.html')
        .getAs('application/pdf')
        .setName(reportText.attachmentName(run.today));
      pdfs.set(cacheKey, pdf);
    }
    const text = renderReportText(model);
    return {
      subject: reportText.subjectLine(formatDateVi(run.today), model.scope?.name ?? null),
      body: text,
      ...(html.length <= MAX_HTML_BODY ? { htmlBody: html } : {}),
      attachments: [pdf],
    };
  };
}

export function reminderContent(digest: ReminderDigest): MailContent {
  return { subject: digest.subject, body: digest.body };
}
