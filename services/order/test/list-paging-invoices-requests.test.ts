/**
 * Invoices and upgrade requests page through more than 1,000 records, each exactly once and in order (#14), seeded
 * directly with bulk inserts. Upgrade requests are the list read twice (submitted ones by submission time, drafts by
 * creation time) and merged; drafts of other users are dropped page by page and the list read further.
 */
import { ManualClock, type RunningService } from '@portal/platform';
import type { TestEnv } from '@portal/platform/src/testing';
import { draft } from '../src/domain/__fixtures__/upgrade';
import type { UpgradeRequestState } from '../src/domain/upgrade-request';
import { recordInvoiceFact } from '../src/domain/invoice';
import { orderService } from '../src/service';
import { acme, createEnv, role } from './helpers';
import { allPages, COUNT, DAY, doc, MINUTE, now, pad, source } from './paging-seed';

/** A request of `requestedBy`: a draft (created at `at`) or one submitted at `at` (created a day before). */
function upgradeRequest(requestId: string, accountId: string, requestedBy: string, at: Date, submitted: boolean) {
  const state: UpgradeRequestState = {
    ...draft(),
    requestId,
    accountId,
    requestedBy,
    status: submitted ? 'pending-approval' : 'draft',
    createdAt: submitted ? new Date(at.getTime() - DAY) : at,
    updatedAt: at,
    submittedAt: submitted ? at : null,
  };
  return doc(requestId, state);
}

describe('order service: invoices and upgrade requests page through every record (2,500 each)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let olivia: string;

  beforeAll(async () => {
    env = await createEnv('order-paging-2');
    svc = await env.start(orderService, { clock: new ManualClock(now) });
    await env.account(acme, { features: ['invoicing-reports'] });
    olivia = await env.tokenFor({ userId: 'u-olivia', homeAccountId: acme, grants: [role('buyer')] });

    // Inserted out of key order; ten invoices per issue day.
    const invoices = Array.from({ length: COUNT }, (_, n) => {
      const i = (n * 7919) % COUNT;
      const inv = `INV-P${pad(i)}`;
      const issuedOn = new Date(now.getTime() - Math.floor(i / 10) * DAY).toISOString().slice(0, 10);
      const issued = { kind: 'issued' as const, orderNumber: null, issuedOn, dueOn: '2027-01-31' };
      const fact = { ...issued, amount: { amountMinor: 100, currency: 'EUR' } };
      return doc(inv, recordInvoiceFact(null, inv, fact, source(acme, inv))!.state);
    });
    // Five requests per instant (ties by id), one in three a draft of olivia's (sorted by creation).
    const requests = Array.from({ length: COUNT }, (_, n) => {
      const i = (n * 7919) % COUNT;
      const at = new Date(now.getTime() - Math.floor(i / 5) * MINUTE);
      return upgradeRequest(`UR-P${pad(i)}`, acme, 'u-olivia', at, i % 3 !== 0);
    });
    for (let i = 0; i < 300; i++) {
      const at = new Date(now.getTime() - i * 2 * MINUTE);
      requests.push(upgradeRequest(`UR-H${pad(i)}`, acme, 'u-other', at, false)); // another user's draft
      if (i < 50) requests.push(upgradeRequest(`UR-X${pad(i)}`, 'acc-other', 'u-x', at, true)); // another account
    }
    await Promise.all([
      svc.kit.db.collection('invoices').insertMany(invoices as never[]),
      svc.kit.db.collection('upgrade_requests').insertMany(requests as never[]),
    ]);
  }, 300_000);
  afterAll(async () => env?.close());

  it('Given 2,500 invoices (ten per issue day), When paged, Then each shows once, newest issue first then by number', async () => {
    const items = await allPages(env, svc, olivia, '/invoices');
    expect(items.map((i) => i.invoiceNumber)).toEqual(Array.from({ length: COUNT }, (_, i) => `INV-P${pad(i)}`));
  }, 1_800_000);

  it("Given 2,500 upgrade requests (submitted and drafts) and others' drafts, When paged, Then each visible one shows once, newest first then by id", async () => {
    const items = await allPages(env, svc, olivia, '/upgrade-requests');
    expect(items.map((r) => r.requestId)).toEqual(Array.from({ length: COUNT }, (_, i) => `UR-P${pad(i)}`));
    expect(items.filter((r) => r.status === 'draft')).toHaveLength(Math.ceil(COUNT / 3));
  }, 1_800_000);
});
