/**
 * What is due to be sent, as pure planning: which message goes to whom for which period, and which
 * of those the ledger already shows as sent. Each (kind, period, recipient) is sent at most once.
 */
import type { IsoDate } from '../cells';
import { daysBetween, formatDateVi, isoWeekday, isoWeekKey, zonedParts } from '../dates';
import { mailText, SEND_KIND, SEND_STATUS, type SendKind, type SendStatus } from '../messages/mail';
import { ALL_SCOPE } from '../workbook/contract';
import type { PlanWorkbook, Recipient } from '../workbook/model';
import { emailKey, milestoneStanding, unitsByCode } from '../workbook/queries';
import { recipientsByScope } from './scope';

export interface PlannedSend {
  readonly kind: SendKind;
  /** `YYYY-MM-DD` for daily sends, `YYYY-Www` for weekly ones. */
  readonly period: string;
  readonly email: string;
  readonly name: string;
  /** A unit code, or `Tất cả`. */
  readonly scope: string;
  /** For reminders: the responsible unit. */
  readonly unitCode?: string;
}

export interface LedgerEntry {
  readonly period: string;
  readonly kind: string;
  readonly email: string;
  readonly name: string;
  readonly scope: string;
  readonly status: string;
  readonly time: string;
  readonly error: string;
}

export function sendKey(send: { kind: string; period: string; email: string }): string {
  return `${send.kind}\u0000${send.period}\u0000${emailKey(send.email)}`;
}

/** The latest status of each (kind, period, recipient) in an append-only ledger. */
export function latestStatuses(ledger: readonly LedgerEntry[]): Map<string, SendStatus | string> {
  const latest = new Map<string, string>();
  for (const entry of ledger) latest.set(sendKey(entry), entry.status);
  return latest;
}

/** Who may get a message (see scope.ts: a scope that cannot be cut safely is left out). */
export function servedRecipients(workbook: PlanWorkbook): Recipient[] {
  return recipientsByScope(workbook).served;
}

/** A manual send: every deliverable recipient, for today's period. */
export function planSendNow(workbook: PlanWorkbook, today: IsoDate): PlannedSend[] {
  return servedRecipients(workbook).map((recipient) => ({
    kind: SEND_KIND.now,
    period: today,
    email: recipient.email!,
    name: recipient.name,
    scope: recipient.scope ?? ALL_SCOPE,
  }));
}

/** Whether the scheduled hour has come today in the workbook's zone. */
export function scheduleOpen(workbook: PlanWorkbook, now: Date): boolean {
  return zonedParts(now, workbook.settings.timeZone).hour >= workbook.settings.sendHour;
}

/**
 * Scheduled summaries due at `now`: daily recipients every day once the send hour has come, weekly
 * ones from the chosen weekday on, once per ISO week. A weekly summary that could not go on its day
 * (quota, a data error, a tick that did not run) therefore goes at the next tick of the same week.
 */
export function planScheduled(workbook: PlanWorkbook, now: Date): PlannedSend[] {
  if (!scheduleOpen(workbook, now)) return [];
  const today = zonedParts(now, workbook.settings.timeZone).iso;
  const weekly = isoWeekday(today) >= workbook.settings.sendWeekday;
  const sends: PlannedSend[] = [];
  for (const recipient of servedRecipients(workbook)) {
    if (recipient.frequency === 'Hằng ngày') {
      sends.push({
        kind: SEND_KIND.scheduled,
        period: today,
        email: recipient.email!,
        name: recipient.name,
        scope: recipient.scope ?? ALL_SCOPE,
      });
    } else if (recipient.frequency === 'Hằng tuần' && weekly) {
      sends.push({
        kind: SEND_KIND.scheduled,
        period: isoWeekKey(today),
        email: recipient.email!,
        name: recipient.name,
        scope: recipient.scope ?? ALL_SCOPE,
      });
    }
  }
  return sends;
}

export interface ReminderDigest extends PlannedSend {
  readonly subject: string;
  readonly body: string;
}

