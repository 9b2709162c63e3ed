import { randomUUID } from 'node:crypto';
import type { AnyEnvelope, EventPayloads, EventType, Grant } from '@portal/contracts';
import { ManualClock, type RunningService } from '@portal/platform';
import { erpEvent, TestEnv, until } from '@portal/platform/src/testing';
import { startSmtpCatcher, type SmtpCatcher } from '../src/dev/smtp-catcher';
import { notificationService } from '../src/service';

/**
 * The vendor's staff hear about the work waiting for them (approvers, operators: internal users granted on the
 * vendor account), and transitions that used to be silent reach the customer: real Kafka, database and SMTP.
 */
jest.setTimeout(120_000);

const grant = (accountId: string, role: string, section: string | null = null): Grant => ({
  accountId,
  role,
  contractNumber: null,
  section,
});
const clock = new ManualClock(new Date());
const event = <T extends EventType>(
  type: T,
  aggregateId: string,
  accountId: string,
  payload: EventPayloads[T],
  actor: string | null = null,
): AnyEnvelope =>
  ({
    ...erpEvent(type, aggregateId, accountId, payload, clock.now()),
    eventId: randomUUID(),
    actor: actor ? { userId: actor, userType: 'external' } : { userId: 'erp', userType: 'system' },
  }) as AnyEnvelope;

