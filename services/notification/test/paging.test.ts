import type { RunningService } from '@portal/platform';
import { everyPage, TestEnv } from '@portal/platform/src/testing';
import { startSmtpCatcher, type SmtpCatcher } from '../src/dev/smtp-catcher';
import { notificationService } from '../src/service';
import { type DeliveryState, sortKeyOf } from '../src/store/deliveries';

// Lists past 1,000 records: 2,500 inbox items of one user, seeded straight into the store with bulk inserts (fast),
// among other users' items and e-mails, then paged through the edge on the real database. Every record must come
// exactly once, newest first.

// A filter other than `_id` makes FerretDB decode the whole collection for each page: minutes, not seconds.
jest.setTimeout(600_000);

const RECORDS = 2_500;
const ACCOUNT = 'acc-paging';
const ids = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);

describe('notification: list routes page through 2,500 records exactly once (real FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let smtp: SmtpCatcher;
  let pat: string;
  let admin: string;

  /** Every page of a list, following `nextCursor` until it is null. */
  async function everyPageOf(path: string, query: Record<string, string | number>, token: string) {
    const { items, pages } = await everyPage<{ id: string; createdAt: string }>(env.http(svc), path, { token, query });
    return { seen: items, pages };
  }

  const newestFirst = (items: Array<{ id: string; createdAt: string }>) =>
    [...items]
      .sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : Date.parse(b.createdAt) - Date.parse(a.createdAt),
      )
      .map((i) => i.id);

  beforeAll(async () => {
    smtp = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
    env = await TestEnv.create('notification-paging');
    svc = await env.start(notificationService, { extra: { SMTP_URL: smtp.smtpUrl } });
    pat = await env.tokenFor({ userId: 'u-pat', homeAccountId: ACCOUNT, grants: [] });
    admin = await env.tokenFor({
      userId: 'u-page-admin',
      homeAccountId: ACCOUNT,
      grants: [{ accountId: ACCOUNT, role: 'site-admin', contractNumber: null, section: null }],
    });

    // Three records share each creation instant, so the key's id part decides among them.
    const base = Date.parse('2026-11-01T00:00:00Z');
    const delivery = (id: string, i: number, recipientUserId: string, channel: 'inbox' | 'email') => {
      const createdAt = new Date(base + Math.floor(i / 3) * 1000);
      const state: DeliveryState = {
        status: 'sent',
        attempts: 1,
        nextAttemptAt: null,
        lastError: null,
        sentAt: createdAt,
        failedAt: null,
        channel,
        eventId: `e-${id}`,
        eventType: 'DocumentPublished',
        correlationId: '',
        accountId: ACCOUNT,
        ruleId: 'document-published',
        category: 'documents',
        mandatory: false,
        templateId: 'document-published',
        locale: 'en-US',
        recipientUserId,
        recipientEmail: `${recipientUserId}@paging.example`,
        recipientName: recipientUserId,
        content: { title: `Item ${id}`, body: 'body' },
        createdAt,
        readAt: i % 2 === 0 ? null : createdAt,
        sortKey: sortKeyOf(createdAt, id),
      };
      return { _id: id as never, version: 1, outbox: [], appliedEventIds: [], ...state };
    };
    await svc.kit.db
      .collection('deliveries')
      .insertMany([
        ...ids(RECORDS, 'd-pat').map((id, i) => delivery(id, i, 'u-pat', 'inbox')),
        ...ids(40, 'd-pat-mail').map((id, i) => delivery(id, i, 'u-pat', 'email')),
        ...ids(60, 'd-other').map((id, i) => delivery(id, i, 'u-other', 'inbox')),
      ]);
  }, 120_000);
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
  });

  it('Given 2,500 inbox items of a user among others, When the user pages through GET /inbox, Then each comes exactly once, newest first', async () => {
    const { seen, pages } = await everyPageOf('/inbox', { limit: 100 }, pat);
    const got = seen.map((i) => i.id);
    expect(pages).toBe(25);
    expect([...got].sort()).toEqual(ids(RECORDS, 'd-pat'));
    expect(got).toEqual(newestFirst(seen));
  });

  it('Given 2,600 deliveries of an account, When its site admin pages through GET /accounts/{id}/deliveries, Then each comes exactly once, newest first', async () => {
    const { seen } = await everyPageOf(`/accounts/${ACCOUNT}/deliveries`, { limit: 100 }, admin);
    const got = seen.map((i) => i.id);
    expect([...got].sort()).toEqual([...ids(RECORDS, 'd-pat'), ...ids(40, 'd-pat-mail'), ...ids(60, 'd-other')].sort());
    expect(got).toEqual(newestFirst(seen));
  });
});
