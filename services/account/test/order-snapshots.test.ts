import type { RunningService } from '@portal/platform';
import { bearer, TestEnv, until } from '@portal/platform/src/testing';
import { accountService } from '../src/service';
import { orderRecorded, orderUpdated } from '@portal/platform/src/testing';

const grant = (accountId: string, role: string) => ({ accountId, role, contractNumber: null, section: null });
type RecentOrder = { orderNumber: string; status: string };

describe('account: sales orders from the order service snapshots, whatever the delivery order (real Kafka + FerretDB)', () => {
  let env: TestEnv;
  let svc: RunningService;
  let sam: string;
  const http = () => env.http(svc);

  const recentOrder = async (orderNumber: string) => {
    const res = await http().get('/accounts/acc-acme/overview').set(bearer(sam));
    return (res.body.recentOrders?.items as RecentOrder[] | undefined)?.find((o) => o.orderNumber === orderNumber);
  };
  const device = async (serial: string) => {
    const res = await http().get(`/accounts/acc-acme/devices/${serial}`).set(bearer(sam));
    return res.status === 200 ? (res.body as { warrantyEndsOn: string; orderNumber: string }) : null;
  };

  beforeAll(async () => {
    env = await TestEnv.create('account-order-snapshots');
    svc = await env.start(accountService);
    const staff = await env.tokenFor({ userId: 'u-otto', userType: 'internal', homeAccountId: 'vendor', grants: [] });
    const acme = { accountId: 'acc-acme', name: 'Acme', country: 'FR', accountType: 'premier' };
    expect((await http().post('/accounts').set(bearer(staff)).send(acme)).status).toBe(201);
    sam = await env.tokenFor({ userId: 'u-sam', homeAccountId: 'acc-acme', grants: [grant('acc-acme', 'site-admin')] });
  });
  afterAll(() => env?.close());

  it('Given the confirmed snapshot of an order, When its older booked and shipped snapshots arrive late, Then it stays confirmed with its devices (a confirmation no longer turns back into shipped)', async () => {
    const booked = orderRecorded('acc-acme', { orderNumber: 'SO-LATE-1', webOrderNumber: 'W-LATE-1' });
    const shipped = orderUpdated(booked, {
      shipped: [{ lineNumber: 1, sku: 'C9300-24T', serialNumbers: ['LATE-1-SN1'], warrantyEndsOn: '2029-06-30' }],
    });
    const confirmed = orderUpdated(shipped, { confirmed: true });

    await env.publish([confirmed]);
    expect(await until('SO-LATE-1 confirmed', async () => (await recentOrder('SO-LATE-1'))?.status === 'confirmed'));
    expect(await until('LATE-1-SN1 a device', () => device('LATE-1-SN1'))).toMatchObject({
      warrantyEndsOn: '2029-06-30',
    });

    // The older snapshots arrive late, in the order's partition: the last one handled proves both were.
    await env.publish([shipped, booked]);
    await until('the late booked snapshot handled', () =>
      svc.kit.db.collection('devices').findOne({ _id: 'LATE-1-SN1' as never, appliedEventIds: booked.eventId }),
    );
    expect(await recentOrder('SO-LATE-1')).toMatchObject({ status: 'confirmed' });
    expect(await device('LATE-1-SN1')).toMatchObject({ orderNumber: 'SO-LATE-1', warrantyEndsOn: '2029-06-30' });
  });

  it('Given an order whose shipment reached the ERP feed before its booking, When the first snapshot the account sees is already shipped, Then the order and its devices are kept (nothing dropped)', async () => {
    const booked = orderRecorded('acc-acme', { orderNumber: 'SO-EARLY-1', webOrderNumber: 'W-EARLY-1' });
    const shipped = orderUpdated(booked, {
      shipped: [{ lineNumber: 1, sku: 'C9300-24T', serialNumbers: ['EARLY-1-SN1'], warrantyEndsOn: '2030-01-31' }],
    });
    await env.publish([shipped]);
    expect(await until('EARLY-1-SN1 a device', () => device('EARLY-1-SN1'))).toMatchObject({
      orderNumber: 'SO-EARLY-1',
      warrantyEndsOn: '2030-01-31',
    });
    expect(await recentOrder('SO-EARLY-1')).toMatchObject({ status: 'shipped' });
  });
});
