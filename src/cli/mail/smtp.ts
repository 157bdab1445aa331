/**
 * Sending one message over SMTP for `daihoi send`, with failures told apart the way the ledger
 * needs them:
 * - the connection lost after the message's whole content was handed over: the server may have
 *   taken it, so the outcome is unknown (kept `Đang gửi`, never resent by itself);
 * - no connection, no greeting, a TLS mismatch: the server is not there for anyone (transient: three
 *   in a row stop the run, the rest wait for the next one), after bounded waits instead of
 *   nodemailer's 30 s greeting and 2 min connection defaults;
 * - anything else as nodemailer says it (the engine classifies 4xx as transient, the rest as failed).
 * Every message that leaves here is scrubbed of the password.
 */
import nodemailer from 'nodemailer';
import { errorText, sendError } from '../../core';
import { sendCliText as t } from '../../core/messages';
import type { Redactor } from '../secrets';
import { mailOptions, type OutgoingMessage } from './message';

export interface SmtpTimeouts {
  readonly connection: number;
  readonly greeting: number;
  readonly socket: number;
}

/** How long to wait, in ms: long enough for a slow server, short enough that a dead one stops the run. */
export const SMTP_TIMEOUTS: SmtpTimeouts = { connection: 15_000, greeting: 10_000, socket: 60_000 };

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export interface SmtpSender {
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

type Logger = Record<'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal', (...args: unknown[]) => void>;

export function smtpSender(
  url: string,
  redactor: Redactor,
  timeouts: SmtpTimeouts = SMTP_TIMEOUTS,
): SmtpSender {
  // nodemailer logs "<n bytes encoded mime message>" when the whole message has gone to the socket:
  // from then on a lost connection no longer means "not sent".
  let contentHandedOver = false;
  const quiet = () => {};
  const logger: Logger = {
    trace: quiet,
    debug: quiet,
    info: (meta) => {
      if ((meta as { tnx?: unknown; outByteCount?: unknown } | null)?.outByteCount !== undefined)
        contentHandedOver = true;
    },
    warn: quiet,
    error: quiet,
    fatal: quiet,
  };
  const transport = nodemailer.createTransport({
    url,
    logger,
    connectionTimeout: timeouts.connection,
    greetingTimeout: timeouts.greeting,
    socketTimeout: timeouts.socket,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(message) {
      contentHandedOver = false;
      try {
        await transport.sendMail(mailOptions(message));
      } catch (error) {
        const text = redactor.scrub(errorText(error));
        const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
        // A server's refusal comes with a reply code: it is an answer, not a lost connection.
        if (contentHandedOver && responseCode === undefined) throw sendError('unknown', text);
        if (code === 'ETIMEDOUT' && /greeting/i.test(text))
          throw sendError('transient', t.noGreeting(timeouts.greeting / 1000, text));
        if (
          typeof code === 'string' &&
          (UNREACHABLE_CODES.has(code) || code === 'ETLS' || code === 'ECONNECTION')
        )
          throw sendError('transient', t.unreachable(text));
        if (code === 'ETIMEDOUT') throw sendError('transient', t.unreachable(text));
        throw new Error(text);
      }
    },
    close: () => transport.close(),
  };
}
