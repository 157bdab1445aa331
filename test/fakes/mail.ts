/**
 * In-memory MailApp with Google's limits and error texts: the daily quota counted per recipient, the
 * per-message limits (body size, attachments, recipients per message) and invalid addresses each
 * fail with their own message, so code can tell "stop for today" from "this message cannot go".
 */
import { loud } from './loud';
import { METHOD_SCOPES, type ScopeGate } from './scopes';

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly attachments: string[];
  readonly name?: string;
  readonly replyTo?: string;
}

/** Google's per-message limits ("Current limitations" in the quotas page). */
export const MAIL_LIMITS = {
  consumer: { bodyBytes: 200 * 1024, dailyRecipients: 100 },
  workspace: { bodyBytes: 400 * 1024, dailyRecipients: 1500 },
  attachmentsPerMessage: 250,
  attachmentBytes: 25 * 1024 * 1024,
  recipientsPerMessage: 50,
} as const;

export const MAIL_ERRORS = {
  dailyQuota: 'Service invoked too many times for one day: email.',
  bodySize: 'Limit exceeded: Email Body Size.',
  attachmentsSize: 'Limit exceeded: Email Total Attachments Size.',
  attachmentsCount: 'Limit exceeded: Email Attachments Per Message.',
  recipientsPerMessage: 'Limit exceeded: Email Recipients Per Message.',
  invalid: (address: string) => `Invalid email: ${address}`,
} as const;

/** A plain address: what MailApp accepts in `to` (no display name, one @, a dotted domain). */
const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function bytes(text: string | undefined): number {
  return text ? Buffer.byteLength(text, 'utf8') : 0;
}

interface BlobLike {
  getName(): string;
  getBytes(): number[];
}

function blobBytes(blob: BlobLike): number {
  return blob.getBytes().length;
}

export class FakeMailApp
  implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>
{
  readonly sent: SentMail[] = [];
  quota: number;
  /** Addresses whose send throws this message (a server-side refusal Google does not check up front). */
  readonly failFor = new Map<string, string>();
  /** Errors thrown by the next sends, in order, before they succeed (transient faults). */
  readonly transient: string[] = [];
  /** Called before each send with the 1-based count of attempts; may throw to simulate a kill. */
  beforeSend: (attempt: number) => void = () => {};
  /** Every attempt, successful or not, with the size of its body (bytes of body + htmlBody). */
  readonly attempts: { to: string; bodyBytes: number; attachments: number; error: string | null }[] = [];
  private attemptCount = 0;
  /** The account's body limit; a test may lower it to make Google refuse what our own check let through. */
  bodyBytesLimit: number;

  constructor(
    private readonly gate: ScopeGate,
    readonly account: 'consumer' | 'workspace' = 'consumer',
  ) {
    this.quota = MAIL_LIMITS[account].dailyRecipients;
    this.bodyBytesLimit = MAIL_LIMITS[account].bodyBytes;
  }

  getRemainingDailyQuota(): number {
    this.gate.require('MailApp.getRemainingDailyQuota', METHOD_SCOPES.mail);
    return this.quota;
  }

  sendEmail(...args: unknown[]): void {
    this.gate.require('MailApp.sendEmail', METHOD_SCOPES.mail);
    this.attemptCount++;
    this.beforeSend(this.attemptCount);
    if (typeof args[0] !== 'object' || args[0] === null)
      throw new Error('fake MailApp: only sendEmail(message) is used');
    const message = args[0] as GoogleAppsScript.Mail.MailAdvancedParameters & {
      to: string;
      subject: string;
      body: string;
    };
    const attachments = (message.attachments ?? []) as unknown as BlobLike[];
    const bodyBytes = bytes(message.body) + bytes(message.htmlBody);
    const record = (error: string | null) =>
      this.attempts.push({ to: message.to, bodyBytes, attachments: attachments.length, error });
    try {
      this.check(message, attachments, bodyBytes);
    } catch (error) {
      record((error as Error).message);
      throw error;
    }
    record(null);
    const recipients = this.recipients(message);
    this.quota -= recipients.length;
    this.sent.push({
      to: message.to,
      subject: message.subject,
      body: message.body,
      ...(message.htmlBody ? { htmlBody: message.htmlBody } : {}),
      attachments: attachments.map((blob) => blob.getName()),
      ...(message.name ? { name: message.name } : {}),
      ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    });
  }

  private recipients(message: { to: string; cc?: string; bcc?: string }): string[] {
    return [message.to, message.cc ?? '', message.bcc ?? '']
      .flatMap((field) => field.split(','))
      .map((address) => address.trim())
      .filter((address) => address !== '');
  }

  /** Google's checks, in the order a message meets them: transient faults, addresses, limits, quota. */
  private check(
    message: { to: string; cc?: string; bcc?: string },
    attachments: readonly BlobLike[],
    bodyBytes: number,
  ): void {
    const transient = this.transient.shift();
    if (transient) throw new Error(transient);
    const recipients = this.recipients(message);
    for (const address of recipients)
      if (!ADDRESS.test(address)) throw new Error(MAIL_ERRORS.invalid(address));
    if (recipients.length > MAIL_LIMITS.recipientsPerMessage)
      throw new Error(MAIL_ERRORS.recipientsPerMessage);
    if (attachments.length > MAIL_LIMITS.attachmentsPerMessage) throw new Error(MAIL_ERRORS.attachmentsCount);
    if (attachments.reduce((sum, blob) => sum + blobBytes(blob), 0) > MAIL_LIMITS.attachmentBytes)
      throw new Error(MAIL_ERRORS.attachmentsSize);
    if (bodyBytes > this.bodyBytesLimit) throw new Error(MAIL_ERRORS.bodySize);
    if (this.quota < recipients.length) throw new Error(MAIL_ERRORS.dailyQuota);
    const failure = this.failFor.get(message.to);
    if (failure) throw new Error(failure);
  }
}

export function fakeMailApp(gate: ScopeGate): { mail: FakeMailApp; global: unknown } {
  const mail = new FakeMailApp(gate);
  return { mail, global: loud(mail, 'MailApp') };
}
