import type { RunningService } from '@portal/platform';
import type { TestEnv, TopicProbe } from '@portal/platform/src/testing';
import { realisticOrders } from '../../../test/erp-simulator/realistic-orders';
import { addDays, isoDate } from '../src/domain/dates';
import { orderService } from '../src/service';
import { erpEvent } from '@portal/platform/src/testing';
import { acme, applied, bearer, createEnv, getWhen, operations } from './helpers';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('order service: reads by key stay right while the ERP floods it', () => {
  let env: TestEnv;
  let svc: RunningService;
  let out: TopicProbe;
  let olivia: string;
  let requestId: string;

  beforeAll(async () => {
    env = await createEnv('order-reads');
    svc = await env.start(orderService);
    out = env.probe('order.events.v1');
    await env.publish([
      env.erp.contractActivated(acme, 'C-R1', { term: { startDate: '2026-01-01', endDate: '2029-12-31' } }),
      env.erp.productPublished({
        sku: 'R740',
        kind: 'hardware',
        eligibleForUpgrade: true,
        upgradeTargets: ['R750'],
        listPrice: eur(400000),
      }),
      env.erp.productPublished({ sku: 'R750', kind: 'hardware', description: 'R750', listPrice: eur(500000) }),
      env.erp.salesOrderBooked(acme, {
        orderNumber: 'SO-R1',
        contractNumber: 'C-R1',
        lines: [
          {
            lineNumber: 1,
            sku: 'R740',
            kind: 'hardware',
            description: 'Rack server R740',
            quantity: 2,
            unitPrice: eur(400000),
            serialNumbers: ['SN-R1', 'SN-R2'],
          },
        ],
      }),
    ]);
    // The delivery address comes from the account's address book, as the account service publishes it.
    const lyon = erpEvent('AddressChanged', acme, acme, {
      addressId: 'addr-lyon',
      change: 'added',
      label: 'Lyon DC',
      address: {
        name: 'ACME Lyon DC',
        street: '3 quai Perrache',
        city: 'Lyon',
        postalCode: '69002',
        country: 'FR',
        region: null,
      },
      defaultShippingAddressId: 'addr-lyon',
      defaultBillingAddressId: 'addr-lyon',
    });
    await env.publish([lyon]);
    await applied(svc, 'account_books', lyon);
    olivia = await env.tokenFor({ userId: 'u-olivia', homeAccountId: acme, grants: [operations()] });
    await getWhen(env, svc, olivia, '/sales-orders/SO-R1/upgrade-options', (r) => r.status === 200);
    const created = await env
      .http(svc)
      .post('/sales-orders/SO-R1/upgrade-requests')
      .set(bearer(olivia))
      .send({
        submit: true,
        basicInfo: {
          discountPercent: 10,
          specialPricingFormNumber: 'SPF-77',
          startDate: addDays(isoDate(new Date()), 7),
          deploymentWindowDays: 30,
          termOption: 'co-term',
        },
        hardwareLines: [
          {
            sku: 'R740',
            targetSku: 'R750',
            quantity: 1,
            serialNumbers: ['SN-R1'],
            deliveryAddressId: 'addr-lyon',
            shippingServiceLevel: 'standard',
            carrierName: 'DHL',
            shippingAccount: 'DHL-ACME-1',
          },
        ],
        softwareLines: [],
      });
    expect(created.status).toBe(201);
    requestId = created.body.requestId;
  });
  afterAll(async () => env?.close());

  it('Given an order with a submitted upgrade request, When 300 ERP orders arrive at once, Then every read of it meanwhile is right, and each new order reads as absent or as itself', async () => {
    const flood = [...realisticOrders(300, { accounts: [acme], prefix: 'RD' })];
    const recorded = () =>
      new Set(out.events.filter((e) => e.eventType === 'SalesOrderRecorded').map((e) => e.aggregateId));
    const page = async (orderNumber: string) => {
      const r = await env.http(svc).get(`/sales-orders/${orderNumber}`).set(bearer(olivia));
      return { status: r.status, body: r.body };
    };

    await env.publish(flood);
    let readsDuringIngestion = 0;
    while (flood.some((o) => !recorded().has(o.aggregateId))) {
      const own = await page('SO-R1');
      expect(own.status).toBe(200);
      expect(own.body.upgradeRequests).toEqual([expect.objectContaining({ requestId, status: 'pending-approval' })]);
      const other = flood[readsDuringIngestion % flood.length]!.aggregateId;
      const read = await page(other);
      expect([200, 404]).toContain(read.status);
      if (read.status === 200) expect(read.body).toMatchObject({ orderNumber: other, upgradeRequests: [] });
      readsDuringIngestion++;
    }

    expect(readsDuringIngestion).toBeGreaterThan(0);
    for (const order of flood.slice(0, 20))
      expect(await page(order.aggregateId)).toMatchObject({ status: 200, body: { orderNumber: order.aggregateId } });
  });
});
