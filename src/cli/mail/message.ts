/** One RFC 5322 message per recipient, composed by nodemailer (UTF-8, RFC 2047 subject, text, HTML, files). */
import MailComposer from 'nodemailer/lib/mail-composer';

export interface OutgoingAttachment {
  readonly filename: string;
  readonly content: Buffer;
  readonly contentType: string;
}

export interface OutgoingMessage {
  readonly from: { name: string; address: string };
  readonly replyTo?: string;
  readonly to: { name: string; address: string };
  readonly subject: string;
  readonly text: string;
  /** Absent for a message too large for an HTML body: its text is a covering note, the files carry it. */
  readonly html?: string;
  readonly attachments: readonly OutgoingAttachment[];
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
    ...(message.html !== undefined ? { html: message.html } : {}),
    textEncoding: 'base64' as const,
    attachments: message.attachments.map((file) => ({
      filename: file.filename,
      content: file.content,
      contentType: file.contentType,
    })),
  };
}

export function composeEml(message: OutgoingMessage): Promise<Buffer> {
  return new MailComposer(mailOptions(message)).compile().build();
}
