/**
 * Sends planned messages through MailApp under the `Nhật ký gửi` ledger, with the core's delivery
 * engine deciding what each ledger row says (see src/core/mail/ledger.ts): a block of rows before the
 * first send, then one write per message. Stops before the daily quota or the time budget runs out
 * and leaves the rest `Chờ lượt sau`; a failure for one address does not stop the others.
 */
import {
  classifySendError,
  errorText,
  headerText,
  ledgerStamp,
  mailText,
  type PlannedSend,
  runDeliveries,
} from '../../core';
import { services } from '../services';
import type { LedgerSheet } from './ledger-sheet';

export interface MailContent {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly attachments?: GoogleAppsScript.Base.BlobSource[];
  /** A short text to send with the attachments when even the text body is too big for Google. */
  readonly fallbackBody?: string;
}

export interface DeliveryResult {
  readonly sent: number;
  readonly failed: readonly { send: PlannedSend; error: string }[];
  readonly deferred: number;
}

/** Well within Apps Script's 6 minutes, leaving time to write the ledger and answer the user. */
const TIME_BUDGET_MS = 4.5 * 60 * 1000;

/** Retries errors known to be transient, with bounded exponential back-off (0,5 s, 1 s, 2 s). */
function withRetry<T>(action: () => T, attempts = 4): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return action();
    } catch (error) {
      if (attempt >= attempts || classifySendError(errorText(error)) !== 'transient') throw error;
      services.utilities().sleep(500 * 2 ** (attempt - 1));
    }
  }
}

export interface Sender {
  readonly name?: string;
  readonly replyTo?: string;
}

export interface DeliveryOptions {
  readonly ledger: LedgerSheet;
  readonly zone: string;
  readonly sender: Sender;
  readonly startedAt: number;
  readonly content: (send: PlannedSend) => MailContent;
}

/** One message through MailApp, every header-bound text cleaned of line breaks. */
export function sendMail(to: string, content: MailContent, sender: Sender): void {
  services.mail().sendEmail({
    to: headerText(to),
    subject: headerText(content.subject),
    body: content.body,
    ...(content.htmlBody ? { htmlBody: content.htmlBody } : {}),
    ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(sender.name ? { name: headerText(sender.name) } : {}),
    ...(sender.replyTo ? { replyTo: headerText(sender.replyTo) } : {}),
  });
}

/**
 * Sends `content`, retrying transient faults. When Google refuses the message for its size ("Limit
 * exceeded: Email Body Size." and the like: this message only, not the daily quota) it is sent again
 * in a smaller form: the text body with the attachments and no HTML, then the short fallback text
 * with the attachments; the returned note says so. If the smallest form fails too, the error goes to
 * the caller, which records the message as `Lỗi`.
 */
export function sendWithFallback(to: string, content: MailContent, sender: Sender): string | undefined {
  const { htmlBody, fallbackBody, ...plain } = content;
  const forms: MailContent[] = [content];
  if (htmlBody) forms.push(plain);
  if (fallbackBody && content.attachments?.length) forms.push({ ...plain, body: fallbackBody });
  for (let index = 0; ; index++) {
    try {
      withRetry(() => sendMail(to, forms[index]!, sender));
      if (index === 0) return undefined;
      return forms[index]!.attachments?.length ? mailText.sentSmaller : mailText.sentAsText;
    } catch (error) {
      if (index === forms.length - 1 || classifySendError(errorText(error)) !== 'message') throw error;
    }
  }
}

export function deliver(sends: readonly PlannedSend[], options: DeliveryOptions): DeliveryResult {
  const { ledger, zone } = options;
  if (sends.length === 0) return { sent: 0, failed: [], deferred: 0 };
  const block = ledger.block(sends.length);
  const report = runDeliveries(sends, {
    quota: services.mail().getRemainingDailyQuota(),
    overBudget: () => Date.now() - options.startedAt > TIME_BUDGET_MS,
    stamp: () => ledgerStamp(new Date(), zone),
    send: (send) => sendWithFallback(send.email, options.content(send), options.sender),
    write: (index, rows) => block.write(index, rows),
  });
  return { sent: report.sent.length, failed: report.failed, deferred: report.deferred.length };
}
