/**
 * Sends planned messages one by one under the ledger: a pending row before each send, the outcome
 * after it. Stops before the daily quota or the time budget runs out and leaves the rest "Chờ lượt
 * sau" for the next run; a failure for one address does not stop the others.
 */
import {
  formatDateVi,
  type LedgerEntry,
  mailText,
  type PlannedSend,
  SEND_STATUS,
  zonedParts,
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

const TRANSIENT = /too many times in a short time|timed out|server error|Service error|try again/i;
const QUOTA = /Limit exceeded: Email|for one day|too much computer time/i;

/** Retries errors known to be transient, with bounded exponential back-off (0,5 s, 1 s, 2 s). */
export function withRetry<T>(action: () => T, attempts = 4): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return action();
    } catch (error) {
      if (attempt >= attempts || !TRANSIENT.test(String((error as Error)?.message ?? error))) throw error;
      Utilities.sleep(500 * 2 ** (attempt - 1));
    }
  }
}

export function stampNow(now: Date, zone: string): string {
  const { iso, hour, minute } = zonedParts(now, zone);
  return `${formatDateVi(iso)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export interface DeliveryOptions {
  readonly ledger: LedgerSheet;
  readonly zone: string;
  readonly sender: { name?: string; replyTo?: string };
  readonly startedAt: number;
  readonly content: (send: PlannedSend) => MailContent;
}

function entry(send: PlannedSend, status: string, time: string, error = ''): LedgerEntry {
  return {
    period: send.period,
    kind: send.kind,
    email: send.email,
    name: send.name,
    scope: send.scope,
    status,
    time,
    error,
  };
}

export function deliver(sends: readonly PlannedSend[], options: DeliveryOptions): DeliveryResult {
  const { ledger, zone } = options;
  const failed: { send: PlannedSend; error: string }[] = [];
  let sent = 0;
  for (let index = 0; index < sends.length; index++) {
    const send = sends[index]!;
    const rest = sends.slice(index);
    if (Date.now() - options.startedAt > TIME_BUDGET_MS) {
      ledger.append(
        rest.map((s) => entry(s, SEND_STATUS.deferred, stampNow(new Date(), zone), mailText.timeDeferred)),
      );
      return { sent, failed, deferred: rest.length };
    }
    if (MailApp.getRemainingDailyQuota() < 1) {
      ledger.append(
        rest.map((s) => entry(s, SEND_STATUS.deferred, stampNow(new Date(), zone), mailText.quotaDeferred)),
      );
      return { sent, failed, deferred: rest.length };
    }
    const content = options.content(send);
    ledger.append([entry(send, SEND_STATUS.pending, stampNow(new Date(), zone))]);
    try {
      withRetry(() =>
        MailApp.sendEmail({
          to: send.email,
          subject: content.subject,
          body: content.body,
          ...(content.htmlBody ? { htmlBody: content.htmlBody } : {}),
          ...(content.attachments ? { attachments: content.attachments } : {}),
          ...(options.sender.name ? { name: options.sender.name } : {}),
          ...(options.sender.replyTo ? { replyTo: options.sender.replyTo } : {}),
        }),
      );
      ledger.append([entry(send, SEND_STATUS.sent, stampNow(new Date(), zone))]);
      sent++;
    } catch (error) {
      const message = String((error as Error)?.message ?? error);
      if (QUOTA.test(message)) {
        // The quota ran out during this send: it and the rest wait for the next run.
        ledger.append(
          rest.map((s) => entry(s, SEND_STATUS.deferred, stampNow(new Date(), zone), mailText.quotaDeferred)),
        );
        return { sent, failed, deferred: rest.length };
      }
      ledger.append([entry(send, SEND_STATUS.failed, stampNow(new Date(), zone), message)]);
      failed.push({ send, error: message });
    }
  }
  return { sent, failed, deferred: 0 };
}
