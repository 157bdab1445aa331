/**
 * Running a list of sends under the ledger, as a pure engine: the platform gives it a way to send one
 * message and a way to write ledger rows, and it decides what each row says.
 *
 * Ledger layout: one row per message per run. Before the first send the run writes its whole block in
 * one write: the first message `Đang gửi`, the others `Chờ lượt sau` (queued; those beyond the quota
 * with the quota note). After each send ONE write covers two adjacent rows: the outcome of that
 * message and `Đang gửi` for the next one. So a message is always marked `Đang gửi` before it goes,
 * a run that dies leaves `Chờ lượt sau` on every message it never tried (the next run sends them) and
 * `Đang gửi` on at most one (outcome unknown: shown, not resent). The cost is one write per message
 * plus one; writing the pending marks of a whole chunk at once would save writes but would leave a
 * dead run's untried messages indistinguishable from the one in flight.
 */
import { pushAll } from '../arrays';
import { formatDateVi, zonedParts } from '../dates';
import { mailText, SEND_STATUS } from '../messages/mail';
import type { LedgerEntry, PlannedSend } from './plan';

/** A ledger time stamp for people: `dd/mm/yyyy HH:MM` in the workbook's zone. */
export function ledgerStamp(now: Date, zone: string): string {
  const { iso, hour, minute } = zonedParts(now, zone);
  return `${formatDateVi(iso)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function ledgerEntry(send: PlannedSend, status: string, time: string, error = ''): LedgerEntry {
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

/**
 * quota: the day's mail is spent; transient: the service is briefly unavailable; message: this
 * message is over a per-message limit; permanent: it cannot go for another reason; unknown: it may
 * have gone (the connection was lost after its whole content was handed over), so it is neither
 * counted as sent nor sent again by itself.
 */
export type SendErrorKind = 'quota' | 'transient' | 'message' | 'permanent' | 'unknown';

/** An error a sender throws when it knows what kind of failure it is; the message is for people. */
export function sendError(kind: SendErrorKind, message: string): Error {
  return Object.assign(new Error(message), { sendErrorKind: kind });
}

function kindOf(error: unknown, message: string): SendErrorKind {
  return (error as { sendErrorKind?: SendErrorKind } | null)?.sendErrorKind ?? classifySendError(message);
}

/** The daily quota: "Service invoked too many times for one day: email." and its relatives. */
const QUOTA_ERROR =
  /too many times for one day|Service invoked too many times: email|for one day|too much computer time|Limit exceeded: Email Recipients Per Day/i;
/**
 * A limit of this one message ("Limit exceeded: Email Body Size.", "... Total Attachments Size.",
 * "... Attachments Per Message.", "... Recipients Per Message."): the daily quota is untouched.
 */
const MESSAGE_LIMIT = /Limit exceeded: Email/i;
const TRANSIENT_ERROR =
  /too many times in a short time|timed out|server error|Service error|try again|Address unavailable|ETIMEDOUT|ECONNRESET|ECONNREFUSED|ESOCKET|(^|: )4\d\d[ -]/i;

/**
 * What a send error means: the daily quota is spent (stop, the rest wait for tomorrow), the service
 * is briefly unavailable (retry later), this message is over a per-message limit (too big: log it,
 * go on), or this message cannot go for another reason (bad address: log it, go on).
 */
export function classifySendError(message: string): SendErrorKind {
  if (QUOTA_ERROR.test(message)) return 'quota';
  if (MESSAGE_LIMIT.test(message)) return 'message';
  if (TRANSIENT_ERROR.test(message)) return 'transient';
  return 'permanent';
}

/** The rows a run writes before its first send, for all of `sends`. */
export function openingRows(sends: readonly PlannedSend[], quota: number, time: string): LedgerEntry[] {
  return sends.map((send, index) => {
    if (index >= quota) return ledgerEntry(send, SEND_STATUS.deferred, time, mailText.quotaDeferred);
    if (index === 0) return ledgerEntry(send, SEND_STATUS.pending, time);
    return ledgerEntry(send, SEND_STATUS.deferred, time, mailText.queued);
  });
}

export interface DeliveryEffects<T extends PlannedSend> {
  /** The daily quota left when the run starts (MailApp may report -1 once it is spent). */
  readonly quota: number;
  /** True once the run has used its time budget. */
  readonly overBudget: () => boolean;
  /** The time to write in the ledger. */
  readonly stamp: () => string;
  /** Sends one message; throws when it cannot. A string it returns is noted in the ledger (sent in a smaller form). */
  readonly send: (send: T) => unknown;
  /** Writes `rows` over the ledger rows of `sends[index]`, `sends[index + 1]`, ... in ONE write. */
  readonly write: (index: number, rows: readonly LedgerEntry[]) => void;
}

export interface DeliveryReport<T extends PlannedSend> {
  readonly sent: readonly T[];
  readonly failed: readonly { readonly send: T; readonly error: string }[];
  readonly deferred: readonly T[];
  /** Outcome unknown (left `Đang gửi` with a note): never resent automatically. */
  readonly unconfirmed: readonly T[];
}

/** After this many transient failures in a row the service is taken as down for this run. */
const TRANSIENT_STREAK = 3;

type Stop = { readonly note: string } | null;

/** The engine's state for one run; the send loops below (sync for MailApp, async for SMTP) drive it. */
class DeliveryRun<T extends PlannedSend> {
  readonly sent: T[] = [];
  readonly failed: { send: T; error: string }[] = [];
  readonly deferred: T[] = [];
  readonly unconfirmed: T[] = [];
  private quota: number;
  private transientStreak = 0;

  constructor(
    private readonly sends: readonly T[],
    private readonly effects: Omit<DeliveryEffects<T>, 'send'>,
  ) {
    this.quota = Math.max(0, effects.quota);
  }

  /** Writes the run's block; false when nothing may be sent (no quota, no time). */
  begin(): boolean {
    const { sends, effects } = this;
    if (sends.length === 0) return false;
    if (this.quota > 0 && effects.overBudget()) {
      const time = effects.stamp();
      effects.write(
        0,
        sends.map((send) => ledgerEntry(send, SEND_STATUS.deferred, time, mailText.timeDeferred)),
      );
      pushAll(this.deferred, sends);
      return false;
    }
    effects.write(0, openingRows(sends, this.quota, effects.stamp()));
    if (this.quota === 0) {
      pushAll(this.deferred, sends);
      return false;
    }
    return true;
  }

  /** Records how message `index` went (`error` null: sent) in one write; false when the run stops. */
  settle(index: number, error: unknown, note = ''): boolean {
    const { sends, effects } = this;
    const send = sends[index]!;
    let outcome: LedgerEntry;
    let stop: Stop = null;
    if (error === null) {
      this.quota--;
      this.transientStreak = 0;
      outcome = ledgerEntry(send, SEND_STATUS.sent, effects.stamp(), note);
      this.sent.push(send);
    } else {
      const message = errorText(error);
      const kind = kindOf(error, message);
      if (kind === 'unknown') {
        // It may have arrived: kept as `Đang gửi` (never resent by itself), with what happened.
        this.transientStreak++;
        outcome = ledgerEntry(send, SEND_STATUS.pending, effects.stamp(), mailText.unknownOutcome(message));
        this.unconfirmed.push(send);
        if (this.transientStreak >= TRANSIENT_STREAK) stop = { note: mailText.serviceDownDeferred };
      } else if (kind === 'quota') {
        this.quota = 0;
        outcome = ledgerEntry(send, SEND_STATUS.deferred, effects.stamp(), mailText.quotaDeferred);
        this.deferred.push(send);
      } else if (kind === 'transient') {
        this.transientStreak++;
        outcome = ledgerEntry(
          send,
          SEND_STATUS.deferred,
          effects.stamp(),
          mailText.transientDeferred(message),
        );
        this.deferred.push(send);
        if (this.transientStreak >= TRANSIENT_STREAK) stop = { note: mailText.serviceDownDeferred };
      } else {
        // Too big or undeliverable: this message fails on its own, the others still go.
        this.transientStreak = 0;
        const reason = kind === 'message' ? mailText.messageTooLarge(message) : message;
        outcome = ledgerEntry(send, SEND_STATUS.failed, effects.stamp(), reason);
        this.failed.push({ send, error: reason });
      }
    }
    if (index + 1 >= sends.length) {
      effects.write(index, [outcome]);
      return false;
    }
    if (!stop && this.quota <= 0) stop = { note: mailText.quotaDeferred };
    if (!stop && effects.overBudget()) stop = { note: mailText.timeDeferred };
    if (stop) {
      // Only a stopping run copies what is left: settling each of n messages stays O(1), not O(n).
      const rest = sends.slice(index + 1);
      const time = effects.stamp();
      const note = stop.note;
      effects.write(index, [
        outcome,
        ...rest.map((later) => ledgerEntry(later, SEND_STATUS.deferred, time, note)),
      ]);
      pushAll(this.deferred, rest);
      return false;
    }
    effects.write(index, [outcome, ledgerEntry(sends[index + 1]!, SEND_STATUS.pending, effects.stamp())]);
    return true;
  }

  report(): DeliveryReport<T> {
    return { sent: this.sent, failed: this.failed, deferred: this.deferred, unconfirmed: this.unconfirmed };
  }
}

/** What one send came to: the error it threw (null when it went) and the note it returned, if any. */
type Attempt = readonly [error: unknown, note: string];

const noteOf = (outcome: unknown): string => (typeof outcome === 'string' ? outcome : '');
const failure = (caught: unknown): Attempt => [caught ?? 'unknown error', ''];

function attempt(send: () => unknown): Attempt {
  try {
    return [null, noteOf(send())];
  } catch (caught) {
    return failure(caught);
  }
}

/** Sends `sends` in order under the ledger; see the file comment for what the ledger says when. */
export function runDeliveries<T extends PlannedSend>(
  sends: readonly T[],
  effects: DeliveryEffects<T>,
): DeliveryReport<T> {
  const run = new DeliveryRun(sends, effects);
  if (!run.begin()) return run.report();
  for (let index = 0; index < sends.length; index++) {
    if (!run.settle(index, ...attempt(() => effects.send(sends[index]!)))) break;
  }
  return run.report();
}

/** The same engine for a transport that answers asynchronously (SMTP from the command line). */
export async function runDeliveriesAsync<T extends PlannedSend>(
  sends: readonly T[],
  effects: Omit<DeliveryEffects<T>, 'send'> & { readonly send: (send: T) => Promise<unknown> },
): Promise<DeliveryReport<T>> {
  const run = new DeliveryRun(sends, effects);
  if (!run.begin()) return run.report();
  for (let index = 0; index < sends.length; index++) {
    // A send that throws before returning its promise is a failure like a rejected one.
    const outcome = await Promise.resolve()
      .then(() => effects.send(sends[index]!))
      .then((value): Attempt => [null, noteOf(value)], failure);
    if (!run.settle(index, ...outcome)) break;
  }
  return run.report();
}

export function errorText(error: unknown): string {
  const message =
    error !== null && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return message.replace(/\s+/g, ' ').trim();
}