/** One digest per responsible unit per day: its overdue and due-soon milestones, to the unit's Email. */
export function planReminders(workbook: PlanWorkbook, today: IsoDate): ReminderDigest[] {
  const units = unitsByCode(workbook.units);
  const byUnit = new Map<string, string[]>();
  for (const milestone of workbook.milestones) {
    const standing = milestoneStanding(milestone, today, workbook.settings.remindDays);
    if (!standing || !milestone.owner) continue;
    const due = formatDateVi(milestone.due!);
    const line =
      standing === 'overdue'
        ? mailText.reminderOverdue(milestone.code, milestone.content, due, daysBetween(milestone.due!, today))
        : mailText.reminderDueSoon(
            milestone.code,
            milestone.content,
            due,
            daysBetween(today, milestone.due!),
          );
    const lines = byUnit.get(milestone.owner) ?? [];
    lines.push(line);
    byUnit.set(milestone.owner, lines);
  }
  const digests: ReminderDigest[] = [];
  const rows = new Map<string, number>();
  for (const unit of workbook.units) if (unit.code) rows.set(unit.code, (rows.get(unit.code) ?? 0) + 1);
  for (const [code, lines] of byUnit) {
    const unit = units.get(code);
    if (!unit?.email) continue;
    // A code on two rows (R001): whose tasks these are, and whose address, cannot be told apart.
    if ((rows.get(code) ?? 0) > 1) continue;
    digests.push({
      kind: SEND_KIND.reminder,
      period: today,
      email: unit.email,
      name: unit.name,
      scope: code,
      unitCode: code,
      subject: mailText.reminderSubject(unit.name, formatDateVi(today)),
      body: [mailText.reminderIntro(unit.name), '', ...lines, '', mailText.reminderClosing].join('\n'),
    });
  }
  return digests;
}

export interface RunPlan<T extends PlannedSend> {
  /** Not yet sent: no entry, or only deferred ones (and failed ones unless `retryFailed` is false). */
  readonly toSend: readonly T[];
  readonly alreadySent: readonly T[];
  /** Marked pending by a run that stopped mid-send: outcome unknown, never resent automatically. */
  readonly unconfirmed: readonly T[];
  /** Failed for this period and not retried (scheduled runs: a bad address would fail every hour). */
  readonly failed: readonly T[];
}

export interface SplitOptions {
  /** A person clicking "send" retries failed messages; the hourly tick does not (default true). */
  readonly retryFailed?: boolean;
}

/**
 * Splits planned sends by the ledger: `Đã gửi` is never sent again, `Đang gửi` (a run died while
 * sending it) is shown and not resent; anything else (`Chờ lượt sau`, no row, or a status staff
 * typed over, such as `Gửi lại`) is sent.
 */
export function splitByLedger<T extends PlannedSend>(
  planned: readonly T[],
  ledger: readonly LedgerEntry[],
  options: SplitOptions = {},
): RunPlan<T> {
  const retryFailed = options.retryFailed ?? true;
  const latest = latestStatuses(ledger);
  const toSend: T[] = [];
  const alreadySent: T[] = [];
  const unconfirmed: T[] = [];
  const failed: T[] = [];
  const seen = new Set<string>();
  for (const send of planned) {
    const key = sendKey(send);
    if (seen.has(key)) continue; // the same message planned twice goes once
    seen.add(key);
    const status = latest.get(key);
    if (status === SEND_STATUS.sent) alreadySent.push(send);
    else if (status === SEND_STATUS.pending) unconfirmed.push(send);
    else if (status === SEND_STATUS.failed && !retryFailed) failed.push(send);
    else toSend.push(send);
  }
  return { toSend, alreadySent, unconfirmed, failed };
}

/** C0 controls (CR, LF, NUL, ...), DEL and the Unicode line/paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const HEADER_BREAKERS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * Text for a mail header (subject, sender name, reply-to): no line breaks, NUL or other control
 * characters, so a cell cannot inject a header such as `Bcc:`.
 */
export function headerText(text: string): string {
  return text.replace(HEADER_BREAKERS, ' ').replace(/ {2,}/g, ' ').trim();
}
