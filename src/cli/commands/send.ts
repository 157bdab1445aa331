/** daihoi send FILE.xlsx --smtp URL [--from ADDRESS] [--today D] [--dry-run] */
import { parseArgs } from 'node:util';
import {
  ALL_SCOPE,
  blockedNotice,
  isValidEmail,
  ledgerStamp,
  mailText,
  planSendNow,
  recipientsByScope,
  reportText,
  runDeliveriesAsync,
  SEND_STATUS,
  splitByLedger,
} from '../../core';
import { sendCliText as t } from '../../core/messages/send-cli';
import { UnusableInputError } from '../errors';
import type { Output } from '../io';
import { LedgerFile, ledgerPath, lockLedger } from '../mail/ledger-file';
import { recipientMessages } from '../mail/recipient-messages';
import { SMTP_TIMEOUTS, type SmtpTimeouts, smtpSender } from '../mail/smtp';
import { findChromium } from '../pdf';
import { Redactor, urlCredentials } from '../secrets';
import { loadWorkbook } from '../workbook';
import { requireFile } from './args';

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

export async function sendCommand(
  argv: string[],
  output: Output,
  now: () => Date = () => new Date(),
  timeouts: SmtpTimeouts = SMTP_TIMEOUTS,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      smtp: { type: 'string' },
      from: { type: 'string' },
      today: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const file = requireFile('send', positionals);
  const dryRun = values['dry-run'] ?? false;
  const url = dryRun ? (values.smtp ?? process.env.DAIHOI_SMTP_URL ?? '') : smtpUrl(values.smtp);
  if (values.from && !isValidEmail(values.from)) throw new UnusableInputError(t.badFrom(values.from));
  const loaded = await loadWorkbook(file, values.today);
  const ledger = new LedgerFile(ledgerPath(file));
  const plan = splitByLedger(planSendNow(loaded.workbook, loaded.today), ledger.all());

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
    const signedFiles = [
      ...(withPdf ? [reportText.attachmentName(loaded.today)] : []),
      reportText.docxName(loaded.today),
    ].join(', ');
    output.out(`${t.dryRunHeading(plan.toSend.length)}\n`);
    for (const send of plan.toSend) {
      output.out(
        `${t.wouldSend(send.name, send.email, send.scope, send.scope === ALL_SCOPE ? t.signedReport(signedFiles) : t.noticeInBody)}\n`,
      );
    }
    return 0;
  }

  const lock = lockLedger(ledgerPath(file));
  if (!('release' in lock)) throw new UnusableInputError(t.busy(`${ledgerPath(file)}.lock`, lock.holder));
  try {
    // Read again under the lock: a send that just finished may have sent some of these.
    const lockedLedger = new LedgerFile(ledgerPath(file));
    const due = splitByLedger(planSendNow(loaded.workbook, loaded.today), lockedLedger.all()).toSend;
    const only = new Set(due.map((send) => send.email.toLowerCase()));
    // Each message is built when its turn comes and let go once sent: memory stays flat in recipients.
    const messages = recipientMessages({
      ...loaded,
      withPdf,
      only,
      ...(values.from ? { from: values.from } : {}),
    });
    const indexByEmail = new Map(messages.recipients.map((r, index) => [r.email!.toLowerCase(), index]));
    const zone = loaded.workbook.settings.timeZone;
    const transport = smtpSender(url, new Redactor([url]), timeouts);
    const first = lockedLedger.all().length;
    const block = lockedLedger.block(due.length);
    let report: Awaited<ReturnType<typeof runDeliveriesAsync>>;
    try {
      report = await runDeliveriesAsync(due, {
        quota: Number.POSITIVE_INFINITY,
        overBudget: () => false,
        stamp: () => ledgerStamp(now(), zone),
        send: async (send) => {
          const index = indexByEmail.get(send.email.toLowerCase());
          if (index === undefined) throw new Error(t.noMessage);
          await transport.send(messages.build(index).message);
        },
        write: block,
      });
    } finally {
      transport.close();
    }
    // The rows stopped by a server that is not there say so once, not once each.
    let serverDown = 0;
    for (const row of lockedLedger.all().slice(first)) {
      if (row.status === SEND_STATUS.sent) output.out(`${t.sent(row.name, row.email)}\n`);
      else if (row.status === SEND_STATUS.failed) output.out(`${t.failed(row.name, row.email, row.error)}\n`);
      else if (row.status === SEND_STATUS.pending)
        output.out(`${t.unconfirmedNow(row.name, row.email, row.error)}\n`);
      else if (row.error === mailText.serviceDownDeferred) serverDown++;
      else output.out(`${t.deferred(row.name, row.email, row.error)}\n`);
    }
    if (serverDown > 0) output.out(`${t.serverDown(urlCredentials(url).shown, serverDown)}\n`);
    if (report.unconfirmed.length > 0) output.out(`${t.summaryUnconfirmed(report.unconfirmed.length)}\n`);
    output.out(
      `${
        report.deferred.length > 0
          ? t.summaryDeferred(
              report.sent.length,
              plan.alreadySent.length,
              report.failed.length,
              report.deferred.length,
            )
          : t.summary(report.sent.length, plan.alreadySent.length, report.failed.length)
      }\n`,
    );
  } finally {
    lock.release();
  }
  return 0;
}
