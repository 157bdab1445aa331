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
  type PlannedSend,
  runDeliveries,
} from '../../core';
import type { LedgerSheet } from './ledger-sheet';

export interface MailContent {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly attachments?: GoogleAppsScript.Base.BlobSource[];
}

export interface DeliveryResult {
  readonly sent: number;
  readonly failed: readonly { send: PlannedSend; error: string }[];
  readonly deferred: number;
}

/** Well within Apps Script's 6 minutes, leaving time to write the ledger and answer the user. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;

/** Retries errors known to be transient, with bounded exponential back-off (0,5 s, 1 s, 2 s). */
export function withRetry<T>(action: () => T, attempts = 4): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return action();
    } catch (error) {
      if (attempt >= attempts || classifySendError(errorText(error)) !== 'transient') throw error;
      Utilities.sleep(500 * 2 ** (attempt - 1));
    }
  }
}

export function stampNow(now: Date, zone: string): string {
  return ledgerStamp(now, zone);
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
  MailApp.sendEmail({
    to: headerText(to),
    subject: headerText(content.subject),
    body: content.body,
    ...(content.htmlBody ? { htmlBody: content.htmlBody } : {}),
    ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(sender.name ? { name: headerText(sender.name) } : {}),
    ...(sender.replyTo ? { replyTo: headerText(sender.replyTo) } : {}),
  });
}

export function deliver(sends: readonly PlannedSend[], options: DeliveryOptions): DeliveryResult {
  const { ledger, zone } = options;
  if (sends.length === 0) return { sent: 0, failed: [], deferred: 0 };
  const block = ledger.block(sends.length);
  const report = runDeliveries(sends, {
    quota: MailApp.getRemainingDailyQuota(),
    overBudget: () => Date.now() - options.startedAt > TIME_BUDGET_MS,
    stamp: () => ledgerStamp(new Date(), zone),
    send: (send) => {
      const content = options.content(send);
      withRetry(() => sendMail(send.email, content, options.sender));
    },
    write: (index, rows) => block.write(index, rows),
  });
  return { sent: report.sent.length, failed: report.failed, deferred: report.deferred.length };
}
