/** Gửi báo cáo, Gửi thử cho tôi, Lịch gửi tự động and the hourly tick behind the schedule. */
import {
  ALL_SCOPE,
  blockedNotice,
  countFindings,
  formatDateVi,
  headerText,
  ledgerEntry,
  ledgerStamp,
  mailText,
  type PlannedSend,
  planReminders,
  planScheduled,
  planSendNow,
  readWorkbook,
  recipientsByScope,
  reportText,
  SEND_KIND,
  SEND_STATUS,
  type SendKind,
  scheduleOpen,
  splitByLedger,
  zonedParts,
} from '../../core';
import { menuText, scopeText, sendMenuText as t } from '../../core/messages';
import { deliver, type MailContent, type Sender, sendMail, sendWithFallback } from '../mail/deliver';
import { LedgerSheet } from '../mail/ledger-sheet';
import { reminderContent, reportContentBuilder } from '../mail/report-mail';
import { NoticeError } from '../run-safely';
import { describeMissing, missingScopes, requireScopes, SCOPES } from '../scopes';
import { services } from '../services';
import { readSettingsTab } from '../sheets-io';
import {
  currentUser,
  markDaySettled,
  recordRun,
  scheduleOwner,
  scheduleState,
  settledDay,
  turnScheduleOff,
  turnScheduleOn,
} from '../triggers';
import { type ValidationRun, validateActive, zoneNotice } from './validate';

function sender(run: ValidationRun): Sender {
  const { senderName, senderEmail } = run.workbook.settings;
  return {
    ...(senderName ? { name: headerText(senderName) } : {}),
    ...(senderEmail ? { replyTo: senderEmail } : {}),
  };
}

/**
 * Runs `action` holding the document lock. A run that cannot get it within 10 s sends nothing,
 * writes one `Bỏ qua` row saying so in the ledger (dated in the workbook's zone), and returns null.
 */
function withSendLock<T>(kind: SendKind, now: Date, zone: string, action: () => T): T | null {
  const spreadsheet = services.spreadsheet();
  const lock = services.lock();
  if (!lock.tryLock(10_000)) {
    const run = { period: zonedParts(now, zone).iso, kind, email: '', name: '', scope: '' };
    LedgerSheet.open(spreadsheet).append([
      ledgerEntry(run, SEND_STATUS.busy, ledgerStamp(now, zone), mailText.busy),
    ]);
    return null;
  }
  try {
    return action();
  } finally {
    services.sheetsApp().flush();
    lock.releaseLock();
  }
}

