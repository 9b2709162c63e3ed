import type { RunningService } from '@portal/platform';
import { everyPage, TestEnv } from '@portal/platform/src/testing';
import { smartAccount } from '../src/domain/test-fixtures';
import { inviteCustomerToVip, membershipIdFor } from '../src/domain/vip-membership';
import { policies } from '../src/domain/test-fixtures';
import { licensingService } from '../src/service';
import { grant } from './support';

/** Stored as the platform's aggregate repository stores them: the state at top level, no pending events. */
const doc = (id: string, state: object) => ({
  _id: id,
  version: 1,
  outbox: [],
  outboxPendingSince: null,
  appliedEventIds: [],
  ...state,
});

const RECORDS = 2_500;
/** Past the former 500-candidate cap and past 1,000 (a search decodes the Smart Accounts on FerretDB per page). */
const SEARCHED = 2_500;
// Reading 2,500 records by id is seconds on a quiet machine, more on a loaded one; the search decodes per page.
jest.setTimeout(900_000);
const n = (i: number) => String(i).padStart(4, '0');

describe('licensing: list routes page through every record, past 1,000 (real database)', () => {
  let env: TestEnv;
  let svc: RunningService;

  beforeAll(async () => {
    env = await TestEnv.create('licensing-paging');
    svc = await env.start(licensingService);
  });
  afterAll(async () => env?.close());

  /** Every id in the order received, from the first page to the last (pages of 100). */
  async function pageThrough(path: string, query: Record<string, string>, token: string, key: string) {
    const { items, pages } = await everyPage(env.http(svc), path, { token, query, limit: 100, maxPages: 100 });
    return { ids: items.map((item) => item[key]!), pages };
  }

  it(`Given ${RECORDS} VIP memberships a partner resells and others it does not, When it pages through them, Then it gets every one exactly once, in id order`, async () => {
    const now = new Date('2026-11-22T09:00:00Z');
    const membership = (customer: string, partner: string) =>
      inviteCustomerToVip(
        { customerAccountId: customer, partnerAccountId: partner, program: 'vip', anniversaryDate: '2027-06-30' },
        {
          caller: {
            userId: 'u-paula',
            email: 'paula@page.example',
            userType: 'external',
            grants: [{ accountId: partner, role: 'partner-admin' }],
          },
          membershipId: membershipIdFor(customer, 'vip'),
          vipId: `VIP-${customer}`,
          customerResellerIds: [partner],
          policies,
          now,
        },
      ).state;
    const mine = Array.from({ length: RECORDS }, (_, i) => membership(`acc-c${n(i)}`, 'acc-page-partner'));
    const others = Array.from({ length: 200 }, (_, i) => membership(`acc-o${n(i)}`, 'acc-other-partner'));
    await svc.kit.db
      .collection('vip_memberships')
      .insertMany([...mine, ...others].map((m) => doc(m.membershipId, m)) as never[]);
    // and the per-account index the list reads, as inviting them would have written it
    const byPartner = (partner: string, ms: typeof mine) => ({
      _id: partner,
      membershipIds: ms.map((m) => m.membershipId),
    });
    await svc.kit.db
      .collection('vip_memberships_by_account')
      .insertMany([
        byPartner('acc-page-partner', mine),
        byPartner('acc-other-partner', others),
        ...[...mine, ...others].map((m) => ({ _id: m.customerAccountId, membershipIds: [m.membershipId] })),
      ] as never[]);
    const paula = await env.tokenFor({
      userId: 'u-paula',
      email: 'paula@page.example',
      homeAccountId: 'acc-page-partner',
      grants: [grant('acc-page-partner', 'partner-admin')],
    });

    const { ids, pages } = await pageThrough('/vip-memberships', {}, paula, 'membershipId');

    expect(pages).toBe(RECORDS / 100);
    expect(new Set(ids).size).toBe(RECORDS);
    expect(ids).toEqual(mine.map((m) => m.membershipId).sort());
    const one = await pageThrough('/vip-memberships', { accountId: 'acc-c0042' }, paula, 'membershipId');
    expect(one.ids).toEqual([membershipIdFor('acc-c0042', 'vip')]);
  });

  it(`Given ${SEARCHED} Smart Accounts naming a user among others, When the user searches by e-mail and pages, Then every one comes exactly once`, async () => {
    const sas = Array.from({ length: SEARCHED }, (_, i) =>
      smartAccount({
        smartAccountId: `sa-page-${n(i)}`,
        domainIdentifier: `d${n(i)}.page.example`,
        ownerAccountId: `acc-owner-${i % 7}`,
        virtualAccounts: [{ virtualAccountId: `va-page-${n(i)}`, name: 'DEFAULT' }],
        userEmails: ['pat@page.example'],
      }),
    );
    const strangers = Array.from({ length: 200 }, (_, i) =>
      smartAccount({
        smartAccountId: `sa-other-${n(i)}`,
        domainIdentifier: `d${n(i)}.other.example`,
        ownerAccountId: 'acc-other',
        virtualAccounts: [{ virtualAccountId: `va-other-${n(i)}`, name: 'DEFAULT' }],
        userEmails: ['someone@other.example'],
      }),
    );
    await svc.kit.db
      .collection('smart_accounts')
      .insertMany([...sas, ...strangers].map((sa) => doc(sa.smartAccountId, sa)) as never[]);
    const pat = await env.tokenFor({ userId: 'u-pat', email: 'pat@page.example', homeAccountId: 'acc-owner-0' });

    const { ids, pages } = await pageThrough(
      '/smart-accounts',
      { by: 'email', q: 'pat@page.example' },
      pat,
      'smartAccountId',
    );

    expect(pages).toBe(Math.ceil(SEARCHED / 100));
    expect(new Set(ids).size).toBe(SEARCHED);
    expect(ids).toEqual(sas.map((sa) => sa.smartAccountId));
  });
});
