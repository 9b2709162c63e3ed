import type { SalesOrderRecordedPayload } from '@portal/contracts';
import { devicesOfOrder, deviceView, serialSearchPrefix, warrantyStatus } from './devices';
import { recentOnlineOrders } from '@portal/platform/src/domain';
import { adoptOrderSnapshot, recentOrderSummary, type OrderRecord } from './sales-orders';
import { subscriptionsOf } from './software-subscriptions';
import { bookedSnapshot } from '@portal/platform/src/testing/order-snapshots';
import { device, NOW, order } from './testing/fixtures';

/** The order service's snapshot of SO-9 (SalesOrderRecorded/Updated payload), booked and not shipped yet. */
const snapshot = (overrides: Partial<SalesOrderRecordedPayload> = {}): SalesOrderRecordedPayload => ({
  ...bookedSnapshot({
    orderNumber: 'SO-9',
    webOrderNumber: 'W-9',
    contractNumber: 'CT-1',
    placedAt: new Date('2026-03-01T08:00:00Z'),
    currency: 'EUR',
    lines: [
      {
        lineNumber: 1,
        sku: 'SRV-R650',
        kind: 'hardware',
        description: 'PowerEdge R650',
        quantity: 2,
        unitPrice: { amountMinor: 500000, currency: 'EUR' },
        serialNumbers: ['abc1', 'abc2'],
      },
      {
        lineNumber: 2,
        sku: 'SUB-M365',
        kind: 'subscription',
        description: 'Office suite',
        quantity: 10,
        unitPrice: { amountMinor: 1000, currency: 'EUR' },
        serialNumbers: [],
      },
    ],
    shipTo: { name: 'HQ', street: '1 rue', city: 'Paris', postalCode: '75002', country: 'FR', region: null },
    term: { startDate: '2026-03-01', endDate: '2027-02-28' },
    resellerAccountId: null,
    upgradeRequestId: null,
    purchaseAuthorizationId: null,
  }),
  ...overrides,
});
const shipment = (serials: string[], at = '2026-03-05T12:00:00Z', warrantyEndsOn = '2029-03-05') => ({
  shippedAt: new Date(at),
  lines: [{ lineNumber: 1, sku: 'SRV-R650', serialNumbers: serials, warrantyEndsOn }],
});
const shippedSnapshot = (revision = 2) =>
  snapshot({
    status: 'shipped',
    shipped: true,
    shippedAt: new Date('2026-03-05T12:00:00Z'),
    shipments: [shipment(['abc1', 'abc2'])],
    revision,
  });
const adopted = (s: SalesOrderRecordedPayload, current: OrderRecord | null = null) =>
  adoptOrderSnapshot(current, 'acc-acme', s)!;

describe('sales orders from the order service', () => {
  it('Given SalesOrderRecorded, When adopted, Then the order is kept with its total in minor units and no serials', () => {
    const o = adopted(snapshot());
    expect(o).toMatchObject({
      orderNumber: 'SO-9',
      accountId: 'acc-acme',
      status: 'booked',
      totalMinor: 1_010_000,
      placedAt: '2026-03-01T08:00:00.000Z',
      revision: 1,
    });
    expect(o.lines[0]).not.toHaveProperty('serialNumbers');
  });

  it('Given a confirmed order, When the older shipped snapshot arrives late, Then it stays confirmed (the fold no longer depends on arrival order)', () => {
    const confirmed = adopted(
      snapshot({ status: 'confirmed', shipped: true, confirmed: true, shipments: [shipment(['abc1'])], revision: 3 }),
    );
    expect(adoptOrderSnapshot(confirmed, 'acc-acme', shippedSnapshot(2))).toBeNull();
    expect(adoptOrderSnapshot(confirmed, 'acc-acme', snapshot({ status: 'confirmed', revision: 3 }))).toBeNull();
  });

  it('Given an order known only from a shipment (no booking yet), When its first snapshot arrives, Then it is shipped with its devices: nothing is dropped', () => {
    const o = adopted(shippedSnapshot(1));
    expect(o.status).toBe('shipped');
    expect(devicesOfOrder(o).map((d) => d.serialNumber)).toEqual(['ABC1', 'ABC2']);
  });

  it('Given a copy made before snapshots (no revision), When a snapshot arrives, Then it replaces the copy', () => {
    const legacy = order({ orderNumber: 'SO-9', status: 'shipped' });
    expect(adoptOrderSnapshot(legacy, 'acc-acme', snapshot({ status: 'cancelled', cancelled: true }))?.status).toBe(
      'cancelled',
    );
  });

  it('Given a snapshot with a status the account does not know, When adopted, Then it is refused (dead-lettered, not guessed)', () => {
    expect(() => adopted(snapshot({ status: 'teleported' }))).toThrow(/unknown status/);
  });

  it('Given orders of several ages and channels, When recent orders are asked, Then online ones of the last 30 days, newest first', () => {
    const orders = [
      order({ orderNumber: 'SO-OLD', placedAt: '2026-02-01T00:00:00.000Z' }),
      order({ orderNumber: 'SO-PHONE', webOrderNumber: null }),
      order({ orderNumber: 'SO-A', placedAt: '2026-03-01T00:00:00.000Z' }),
      order({ orderNumber: 'SO-B', placedAt: '2026-03-14T00:00:00.000Z', status: 'cancelled' }),
      order({ orderNumber: 'SO-EDGE', placedAt: '2026-02-13T10:00:00.000Z' }),
    ];
    expect(recentOnlineOrders(orders, NOW).map((o) => o.orderNumber)).toEqual(['SO-B', 'SO-A', 'SO-EDGE']);
    expect(recentOrderSummary(orders[2]!)).toEqual({
      orderNumber: 'SO-A',
      webOrderNumber: 'W-1',
      placedAt: '2026-03-01T00:00:00.000Z',
      status: 'booked',
      total: { amountMinor: 240000, currency: 'EUR' },
      lineCount: 1,
    });
  });
});

