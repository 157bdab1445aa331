/** daihoi send FILE.xlsx --smtp URL [--from ADDRESS] [--today D] [--dry-run] */
import {
  ALL_SCOPE,
  blockedNotice,
  isValidEmail,
  type LedgerEntry,
  ledgerStamp,
  mailText,
  type PlannedSend,
  planSendNow,
  recipientsByScope,
  reportText,
  runDeliveriesAsync,
  SEND_STATUS,
  splitByLedger,
} from '../../core';
import { sendCliText as t } from '../../core/messages';
import { UnusableInputError } from '../errors';
import type { Output } from '../io';
import { LedgerFile, ledgerPath, lockLedger } from '../mail/ledger-file';
import { recipientMessages } from '../mail/recipient-messages';
import { SMTP_TIMEOUTS, type SmtpTimeouts, smtpSender } from '../mail/smtp';
import { findChromium } from '../pdf';
import { Redactor, urlCredentials } from '../secrets';
import { type LoadedWorkbook, loadWorkbook } from '../workbook';
import { commandArgs, TODAY_OPTION } from './args';

function smtpUrl(given: string | undefined): string {
  const url = given ?? process.env.DAIHOI_SMTP_URL;
  if (!url) throw new UnusableInputError(t.missingSmtp);
  const source = given !== undefined ? '--smtp' : 'DAIHOI_SMTP_URL';
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new Error('protocol');
  } catch {
    throw new UnusableInputError(t.badSmtp(source, urlCredentials(url).shown));
  }
  // An '@' after the first '/', '?' or '#' means a password with an unencoded '/' or '#': the URL
  // would parse, but with part of the password taken for the host.
  const rest = url.slice(url.indexOf('://') + 3);
  const authorityEnd = rest.search(/[/?#]/);
  if (authorityEnd >= 0 && rest.indexOf('@', authorityEnd) >= 0) {
    throw new UnusableInputError(t.unencodedPassword(source, urlCredentials(url).shown));
  }
  return url;
}

/** --dry-run: who would get what, nothing sent. */
function listDryRun(toSend: readonly PlannedSend[], today: string, withPdf: boolean, output: Output): void {
  const signedFiles = [
    ...(withPdf ? [reportText.attachmentName(today)] : []),
    reportText.docxName(today),
  ].join(', ');
  output.out(`${t.dryRunHeading(toSend.length)}\n`);
  for (const send of toSend) {
    output.out(
      `${t.wouldSend(send.name, send.email, send.scope, send.scope === ALL_SCOPE ? t.signedReport(signedFiles) : t.noticeInBody)}\n`,
    );
  }
}

interface SendRun {
  readonly loaded: LoadedWorkbook;
  readonly url: string;
  readonly from: string | undefined;
  readonly withPdf: boolean;
  readonly now: () => Date;
  readonly timeouts: SmtpTimeouts;
}

type Deliveries = Awaited<ReturnType<typeof runDeliveriesAsync>>;

/**
 * Sends what is due holding the ledger's lock, each message built when its turn comes and let go once
 * sent (memory stays flat in recipients); returns the ledger rows this run wrote and the outcome.
 */
async function deliverDue(
  run: SendRun,
  ledger: LedgerFile,
): Promise<{ rows: LedgerEntry[]; report: Deliveries }> {
  const { loaded } = run;
  const due = splitByLedger(planSendNow(loaded.workbook, loaded.today), ledger.all()).toSend;
  const only = new Set(due.map((send) => send.email.toLowerCase()));
  const messages = recipientMessages({
    ...loaded,
    withPdf: run.withPdf,
    only,
    ...(run.from ? { from: run.from } : {}),
  });
  const indexByEmail = new Map(messages.recipients.map((r, index) => [r.email!.toLowerCase(), index]));
  const zone = loaded.workbook.settings.timeZone;
  const transport = smtpSender(run.url, new Redactor([run.url]), run.timeouts);
  const first = ledger.all().length;
  const block = ledger.block(due.length);
  try {
    const report = await runDeliveriesAsync(due, {
      quota: Number.POSITIVE_INFINITY,
      overBudget: () => false,
      stamp: () => ledgerStamp(run.now(), zone),
      send: async (send) => {
        const index = indexByEmail.get(send.email.toLowerCase());
        if (index === undefined) throw new Error(t.noMessage);
        await transport.send(messages.build(index).message);
      },
      write: block,
    });
    return { rows: ledger.all().slice(first), report };
  } finally {
    transport.close();
  }
}

/** One line per message of this run, then the counts; rows a silent server stopped are said once. */
function printOutcome(
  rows: readonly LedgerEntry[],
  report: Deliveries,
  alreadySent: number,
  url: string,
  output: Output,
): void {
  let serverDown = 0;
  for (const row of rows) {
    if (row.status === SEND_STATUS.sent) output.out(`${t.sent(row.name, row.email)}\n`);
    else if (row.status === SEND_STATUS.failed) output.out(`${t.failed(row.name, row.email, row.error)}\n`);
    else if (row.status === SEND_STATUS.pending)
      output.out(`${t.unconfirmedNow(row.name, row.email, row.error)}\n`);
    else if (row.error === mailText.serviceDownDeferred) serverDown++;
    else output.out(`${t.deferred(row.name, row.email, row.error)}\n`);
  }
  if (serverDown > 0) output.out(`${t.serverDown(urlCredentials(url).shown, serverDown)}\n`);
  if (report.unconfirmed.length > 0) output.out(`${t.summaryUnconfirmed(report.unconfirmed.length)}\n`);
  const { sent, failed, deferred } = report;
  output.out(
    `${
      deferred.length > 0
        ? t.summaryDeferred(sent.length, alreadySent, failed.length, deferred.length)
        : t.summary(sent.length, alreadySent, failed.length)
    }\n`,
  );
}

export async function sendCommand(
  argv: string[],
  output: Output,
  now: () => Date = () => new Date(),
  timeouts: SmtpTimeouts = SMTP_TIMEOUTS,
): Promise<number> {
  const { values, file } = commandArgs('send', argv, {
    smtp: { type: 'string' },
    from: { type: 'string' },
    'dry-run': { type: 'boolean' },
    ...TODAY_OPTION,
  });
  const dryRun = values['dry-run'] ?? false;
  const url = dryRun ? (values.smtp ?? process.env.DAIHOI_SMTP_URL ?? '') : smtpUrl(values.smtp);
  if (values.from && !isValidEmail(values.from)) throw new UnusableInputError(t.badFrom(values.from));
  const loaded = await loadWorkbook(file, values.today);
  const plan = splitByLedger(
    planSendNow(loaded.workbook, loaded.today),
    new LedgerFile(ledgerPath(file)).all(),
  );

  // Scoped recipients whose scope cannot be cut from the unit tree get nothing; say why, first.
  for (const line of blockedNotice(recipientsByScope(loaded.workbook).blocked)) output.out(`${line}\n`);
  for (const send of plan.alreadySent) output.out(`${t.alreadySent(send.name, send.email)}\n`);
  for (const send of plan.unconfirmed) output.out(`${t.unconfirmed(send.name, send.email)}\n`);
  if (plan.toSend.length === 0) {
    output.out(`${t.nothingNew}\n`);
    return 0;
  }
  const withPdf = findChromium() !== null;
  if (dryRun) {
    listDryRun(plan.toSend, loaded.today, withPdf, output);
    return 0;
  }
  const lock = lockLedger(ledgerPath(file));
  if (!('release' in lock)) throw new UnusableInputError(t.busy(`${ledgerPath(file)}.lock`, lock.holder));
  try {
    // Read again under the lock: a send that just finished may have sent some of these.
    const run = { loaded, url, from: values.from, withPdf, now, timeouts };
    const { rows, report } = await deliverDue(run, new LedgerFile(ledgerPath(file)));
    printOutcome(rows, report, plan.alreadySent.length, url, output);
  } finally {
    lock.release();
  }
  return 0;
}
