/**
 * The content of each report message, built when its turn comes and not kept: whole-plan recipients
 * all get the signed report, rendered (HTML, text, PDF) once; each scoped recipient a copy built
 * from their scope only.
 */
import {
  ALL_SCOPE,
  emailKey,
  formatDateVi,
  mailText,
  type PlannedSend,
  type Recipient,
  type ReminderDigest,
  type ReportModel,
  renderReportHtml,
  renderReportText,
  reportBuilder,
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
  const report = reportBuilder(run);
  const recipients = new Map<string, Recipient>();
  for (const recipient of run.workbook.recipients) {
    if (recipient.email && !recipients.has(emailKey(recipient.email)))
      recipients.set(emailKey(recipient.email), recipient);
  }
  const content = (model: ReportModel): MailContent => {
    const html = renderReportHtml(model);
    const pdf = services
      .utilities()
      .newBlob(html, 'text/html', 'bao-cao.html')
      .getAs('application/pdf')
      .setName(reportText.attachmentName(run.today));
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
  let signed: MailContent | undefined;
  return (send) => {
    if (send.scope === ALL_SCOPE) {
      signed ??= content(report());
      return signed;
    }
    return content(report(send.scope, recipients.get(emailKey(send.email))));
  };
}

export function reminderContent(digest: ReminderDigest): MailContent {
  return { subject: digest.subject, body: digest.body };
}
