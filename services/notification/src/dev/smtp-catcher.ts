import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { parseMail, type ParsedMail } from './mime';

/**
 * A local SMTP catcher for the demo and the tests: a real SMTP server (smtp-server) on loopback that keeps
 * every mail it accepts and lists them as JSON on GET /mails (DELETE /mails empties the list).
 * Run alone: `tsx services/notification/src/dev/smtp-catcher.ts` (SMTP_CATCHER_SMTP_PORT=1025,
 * SMTP_CATCHER_HTTP_PORT=1080, SMTP_CATCHER_HOST=127.0.0.1); then SMTP_URL=smtp://127.0.0.1:1025.
 */
export interface CaughtMail extends ParsedMail {
  id: number;
  envelopeFrom: string;
  envelopeTo: string[];
  receivedAt: string;
  raw: string;
}

/** Return a refusal to make the server answer an SMTP error for this message (e.g. 451 to test retries). */
export type Refusal = { code: number; message: string } | null;

export interface SmtpCatcher {
  smtpPort: number;
  smtpUrl: string;
  httpPort: number | null;
  httpUrl: string | null;
  mails: CaughtMail[];
  /** How many messages were refused so far. */
  refused: number;
  /** Decide per message whether to refuse it (default: accept everything). */
  refuseWhen(decide: ((attempt: number) => Refusal) | null): void;
  /** Waits until at least n mails were received (or throws after timeoutMs). */
  waitForMails(n: number, timeoutMs?: number): Promise<CaughtMail[]>;
  clear(): void;
  close(): Promise<void>;
}

export interface SmtpCatcherOptions {
  host?: string;
  /** 0 picks a free port. */
  smtpPort?: number;
  /** null: no HTTP listing; 0 picks a free port. */
  httpPort?: number | null;
  /** Mails kept at most (oldest dropped). */
  keep?: number;
}

export async function startSmtpCatcher(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
  const host = options.host ?? '127.0.0.1';
  const keep = options.keep ?? 1000;
  const mails: CaughtMail[] = [];
  let nextId = 1;
  let attempts = 0;
  let decide: ((attempt: number) => Refusal) | null = null;
  const state = { refused: 0 };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'portal smtp catcher',
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        attempts += 1;
        const refusal = decide?.(attempts) ?? null;
        if (refusal) {
          state.refused += 1;
          const err = new Error(refusal.message) as Error & { responseCode: number };
          err.responseCode = refusal.code;
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          id: nextId++,
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          receivedAt: new Date().toISOString(),
          raw,
          ...parseMail(raw),
        });
        if (mails.length > keep) mails.splice(0, mails.length - keep);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.smtpPort ?? 0, host, () => resolve());
  });
  const smtpPort = (server.server.address() as AddressInfo).port;

  let httpServer: http.Server | null = null;
  let httpPort: number | null = null;
  if (options.httpPort !== null && options.httpPort !== undefined) {
    httpServer = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/mails' && req.method === 'GET') {
        const to = url.searchParams.get('to');
        const list = to ? mails.filter((m) => m.envelopeTo.includes(to)) : mails;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(list.map(({ raw: _raw, ...m }) => m)));
      } else if (url.pathname === '/mails' && req.method === 'DELETE') {
        mails.length = 0;
        res.writeHead(204).end();
      } else {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: 'GET /mails or DELETE /mails' }));
      }
    });
    await new Promise<void>((resolve, reject) => {
      httpServer!.once('error', reject);
      httpServer!.listen(options.httpPort!, host, () => resolve());
    });
    httpPort = (httpServer.address() as AddressInfo).port;
  }

  return {
    smtpPort,
    smtpUrl: `smtp://${host}:${smtpPort}`,
    httpPort,
    httpUrl: httpPort === null ? null : `http://${host}:${httpPort}`,
    mails,
    get refused() {
      return state.refused;
    },
    refuseWhen(fn) {
      decide = fn;
    },
    async waitForMails(n, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (mails.length < n) {
        if (Date.now() > deadline) throw new Error(`smtp catcher: expected ${n} mails, got ${mails.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return mails;
    },
    clear() {
      mails.length = 0;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (httpServer) await new Promise<void>((resolve) => httpServer!.close(() => resolve()));
    },
  } satisfies SmtpCatcher;
}

if (require.main === module) {
  const smtpPort = Number(process.env.SMTP_CATCHER_SMTP_PORT ?? 1025);
  const httpPort = Number(process.env.SMTP_CATCHER_HTTP_PORT ?? 1080);
  const host = process.env.SMTP_CATCHER_HOST ?? '127.0.0.1';
  startSmtpCatcher({ host, smtpPort, httpPort }).then(
    (c) => {
      process.stdout.write(`smtp catcher: SMTP ${c.smtpUrl}, mails at ${c.httpUrl}/mails\n`);
      const stop = () => void c.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (err: unknown) => {
      process.stderr.write(`smtp catcher failed to start: ${String(err)}\n`);
      process.exit(1);
    },
  );
}
