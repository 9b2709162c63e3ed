import { startSmtpCatcher, type SmtpCatcher } from '../dev/smtp-catcher';
import { createSmtpMailer, SendError } from './mailer';

// A real SMTP server on loopback (smtp-server) and the real nodemailer transport: no mocks, no infrastructure.
describe('e-mail over SMTP (loopback catcher)', () => {
  let catcher: SmtpCatcher;
  beforeAll(async () => {
    catcher = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
  });
  afterAll(async () => catcher.close());
  beforeEach(() => {
    catcher.clear();
    catcher.refuseWhen(null);
  });

  const mail = {
    to: { name: 'Åsa Öberg', address: 'asa@acme.example' },
    subject: 'Ditt VIP-medlemskap förlängs 1 december 2026 — åäö',
    text: 'Hej Åsa,\n\nFörläng före 1 december 2026. Lång rad '.padEnd(200, 'x'),
    html: '<p>Hej Åsa, <strong>förläng</strong> = nu</p>',
    messageId: '<d-123@notification.portal>',
  };

  it('Given an SMTP server When a mail is sent Then it receives one message with the UTF-8 subject, text and HTML parts', async () => {
    const mailer = createSmtpMailer({ smtpUrl: catcher.smtpUrl, from: 'Portal <no-reply@portal.example>' });
    await mailer.send(mail);
    mailer.close();
    const [got] = await catcher.waitForMails(1);
    expect(got).toMatchObject({
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      envelopeTo: ['asa@acme.example'],
    });
    const listed = (await (await fetch(`${catcher.httpUrl}/mails`)).json()) as { subject: string; raw?: string }[];
    expect(listed.map((m) => m.subject)).toEqual([mail.subject]);
    expect(listed[0]!.raw).toBeUndefined();
  });

  it('Given a server answering 451 When sent Then a retryable SendError; 550 Then a permanent one', async () => {
    const mailer = createSmtpMailer({ smtpUrl: catcher.smtpUrl, from: 'no-reply@portal.example' });
    catcher.refuseWhen(() => ({ code: 451, message: 'try again later' }));
    await expect(mailer.send(mail)).rejects.toMatchObject({ name: 'SendError', permanent: false });
    catcher.refuseWhen(() => ({ code: 550, message: 'no such mailbox' }));
    const err = (await mailer.send(mail).catch((e: unknown) => e)) as SendError;
    expect(err.permanent).toBe(true);
    expect(err.message).toContain('550');
    mailer.close();
    expect(catcher.mails).toHaveLength(0);
    expect(catcher.refused).toBe(2);
  });

  it('Given nothing listening When sent Then a retryable SendError (connection refused)', async () => {
    const closed = await startSmtpCatcher({ smtpPort: 0 });
    const url = closed.smtpUrl;
    await closed.close();
    const mailer = createSmtpMailer({ smtpUrl: url, from: 'no-reply@portal.example', timeoutMs: 2000 });
    await expect(mailer.send(mail)).rejects.toMatchObject({ permanent: false });
    mailer.close();
  });

  it('Given nothing listening When ten e-mails are sent at once Then every send is rejected (none left pending)', async () => {
    const closed = await startSmtpCatcher({ smtpPort: 0 });
    const url = closed.smtpUrl;
    await closed.close();
    const mailer = createSmtpMailer({ smtpUrl: url, from: 'no-reply@portal.example', timeoutMs: 2000 });
    const sends = Array.from({ length: 10 }, (_, i) => mailer.send({ ...mail, messageId: `<burst-${i}@portal>` }));
    const settled = await Promise.allSettled(sends);
    expect(settled.map((s) => s.status)).toEqual(Array(10).fill('rejected'));
    mailer.close();
  });

  it('Given one pooled connection When e-mails follow one another Then each arrives (the connection is reused)', async () => {
    const mailer = createSmtpMailer({ smtpUrl: catcher.smtpUrl, from: 'no-reply@portal.example' });
    const before = catcher.mails.length;
    for (let i = 0; i < 5; i++) await mailer.send({ ...mail, messageId: `<seq-${i}@portal>` });
    expect(catcher.mails.length - before).toBe(5);
    mailer.close();
  });
});
