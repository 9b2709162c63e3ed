import nodemailer from 'nodemailer';
import { isPermanentSmtpFailure } from '../domain/deliveries';
import { noDelaySocket } from './smtp-socket';

/** One e-mail as the notification service sends it: HTML and text parts, a stable Message-ID per delivery. */
export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** Derived from the delivery id so a resend after a crash carries the same Message-ID (receivers can dedupe). */
  messageId: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A send failure, classified for the retry rule: permanent (SMTP 5xx) or worth retrying. */
export class SendError extends Error {
  override readonly name = 'SendError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface SmtpMailerOptions {
  /** smtp://host:port or smtps://user:pass@host:port */
  smtpUrl: string;
  from: string;
  /** Milliseconds for connect, greeting and socket inactivity (handlers must stay short). */
  timeoutMs?: number;
}

export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const timeout = options.timeoutMs ?? 10_000;
  const url = new URL(options.smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 25)),
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    // A loopback catcher has no TLS; real relays are reached with smtps:// or STARTTLS when offered.
    ignoreTLS: url.searchParams.get('ignoreTLS') === 'true',
    // Connections are kept and reused: a relay's greeting pause (smtp-server and postscreen hold it ~100 ms to
    // catch early talkers) and EHLO are paid once per connection, not once per e-mail.
    pool: true,
    maxConnections: 4,
    getSocket: noDelaySocket(timeout),
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail({
          from: options.from,
          to: { name: mail.to.name, address: mail.to.address },
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.headers,
        });
      } catch (err) {
        const e = err as Error & { responseCode?: number; code?: string; response?: string };
        const detail = e.response ?? e.message;
        throw new SendError(
          `${e.code ?? 'SMTP'}${e.responseCode ? ` ${e.responseCode}` : ''}: ${detail}`,
          isPermanentSmtpFailure(e),
        );
      }
    },
    close() {
      transport.close();
    },
  };
}
