/** One RFC 5322 message per recipient, composed by nodemailer (UTF-8, RFC 2047 subject, text + HTML, PDF). */
import MailComposer from 'nodemailer/lib/mail-composer';

export interface OutgoingMessage {
  readonly from: { name: string; address: string };
  readonly replyTo?: string;
  readonly to: { name: string; address: string };
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachment?: { filename: string; content: Buffer };
}

/** Header text never carries a line break: a name like "A\r\nBcc: x" stays one harmless line. */
export function headerSafe(text: string): string {
  return text.replace(/[\r\n\0]+/g, ' ').trim();
}

export function mailOptions(message: OutgoingMessage) {
  return {
    from: { name: headerSafe(message.from.name), address: message.from.address },
    to: { name: headerSafe(message.to.name), address: message.to.address },
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    subject: headerSafe(message.subject),
    text: message.text,
    html: message.html,
    textEncoding: 'base64' as const,
    attachments: message.attachment
      ? [
          {
            filename: message.attachment.filename,
            content: message.attachment.content,
            contentType: 'application/pdf',
          },
        ]
      : [],
  };
}

export function composeEml(message: OutgoingMessage): Promise<Buffer> {
  return new MailComposer(mailOptions(message)).compile().build();
}
