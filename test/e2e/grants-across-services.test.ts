import { serviceClient } from '@portal/client';
import type { RunningService } from '@portal/platform';
import { TestEnv, until as waitUntil } from '@portal/platform/src/testing';
import { accountService } from '../../services/account/src/service';
import { orderService } from '../../services/order/src/service';

/**
 * Grants are owned by the account service and enforced everywhere else through each service's projection of
 * account.events.v1: what a site admin changes in one place takes effect in the others, within seconds.
 * Every call goes through the typed portal client, so a route or schema change that frontends would trip over
 * fails to compile here.
 */
describe('grants across services (account -> order)', () => {
  let env: TestEnv;
  let account: RunningService;
  let order: RunningService;
  let sam: string;
  const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
  const address = {
    name: 'ACME SAS',
    street: '12 rue de la Paix',
    city: 'Paris',
    postalCode: '75002',
    country: 'FR',
    region: null,
  };
  const upgrade = {
    basicInfo: {
      startDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      deploymentWindowDays: 30,
      termOption: 'co-term' as const,
    },
    hardwareLines: [
      {
        sku: 'R740',
        targetSku: 'R750',
        quantity: 1,
        serialNumbers: ['SN-E1'],
        deliveryAddressId: '', // set once the site admin saved the address in the account service
        shippingServiceLevel: 'expedited' as const,
      },
    ],
  };

  // The portal client as one user sees each service.
  const orderAs = (token: string) => serviceClient('order', order.url, { token: () => token });
  const accountAs = (token: string) => serviceClient('account', account.url, { token: () => token });
  const so = { params: { path: { orderNumber: 'SO-E1' } } };
  const acme = { params: { path: { accountId: 'acc-acme' } } };
  const user = (userId: string) => ({ params: { path: { accountId: 'acc-acme', userId } } });

  /** Waits for the condition; answers how long it took (the test reports propagation times). */
  const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 20_000) => {
    const began = Date.now();
    await waitUntil(what, check, timeoutMs, 100);
    return Date.now() - began;
  };

  beforeAll(async () => {
    env = await TestEnv.create('e2e-grants');
    account = await env.start(accountService);
    order = await env.start(orderService);
    await env.account('acc-acme', {
      name: 'Acme SAS',
      country: 'FR',
      accountType: 'premier',
      features: ['invoicing-reports', 'address-book'],
    });
    sam = await env.tokenFor({
      userId: 'u-sam',
      email: 'sam.admin@acme.example',
      homeAccountId: 'acc-acme',
      grants: [{ accountId: 'acc-acme', role: 'site-admin', contractNumber: null, section: null }],
    });
    await env.publish([
      env.erp.contractActivated('acc-acme', 'C-1001', { term: { startDate: '2026-01-01', endDate: '2029-12-31' } }),
      env.erp.productPublished({
        sku: 'R740',
        kind: 'hardware',
        eligibleForUpgrade: true,
        upgradeTargets: ['R750'],
        listPrice: eur(400000),
      }),
      env.erp.productPublished({ sku: 'R750', kind: 'hardware', listPrice: eur(500000) }),
      env.erp.salesOrderBooked('acc-acme', {
        orderNumber: 'SO-E1',
        contractNumber: 'C-1001',
        term: { startDate: '2026-01-01', endDate: '2029-12-31' },
        lines: [
          {
            lineNumber: 1,
            sku: 'R740',
            kind: 'hardware',
            description: 'Rack server R740',
            quantity: 1,
            unitPrice: eur(400000),
            serialNumbers: ['SN-E1'],
          },
        ],
      }),
    ]);
    await until(
      'the order service knows SO-E1',
      async () => (await orderAs(sam).GET('/sales-orders/{orderNumber}', so)).response.status === 200,
    );
    await until(
      'the account service adopted its site admin',
      async () => (await accountAs(sam).GET('/accounts/{accountId}/users', acme)).response.status === 200,
    );
    // The delivery address is chosen from the account's address book (seed 000 step 5.3), which the order
    // service projects from the account service's AddressChanged.
    const saved = await accountAs(sam).POST('/accounts/{accountId}/addresses', { ...acme, body: { address } });
    expect(saved.response.status).toBe(201);
    upgrade.hardwareLines[0]!.deliveryAddressId = saved.data!.addressId;
  });
  afterAll(() => env.close());

  it('Given a buyer, When a site admin grants operations in the account service, Then the order service accepts their upgrade request; When disabled, Then every service refuses them', async () => {
    // Given: Olivia invited as a buyer only
    const invited = await accountAs(sam).POST('/accounts/{accountId}/users', {
      ...acme,
      body: { email: 'olivia.ops@acme.example', grants: [{ role: 'buyer' }] },
    });
    expect(invited.response.status).toBe(201);
    const oliviaId = invited.data!.userId;
    const olivia = await env.idp.mint({ sub: oliviaId, email: 'olivia.ops@acme.example' });
    await until(
      // Her buyer grant is what makes the account's order visible to her (a user the projection does not know
      // yet sees nothing), so this waits for the projection itself.
      'the order service projected Olivia as a buyer of acc-acme',
      async () => (await orderAs(olivia).GET('/sales-orders/{orderNumber}', so)).response.status === 200,
    );
    const refused = await orderAs(olivia).POST('/sales-orders/{orderNumber}/upgrade-requests', {
      ...so,
      body: { ...upgrade, submit: false },
    });
    expect(refused.error).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });

    // When: the site admin grants operations on the account
    const granted = await accountAs(sam).PUT('/accounts/{accountId}/users/{userId}/roles', {
      ...user(oliviaId),
      body: { grants: [{ role: 'buyer' }, { role: 'operations' }] },
    });
    expect(granted.response.status).toBe(200);

    // Then: the order service accepts her upgrade request once the grant has travelled
    let created: unknown;
    const grantMs = await until('the order service accepts Olivia', async () => {
      const attempt = await orderAs(olivia).POST('/sales-orders/{orderNumber}/upgrade-requests', {
        ...so,
        body: { ...upgrade, submit: false },
      });
      created = attempt.data;
      return attempt.response.status === 201;
    });
    expect(created).toMatchObject({ requestId: expect.any(String), status: 'draft' });

    // When: she is disabled; Then: both services refuse her, within seconds
    const disabled = await accountAs(sam).POST('/accounts/{accountId}/users/{userId}/disable', {
      ...user(oliviaId),
      body: {},
    });
    expect(disabled.response.status).toBe(200);
    const refusedEverywhereMs = await until(
      'every service refuses Olivia',
      async () => {
        const [inOrder, inAccount] = await Promise.all([
          orderAs(olivia).GET('/contracts'),
          accountAs(olivia).GET('/me'),
        ]);
        return inOrder.error?.code === 'USER_DISABLED' && inAccount.response.status === 403;
      },
      10_000,
    );
    console.log(
      `grant effective in order after ${grantMs} ms; disable effective everywhere after ${refusedEverywhereMs} ms`,
    );
  });
});