export function sendReports(): void {
  requireScopes(t.sendItem, [SCOPES.mail]);
  const ui = services.ui();
  const now = new Date();
  const startedAt = Date.now();
  const preview = validateActive(now);
  const ledger = LedgerSheet.open(services.spreadsheet());
  const plan = splitByLedger(planSendNow(preview.workbook, preview.today), ledger.all());
  // Scoped recipients whose scope cannot be cut from the unit tree (R001, R003) get nothing: say why.
  const blocked = blockedNotice(recipientsByScope(preview.workbook).blocked);
  const unknown = plan.unconfirmed.map((send) => t.unconfirmedLine(send.name, send.email));
  if (plan.toSend.length === 0) {
    ui.alert(
      t.confirmTitle,
      [
        t.nothingToSend,
        ...(unknown.length > 0 ? [t.unconfirmedHeading(unknown.length), ...unknown] : []),
        ...blocked,
      ].join('\n'),
      ui.ButtonSet.OK,
    );
    return;
  }
  const { errors } = countFindings(preview.findings);
  const signedFiles = t.signedReport(
    `${reportText.attachmentName(preview.today)}, ${reportText.docxName(preview.today)}`,
  );
  const lines = plan.toSend.map((send) =>
    t.recipientLine(
      send.name,
      send.email,
      send.scope,
      send.scope === ALL_SCOPE ? signedFiles : t.noticeInBody,
    ),
  );
  const quota = services.mail().getRemainingDailyQuota();
  const question = t.confirm(
    lines,
    plan.toSend.length,
    quota,
    [...(errors > 0 ? [t.banner(errors)] : []), ...blocked].join('\n') || null,
    plan.alreadySent.length,
    unknown,
  );
  if (ui.alert(t.confirmTitle, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
    ui.alert(t.confirmTitle, t.cancelled, ui.ButtonSet.OK);
    return;
  }
  const result = withSendLock(SEND_KIND.now, now, preview.workbook.settings.timeZone, () => {
    // Read again under the lock: another run may have sent some of these meanwhile.
    const run = validateActive(now);
    const lockedLedger = LedgerSheet.open(services.spreadsheet());
    const split = splitByLedger(planSendNow(run.workbook, run.today), lockedLedger.all());
    lockedLedger.noteUnconfirmed(split.unconfirmed);
    return deliver(split.toSend, {
      ledger: lockedLedger,
      zone: run.workbook.settings.timeZone,
      sender: sender(run),
      startedAt,
      content: reportContentBuilder(run, split.toSend),
    });
  });
  if (!result) throw new NoticeError(t.busyNotSent);
  ui.alert(t.confirmTitle, t.result(result.sent, result.failed.length, result.deferred), ui.ButtonSet.OK);
}

export function sendTestToMe(): void {
  requireScopes(t.testItem, [SCOPES.mail, SCOPES.email]);
  const ui = services.ui();
  const me = currentUser();
  if (!me) throw new NoticeError(t.noUserEmail);
  const run = validateActive(new Date());
  // One copy of each distinct message: the signed report once, and the notice of each scope once.
  const distinct = new Map<string, PlannedSend>();
  for (const send of planSendNow(run.workbook, run.today))
    if (!distinct.has(send.scope)) distinct.set(send.scope, send);
  const content = reportContentBuilder(run, [...distinct.values()]);
  const quota = services.mail().getRemainingDailyQuota();
  if (quota < distinct.size) throw new NoticeError(t.testQuota(distinct.size, Math.max(0, quota)));
  for (const send of distinct.values()) {
    const message = content(send);
    sendWithFallback(me, { ...message, subject: `${mailText.testPrefix}${message.subject}` }, sender(run));
  }
  ui.alert(t.testItem, t.testSent(distinct.size, me), ui.ButtonSet.OK);
}

function nextSendText(run: ValidationRun, now: Date): string {
  const { iso, hour } = zonedParts(now, run.workbook.settings.timeZone);
  const sendHour = run.workbook.settings.sendHour;
  return hour < sendHour ? t.nextSendToday(sendHour, formatDateVi(iso)) : t.nextSendTomorrow(sendHour);
}

export function toggleSchedule(): void {
  // The tick sends mail as whoever turns it on; Google advises asking before installing a trigger.
  requireScopes(t.scheduleItem, [SCOPES.triggers, SCOPES.mail, SCOPES.email]);
  const ui = services.ui();
  const now = new Date();
  const run = validateActive(now);
  const state = scheduleState();
  const warnings: string[] = [];
  const notice = zoneNotice(run, now);
  if (notice) warnings.push(notice);
  if (state.owner && state.owner !== state.currentUser) warnings.push(t.warnOther(state.owner));
  if (state.mine > 1) warnings.push(t.warnDuplicate(state.mine - 1));
  if (state.owner === state.currentUser && state.mine === 0) warnings.push(t.warnMissing);
  const settings = run.workbook.settings;
  if (state.mine > 0) {
    const text = t.scheduleOn(
      state.currentUser,
      settings.sendHour,
      t.weekdays[settings.sendWeekday - 1] ?? '',
      state.lastRun || t.never,
      nextSendText(run, now),
      warnings,
    );
    if (state.mine > 1) turnScheduleOn();
    if (ui.alert(sendMenuItemTitle(), text, ui.ButtonSet.YES_NO) === ui.Button.YES) {
      turnScheduleOff();
      ui.alert(sendMenuItemTitle(), t.turnedOff, ui.ButtonSet.OK);
    }
    return;
  }
  if (state.owner && state.owner !== state.currentUser) {
    ui.alert(
      sendMenuItemTitle(),
      `${t.scheduleOwnedByOther(state.owner)}\n\n${t.lastRun(state.lastRun || t.never)}`,
      ui.ButtonSet.OK,
    );
    return;
  }
  if (
    ui.alert(sendMenuItemTitle(), t.scheduleOff(settings.sendHour, warnings), ui.ButtonSet.YES_NO) ===
    ui.Button.YES
  ) {
    turnScheduleOn();
    ui.alert(sendMenuItemTitle(), t.turnedOn, ui.ButtonSet.OK);
  }
}

function sendMenuItemTitle(): string {
  return `${menuText.menuTitle} — ${t.scheduleItem}`;
}

/**
 * The cheap path of the tick: before `Giờ gửi`, once today's scheduled sends are settled, or while
 * the mail scope or the daily quota is missing, it records the run and says there is nothing to do.
 */
function tickHasWork(now: Date, zone: string, sendHour: number): boolean {
  const today = zonedParts(now, zone);
  const missing = missingScopes([SCOPES.mail]);
  if (missing.length > 0) {
    const status = scopeText.tickMissing(describeMissing(missing));
    recordRun(`${ledgerStamp(now, zone)}: ${status}`);
    console.error(status);
    return false;
  }
  if (today.hour < sendHour || settledDay() === today.iso) {
    recordRun(ledgerStamp(now, zone));
    return false;
  }
  // With the daily quota spent nothing can go: the first tick after it renews sends what waits.
  if (services.mail().getRemainingDailyQuota() < 1) {
    recordRun(`${ledgerStamp(now, zone)}: ${t.tickQuotaSpent}`);
    return false;
  }
  recordRun(ledgerStamp(now, zone));
  return true;
}

/** Data with errors and `Gửi khi có lỗi` = Không: only the schedule's owner hears of it, once a day. */
function noticeOwnerOfErrors(
  run: ValidationRun,
  ledger: LedgerSheet,
  owner: string,
  errors: number,
  startedAt: number,
): void {
  const notice: PlannedSend = {
    kind: SEND_KIND.notice,
    period: run.today,
    email: owner,
    name: owner,
    scope: '',
  };
  deliver(splitByLedger([notice], ledger.all()).toSend, {
    ledger,
    zone: run.workbook.settings.timeZone,
    sender: sender(run),
    startedAt,
    content: () => ({
      subject: mailText.errorNoticeSubject(formatDateVi(run.today)),
      body: mailText.errorNoticeBody(errors),
    }),
  });
}

/** Today's scheduled reports and reminder digests; the owner gets one summary of this run's failures. */
function sendDue(
  run: ValidationRun,
  ledger: LedgerSheet,
  owner: string | null,
  now: Date,
  startedAt: number,
): void {
  // The tick does not retry a failed address by itself (it would fail, and be reported, every hour).
  const reports = splitByLedger(planScheduled(run.workbook, now), ledger.all(), { retryFailed: false });
  const digests = scheduleOpen(run.workbook, now) ? planReminders(run.workbook, run.today) : [];
  const reminders = splitByLedger(digests, ledger.all(), { retryFailed: false });
  ledger.noteUnconfirmed([...reports.unconfirmed, ...reminders.unconfirmed]);
  const reportContent = reportContentBuilder(run, reports.toSend);
  const digestByEmail = new Map(digests.map((digest) => [digest.email, digest]));
  const content = (send: PlannedSend): MailContent =>
    send.kind === SEND_KIND.reminder ? reminderContent(digestByEmail.get(send.email)!) : reportContent(send);
  const result = deliver([...reports.toSend, ...reminders.toSend], {
    ledger,
    zone: run.workbook.settings.timeZone,
    sender: sender(run),
    startedAt,
    content,
  });
  // Everything due today has an outcome: later ticks today can stop after reading the settings.
  if (result.deferred === 0) markDaySettled(run.today);
  // One summary per run, and only for failures of this run.
  if (result.failed.length > 0 && owner && services.mail().getRemainingDailyQuota() > 0) {
    sendMail(
      owner,
      {
        subject: mailText.failureSubject(formatDateVi(run.today), result.failed.length),
        body: mailText.failureBody(
          result.failed.map((f) => `- ${f.send.name} <${f.send.email}>: ${f.error}`),
        ),
      },
      sender(run),
    );
  }
}

/**
 * The hourly tick. Most ticks have nothing to do (tickHasWork) and read only the settings tab, the
 * schedule's properties and the quota, keeping within the 90 minutes of trigger time a consumer
 * account has per day. Otherwise it validates; when data has errors and `Gửi khi có lỗi` is Không,
 * only the schedule's owner gets a notice (once a day). A run that cannot get the lock records that
 * and stops.
 */
export function scheduledTick(): void {
  const now = new Date();
  const startedAt = Date.now();
  const spreadsheet = services.spreadsheet();
  const settings = readWorkbook(readSettingsTab(spreadsheet)).workbook.settings;
  if (!tickHasWork(now, settings.timeZone, settings.sendHour)) return;
  withSendLock(SEND_KIND.scheduled, now, settings.timeZone, () => {
    const run = validateActive(now);
    const ledger = LedgerSheet.open(spreadsheet);
    const owner = scheduleOwner();
    const { errors } = countFindings(run.findings);
    // Not settled: a later tick today sends once the data is fixed.
    if (errors > 0 && !run.workbook.settings.sendWithErrors) {
      if (owner) noticeOwnerOfErrors(run, ledger, owner, errors, startedAt);
      return;
    }
    sendDue(run, ledger, owner, now, startedAt);
  });
}