describe('devices', () => {
  it('Given a shipment with serials, When the order is adopted, Then one device per serial with the product name of the order line', () => {
    const devices = devicesOfOrder(adopted(shippedSnapshot()));
    expect(devices).toEqual([
      expect.objectContaining({
        serialNumber: 'ABC1',
        product: 'PowerEdge R650',
        sku: 'SRV-R650',
        warrantyEndsOn: '2029-03-05',
        orderNumber: 'SO-9',
        shippedAt: '2026-03-05T12:00:00.000Z',
      }),
      expect.objectContaining({ serialNumber: 'ABC2' }),
    ]);
  });

  it('Given a shipped line the order does not list, When devices are built, Then the SKU stands for the product', () => {
    const o = adopted(snapshot({ lines: [], shipments: [shipment(['abc1'])], revision: 2 }));
    expect(devicesOfOrder(o)[0]!.product).toBe('SRV-R650');
  });

  it('Given a serial shipped twice, When devices are built, Then it is the device of its latest shipment', () => {
    const o = adopted(
      snapshot({
        shipments: [
          shipment(['abc1'], '2026-03-05T12:00:00Z', '2029-03-05'),
          shipment(['abc1'], '2026-03-09T12:00:00Z', '2030-03-09'),
        ],
        revision: 3,
      }),
    );
    expect(devicesOfOrder(o)).toEqual([
      expect.objectContaining({
        serialNumber: 'ABC1',
        shippedAt: '2026-03-09T12:00:00.000Z',
        warrantyEndsOn: '2030-03-09',
      }),
    ]);
  });

  it.each([
    [null, 'unknown'],
    ['2026-03-14', 'expired'],
    ['2026-03-15', 'expiring'],
    ['2026-04-14', 'expiring'],
    ['2026-04-15', 'active'],
  ] as const)('Given a warranty ending %s, When shown on 2026-03-15, Then %s', (end, status) => {
    expect(warrantyStatus({ warrantyEndsOn: end }, NOW)).toBe(status);
  });

  it('Given a search, When normalised, Then a case-insensitive prefix of 2+ safe characters', () => {
    expect(serialSearchPrefix(' abc ')).toBe('ABC');
    expect(serialSearchPrefix('a')).toBeNull();
    expect(serialSearchPrefix('a.*')).toBeNull();
  });

  it('Given a device, When shown, Then with its warranty status', () => {
    expect(deviceView(device(), NOW)).toMatchObject({ serialNumber: 'SVC-TAG-1', warrantyStatus: 'active' });
  });
});

describe('software subscriptions', () => {
  it('Given subscription lines, When listed, Then one subscription per line with status from its term and the clock', () => {
    const o = adoptOrderSnapshot(null, 'acc-us', snapshot())!;
    expect(subscriptionsOf([o], NOW)).toEqual([
      {
        subscriptionId: 'SO-9-2',
        orderNumber: 'SO-9',
        lineNumber: 2,
        sku: 'SUB-M365',
        product: 'Office suite',
        quantity: 10,
        term: { startDate: '2026-03-01', endDate: '2027-02-28' },
        status: 'active',
      },
    ]);
    expect(subscriptionsOf([o], new Date('2027-03-01T00:00:00Z'))[0]!.status).toBe('expired');
    expect(subscriptionsOf([o], new Date('2026-02-01T00:00:00Z'))[0]!.status).toBe('pending');
    expect(subscriptionsOf([{ ...o, status: 'cancelled' }], NOW)[0]!.status).toBe('cancelled');
    expect(subscriptionsOf([{ ...o, term: null }], NOW)[0]!.status).toBe('active');
  });
});
