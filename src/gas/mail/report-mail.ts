/**
 * The content of each report message, built when its turn comes: whole-plan recipients all get the
 * signed report, rendered (HTML, text, PDF, .docx) once; scoped recipients the progress notice of
 * their units, rendered once per scope and let go after the last recipient of that scope. What goes
 * in the body and what in attachments is the core's decision (reportMessage): no HTML body above
 * MAX_MESSAGE_BODY_BYTES, the report then travels in its files.
 */
import {
  ALL_SCOPE,
  DOCX_MIME,
  type PlannedSend,
  type ReminderDigest,
  type ReportModel,
  renderDocumentDocx,
  reportBuilder,
  reportMessage,
} from '../../core';
import type { ValidationRun } from '../commands/validate';
import { gzipDeflate, javaBytes } from '../deflate';
import { services } from '../services';
import type { MailContent } from './deliver';

function reportContent(model: ReportModel): MailContent {
  const message = reportMessage(model, { pdf: true });
  const utilities = services.utilities();
  const attachments = message.attachments.map((file) =>
    file.kind === 'pdf'
      ? utilities
          .newBlob(message.documentHtml, 'text/html', 'bao-cao.html')
          .getAs('application/pdf')
          .setName(file.fileName)
      : utilities.newBlob(
          javaBytes(renderDocumentDocx(message.document, gzipDeflate)),
          DOCX_MIME,
          file.fileName,
        ),
  );
  return {
    subject: message.subject,
    body: message.text,
    ...(message.html !== undefined ? { htmlBody: message.html } : {}),
    ...(attachments.length > 0 ? { attachments, fallbackBody: message.cover } : {}),
  };
}

/**
 * Content for `planned`, the sends it will be asked for, in the order they are sent: a scope's notice
 * is let go after its last planned recipient, so a send left out of `planned` renders its own copy.
 */
export function reportContentBuilder(
  run: ValidationRun,
  planned: readonly PlannedSend[],
): (send: PlannedSend) => MailContent {
  const report = reportBuilder(run);
  let signed: MailContent | undefined;
  const pending = new Map<string, number>();
  for (const send of planned)
    if (send.scope !== ALL_SCOPE) pending.set(send.scope, (pending.get(send.scope) ?? 0) + 1);
  const notices = new Map<string, MailContent>();
  return (send) => {
    if (send.scope === ALL_SCOPE) {
      signed ??= reportContent(report());
      return signed;
    }
    const content = notices.get(send.scope) ?? reportContent(report(send.scope));
    const left = (pending.get(send.scope) ?? 1) - 1;
    pending.set(send.scope, left);
    if (left > 0) notices.set(send.scope, content);
    else notices.delete(send.scope);
    return content;
  };
}

export function reminderContent(digest: ReminderDigest): MailContent {
  return { subject: digest.subject, body: digest.body };
}
