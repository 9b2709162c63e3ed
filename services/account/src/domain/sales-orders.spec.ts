import type { SalesOrderBookedPayload, SalesOrderShippedPayload } from '@portal/contracts';
import { devicesFromShipment, deviceView, serialSearchPrefix, warrantyStatus } from './devices';
import { applyBooked, applyStatus, recentOnlineOrders, recentOrderSummary } from './sales-orders';
import { subscriptionsOf } from './software-subscriptions';
import { device, NOW, order } from './testing/fixtures';

const booked = (overrides: Partial<SalesOrderBookedPayload> = {}): SalesOrderBookedPayload => ({
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
  ...overrides,
});
const shipped = (): SalesOrderShippedPayload => ({
  orderNumber: 'SO-9',
  shippedAt: new Date('2026-03-05T12:00:00Z'),
  shipments: [{ lineNumber: 1, sku: 'SRV-R650', serialNumbers: ['abc1', 'abc2'], warrantyEndsOn: '2029-03-05' }],
});

describe('sales orders from the ERP', () => {
  it('Given SalesOrderBooked, When applied, Then the order is kept with its total in minor units and no serials', () => {
    const o = applyBooked(null, 'acc-acme', booked());
    expect(o).toMatchObject({
      orderNumber: 'SO-9',
      accountId: 'acc-acme',
      status: 'booked',
      totalMinor: 1_010_000,
      placedAt: '2026-03-01T08:00:00.000Z',
    });
    expect(o.lines[0]).not.toHaveProperty('serialNumbers');
  });

  it('Given a shipped order, When booked is replayed, Then the status stays shipped', () => {
    const o = applyStatus(applyBooked(null, 'acc-acme', booked()), 'shipped', NOW);
    expect(applyBooked(o, 'acc-acme', booked()).status).toBe('shipped');
  });

  it('Given a cancelled order, When a later status arrives, Then it stays cancelled; confirmed does not undo shipped', () => {
    const o = applyBooked(null, 'acc-acme', booked());
    expect(applyStatus(applyStatus(o, 'cancelled', NOW), 'shipped', NOW).status).toBe('cancelled');
    expect(applyStatus(o, 'confirmed', NOW).status).toBe('confirmed');
    expect(applyStatus(applyStatus(o, 'shipped', NOW), 'confirmed', NOW).status).toBe('confirmed');
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
  it('Given a shipment with serials, When applied, Then one device per serial with the product name of the booked line', () => {
    const devices = devicesFromShipment('acc-acme', applyBooked(null, 'acc-acme', booked()), shipped());
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

  it('Given a shipment before the order is known, When applied, Then the SKU stands for the product', () => {
    expect(devicesFromShipment('acc-acme', null, shipped())[0]!.product).toBe('SRV-R650');
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
    const o = applyBooked(null, 'acc-us', booked());
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