describe('notification: staff recipients and the transitions that used to be silent (real Kafka, database, SMTP)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let smtp: SmtpCatcher;
  const tokens: Record<string, string> = {};
  const acc = 'acc-staff-loop';

  async function inboxTitles(user: string): Promise<string[]> {
    const res = await env.http(svc).get('/inbox').auth(tokens[user]!, { type: 'bearer' }).expect(200);
    return (res.body.items as { title: string }[]).map((i) => i.title);
  }
  const inboxHas = async (user: string, text: string) => (await inboxTitles(user)).some((t) => t.includes(text));

  beforeAll(async () => {
    smtp = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
    env = await TestEnv.create('notification-staff');
    svc = await env.start(notificationService, {
      clock,
      extra: { SMTP_URL: smtp.smtpUrl, PORTAL_URL: 'https://portal.example' },
    });
    await env.account(acc, { name: 'Acme Staff SA' });
    const users: [string, Parameters<TestEnv['tokenFor']>[0]][] = [
      [
        'ivan',
        {
          userId: 'u-ivan',
          email: 'ivan.approver@vendor.example',
          userType: 'internal',
          homeAccountId: 'vendor',
          grants: [grant('vendor', 'approver')],
        },
      ],
      [
        'otto',
        {
          userId: 'u-otto',
          email: 'otto.operator@vendor.example',
          userType: 'internal',
          homeAccountId: 'vendor',
          grants: [grant('vendor', 'operations')],
        },
      ],
      [
        'olivia',
        {
          userId: 'u-olivia-s',
          email: 'olivia@staff-loop.example',
          homeAccountId: acc,
          grants: [grant(acc, 'operations')],
        },
      ],
      [
        'carla',
        {
          userId: 'u-carla-s',
          email: 'carla@staff-loop.example',
          locale: 'fr-FR',
          homeAccountId: acc,
          grants: [grant(acc, 'requester', 'requests')],
        },
      ],
      [
        'sam',
        {
          userId: 'u-sam-s',
          email: 'sam@staff-loop.example',
          locale: 'sv-SE',
          homeAccountId: acc,
          grants: [grant(acc, 'site-admin')],
        },
      ],
      // a customer user holding a role named like the vendor's: must not be taken for staff
      [
        'fake',
        { userId: 'u-fake-s', email: 'fake@staff-loop.example', homeAccountId: acc, grants: [grant(acc, 'approver')] },
      ],
    ];
    for (const [name, user] of users) tokens[name] = await env.tokenFor(user);
  });
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
  });

  it('Given an approver and an operator granted on the vendor account, When an upgrade request and a change request are submitted, Then each is told (e-mail and inbox), the customer calling itself approver is not', async () => {
    const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
    await env.publish([
      event(
        'UpgradeRequestSubmitted',
        'UR-S1',
        acc,
        {
          request: {
            requestId: 'UR-S1',
            contractNumber: 'C-S1',
            orderNumber: 'SO-S1',
            requestedBy: 'u-olivia-s',
            discountBasisPoints: null,
            specialPricingFormNumber: null,
            startDate: '2026-12-01',
            deploymentWindowDays: 30,
            termOption: 'co-term',
            termMonths: null,
            term: { startDate: '2026-12-01', endDate: '2027-11-30' },
            hardwareLines: [],
            softwareLines: [{ sku: 'SW-1', targetSku: 'SW-2', quantity: 3 }],
            comment: null,
            subtotal: money(150000),
            discount: money(0),
            total: money(150000),
            unpricedSkus: [],
          },
          submittedAt: clock.now(),
        },
        'u-olivia-s',
      ),
      // The order service names the approvers of the tier that opens (the first one at submit).
      event(
        'UpgradeApprovalRequested',
        'UR-S1',
        acc,
        {
          requestId: 'UR-S1',
          contractNumber: 'C-S1',
          orderNumber: 'SO-S1',
          requestedBy: 'u-olivia-s',
          tier: 1,
          tierCount: 1,
          tierName: 'approval',
          approverRole: 'approver',
          approverUserIds: ['u-ivan'],
          total: money(150000),
          discountBasisPoints: null,
          requestedAt: clock.now(),
        },
        'u-olivia-s',
      ),
    ]);
    await until("ivan's inbox item 'UR-S1'", () => inboxHas('ivan', 'UR-S1'));
    await until('the approver’s e-mail', async () =>
      smtp.mails.some((m) => m.envelopeTo.includes('ivan.approver@vendor.example') && m.subject?.includes('UR-S1')),
    );
    await until("olivia's inbox item 'UR-S1'", () => inboxHas('olivia', 'UR-S1'));
    expect(await inboxTitles('fake')).toEqual([]);

    await env.publish([
      event(
        'ChangeRequestSubmitted',
        'CR-S1',
        acc,
        {
          requestId: 'CR-S1',
          elementId: 'el-1',
          elementName: 'FE cluster',
          perimeterId: 'p-1',
          contractNumber: null,
          catalogId: 'standard',
          catalogVersion: 1,
          categoryId: 'other',
          articleId: 'another-request',
          articleName: 'Make another request',
          needsStudy: false,
          fields: {},
          reference: null,
          description: 'Open port 443',
          requestedBy: 'u-carla-s',
          submittedBy: 'u-carla-s',
          billable: false,
          billingMonth: '2026-11',
          freeChangesPerMonth: 2,
          changeOrdinal: 1,
          otherOpenRequestIds: [],
          status: 'submitted',
        },
        'u-carla-s',
      ),
    ]);
    await until("otto's inbox item 'CR-S1'", () => inboxHas('otto', 'CR-S1'));
    await until('the operator’s e-mail', async () =>
      smtp.mails.some((m) => m.envelopeTo.includes('otto.operator@vendor.example') && m.subject?.includes('CR-S1')),
    );
  });

  it('Given a submitted change request, When the requester cancels it, Then the operator hears it and the requester (the actor) does not; a withdrawn upgrade request reaches the approver', async () => {
    await env.publish([
      event(
        'ChangeRequestCancelled',
        'CR-S1',
        acc,
        {
          requestId: 'CR-S1',
          previousStatus: 'submitted',
          reason: 'not needed',
          cancelledBy: 'u-carla-s',
          status: 'cancelled',
        },
        'u-carla-s',
      ),
      event(
        'UpgradeRequestWithdrawn',
        'UR-S1',
        acc,
        {
          requestId: 'UR-S1',
          contractNumber: 'C-S1',
          orderNumber: 'SO-S1',
          requestedBy: 'u-olivia-s',
          withdrawnBy: 'u-olivia-s',
          withdrawnAt: clock.now(),
        },
        'u-olivia-s',
      ),
    ]);
    await until("otto's inbox item 'cancelled'", () => inboxHas('otto', 'cancelled'));
    await until("ivan's inbox item 'withdrawn'", () => inboxHas('ivan', 'withdrawn'));
    const carla = await inboxTitles('carla');
    expect(carla.some((t) => t.includes('annulée'))).toBe(false);
    expect((await inboxTitles('olivia')).some((t) => t.includes('withdrawn'))).toBe(false);
  });

  it('Given a service contract confirmed by the ERP, When account publishes ServiceContractActivated, Then the requester and site admin are told in their language', async () => {
    await env.publish([
      event('ServiceContractActivated', 'scr-s1', acc, {
        requestId: 'scr-s1',
        serviceContractNumber: 'SC-7001',
        plan: 'prosupport',
        startDate: '2027-02-01',
        endDate: '2029-01-31',
        serialNumbers: ['SN-1'],
        requestedBy: 'u-carla-s',
      }),
    ]);
    await until("carla's inbox item 'SC-7001'", () => inboxHas('carla', 'SC-7001'));
    await until("sam's inbox item 'Serviceavtal SC-7001 är aktivt'", () =>
      inboxHas('sam', 'Serviceavtal SC-7001 är aktivt'),
    );
    await until('the French e-mail', async () =>
      smtp.mails.some((m) => m.envelopeTo.includes('carla@staff-loop.example') && m.subject?.includes('est actif')),
    );
  });
});
