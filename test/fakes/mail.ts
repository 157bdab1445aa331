/** In-memory MailApp: a daily quota, sent messages, and failures a test can plan. */
import { loud } from './loud';

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly attachments: string[];
  readonly name?: string;
  readonly replyTo?: string;
}

export class FakeMailApp
  implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>
{
  readonly sent: SentMail[] = [];
  quota = 100;
  /** Addresses whose send throws this message. */
  readonly failFor = new Map<string, string>();
  /** Errors thrown by the next sends, in order, before they succeed (transient faults). */
  readonly transient: string[] = [];
  /** Called before each send with the 1-based count of attempts; may throw to simulate a kill. */
  beforeSend: (attempt: number) => void = () => {};
  private attempts = 0;

  getRemainingDailyQuota(): number {
    return this.quota;
  }

  sendEmail(...args: unknown[]): void {
    this.attempts++;
    this.beforeSend(this.attempts);
    if (typeof args[0] !== 'object' || args[0] === null)
      throw new Error('fake MailApp: only sendEmail(message) is used');
    const message = args[0] as GoogleAppsScript.Mail.MailAdvancedParameters & {
      to: string;
      subject: string;
      body: string;
    };
    const transient = this.transient.shift();
    if (transient) throw new Error(transient);
    if (this.quota < 1) throw new Error('Service invoked too many times for one day: email.');
    const failure = this.failFor.get(message.to);
    if (failure) throw new Error(failure);
    this.quota--;
    this.sent.push({
      to: message.to,
      subject: message.subject,
      body: message.body,
      ...(message.htmlBody ? { htmlBody: message.htmlBody } : {}),
      attachments: ((message.attachments ?? []) as unknown as { getName(): string }[]).map((blob) =>
        blob.getName(),
      ),
      ...(message.name ? { name: message.name } : {}),
      ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    });
  }
}

export function fakeMailApp(): { mail: FakeMailApp; global: unknown } {
  const mail = new FakeMailApp();
  return { mail, global: loud(mail, 'MailApp') };
}
