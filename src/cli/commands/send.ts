/** daihoi send FILE.xlsx --smtp URL [--from ADDRESS] [--today D] [--dry-run] */
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { isValidEmail, planSendNow, reportText, SEND_STATUS, splitByLedger } from '../../core';
import { sendCliText as t } from '../../core/messages/send-cli';
import { UnusableInputError } from '../errors';
import type { Output } from '../io';
import { LedgerFile, ledgerPath } from '../mail/ledger-file';
import { mailOptions } from '../mail/message';
import { buildRecipientMessages } from '../mail/recipient-messages';
import { findChromium } from '../pdf';
import { loadWorkbook } from '../workbook';
import { requireFile } from './args';

/** The password of an SMTP URL never appears in output. */
export function redact(text: string, url: string): string {
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password ? text.split(password).join('***') : text;
  } catch {
    return text;
  }
}

function smtpUrl(given: string | undefined): string {
  const url = given ?? process.env.DAIHOI_SMTP_URL;
  if (!url) throw new UnusableInputError(t.missingSmtp);
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new Error('protocol');
  } catch {
    throw new UnusableInputError(t.badSmtp(redact(url, url)));
  }
  return url;
}

export async function sendCommand(
  argv: string[],
  output: Output,
  now: () => Date = () => new Date(),
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

  for (const send of plan.alreadySent) output.out(`${t.alreadySent(send.name, send.email)}\n`);
  for (const send of plan.unconfirmed) output.out(`${t.unconfirmed(send.name, send.email)}\n`);
  if (plan.toSend.length === 0) {
    output.out(`${t.nothingNew}\n`);
    return 0;
  }
  const withPdf = findChromium() !== null;
  if (dryRun) {
    output.out(`${t.dryRunHeading(plan.toSend.length)}\n`);
    for (const send of plan.toSend) {
      output.out(
        `${t.wouldSend(send.name, send.email, send.scope, withPdf ? reportText.attachmentName(loaded.today) : t.noAttachment)}\n`,
      );
    }
    return 0;
  }

  const only = new Set(plan.toSend.map((send) => send.email.toLowerCase()));
  const messages = buildRecipientMessages({
    ...loaded,
    withPdf,
    only,
    ...(values.from ? { from: values.from } : {}),
  });
  const byEmail = new Map(plan.toSend.map((send) => [send.email.toLowerCase(), send]));
  const transport = nodemailer.createTransport(url);
  let sent = 0;
  let failed = 0;
  try {
    for (const { recipient, message } of messages) {
      const send = byEmail.get(recipient.email!.toLowerCase())!;
      const entry = {
        period: send.period,
        kind: send.kind,
        email: send.email,
        name: send.name,
        scope: send.scope,
      };
      ledger.append({ ...entry, status: SEND_STATUS.pending, time: now().toISOString(), error: '' });
      try {
        await transport.sendMail(mailOptions(message));
        ledger.append({ ...entry, status: SEND_STATUS.sent, time: now().toISOString(), error: '' });
        output.out(`${t.sent(send.name, send.email)}\n`);
        sent++;
      } catch (error) {
        const reason = redact(String((error as Error)?.message ?? error), url);
        ledger.append({ ...entry, status: SEND_STATUS.failed, time: now().toISOString(), error: reason });
        output.out(`${t.failed(send.name, send.email, reason)}\n`);
        failed++;
      }
    }
  } finally {
    transport.close();
  }
  output.out(`${t.summary(sent, plan.alreadySent.length, failed)}\n`);
  return 0;
}
