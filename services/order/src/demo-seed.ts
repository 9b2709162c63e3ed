/**
 * Demo data of the order service: the ERP events the local start publishes (erp.contracts.v1, erp.catalog.v1,
 * erp.sales-orders.v1, erp.invoices.v1) so the upgrade flow, recent orders and invoices can be tried at once with
 * the demo users (u-olivia: operations on acc-acme; u-sam: site-admin on acc-acme; u-ivan: internal approver).
 * Event ids are derived from names, so seeding twice changes nothing (the handlers dedupe by event id). Dates of
 * orders and invoices are relative to `now` (recent orders, overdue invoices).
 * Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import type { AnyEnvelope, Envelope, EventPayloads, EventType, SalesOrderLine } from '@portal/contracts';
import { addDays, isoDate } from './domain/dates';

export const DEMO_ACCOUNT = 'acc-acme';
export const DEMO_CONTRACT = 'C-1001';
export const DEMO_EXPIRED_CONTRACT = 'C-0900';

const DAY = 86_400_000;
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const acmeHq = {
  name: 'Acme SAS',
  street: '12 rue de la Paix',
  city: 'Paris',
  postalCode: '75002',
  country: 'FR',
  region: null,
};
const acmeDc = {
  name: 'Acme SAS - Lyon DC',
  street: '3 quai Perrache',
  city: 'Lyon',
  postalCode: '69002',
  country: 'FR',
  region: null,
};

/** A stable UUID-shaped id from a name, so the same demo event always has the same id. */
export function demoEventId(name: string): string {
  const h = createHash('sha1').update(`order-demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function event<T extends EventType>(
  name: string,
  eventType: T,
  aggregateId: string,
  accountId: string,
  payload: EventPayloads[T],
  occurredAt: Date,
): AnyEnvelope {
  const envelope: Envelope<T> = {
    eventId: demoEventId(name),
    eventType,
    occurredAt,
    aggregateId,
    accountId,
    correlationId: demoEventId(`${name}:correlation`),
    causationId: null,
    actor: { userId: 'erp', userType: 'system' },
    payload,
  };
  return envelope as unknown as AnyEnvelope;
}

const line = (
  lineNumber: number,
  sku: string,
  kind: SalesOrderLine['kind'],
  description: string,
  quantity: number,
  unitPriceMinor: number,
  serialNumbers: string[] = [],
): SalesOrderLine => ({
  lineNumber,
  sku,
  kind,
  description,
  quantity,
  unitPrice: eur(unitPriceMinor),
  serialNumbers,
});

/** The upgrade catalog: SKU, kind, description, eligible for upgrade, upgrade targets, list price. */
export const demoCatalog: EventPayloads['ProductPublished'][] = [
  {
    sku: 'R740',
    kind: 'hardware',
    description: 'PowerEdge R740 rack server',
    eligibleForUpgrade: true,
    upgradeTargets: ['R750', 'R760'],
    listPrice: eur(650000),
  },
  {
    sku: 'R750',
    kind: 'hardware',
    description: 'PowerEdge R750 rack server',
    eligibleForUpgrade: true,
    upgradeTargets: ['R760'],
    listPrice: eur(820000),
  },
  {
    sku: 'R760',
    kind: 'hardware',
    description: 'PowerEdge R760 rack server',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(990000),
  },
  {
    sku: 'C9300-24T',
    kind: 'hardware',
    description: 'Catalyst 9300 24-port switch',
    eligibleForUpgrade: true,
    upgradeTargets: ['C9300-48T'],
    listPrice: eur(350000),
  },
  {
    sku: 'C9300-48T',
    kind: 'hardware',
    description: 'Catalyst 9300 48-port switch',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(520000),
  },
  {
    sku: 'OS-STD',
    kind: 'software',
    description: 'Server OS Standard (per core pack)',
    eligibleForUpgrade: true,
    upgradeTargets: ['OS-DC'],
    listPrice: eur(90000),
  },
  {
    sku: 'OS-DC',
    kind: 'software',
    description: 'Server OS Datacenter (per core pack)',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(540000),
  },
  {
    sku: 'DNA-ESS-3Y',
    kind: 'software',
    description: 'DNA Essentials 3 years',
    eligibleForUpgrade: true,
    upgradeTargets: ['DNA-ADV-3Y'],
    listPrice: eur(45000),
  },
  {
    sku: 'DNA-ADV-3Y',
    kind: 'software',
    description: 'DNA Advantage 3 years',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(80000),
  },
  {
    sku: 'PS-3Y',
    kind: 'service',
    description: 'ProSupport Plus 3 years',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(120000),
  },
  {
    sku: 'BACKUP-1Y',
    kind: 'subscription',
    description: 'Cloud backup 1 TB, 1 year',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(24000),
  },
  {
    sku: 'CABLE-KIT',
    kind: 'hardware',
    description: 'Rack cable kit',
    eligibleForUpgrade: false,
    upgradeTargets: [],
    listPrice: eur(4900),
  },
];

export function orderDemoEvents(now: Date = new Date()): AnyEnvelope[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const today = isoDate(now);
  const a = DEMO_ACCOUNT;
  const contractTerm = { startDate: '2026-01-01', endDate: '2028-12-31' };

  const contracts: AnyEnvelope[] = [
    event(
      'contract:C-1001',
      'ContractActivated',
      DEMO_CONTRACT,
      a,
      {
        contractNumber: DEMO_CONTRACT,
        term: contractTerm,
        freeChangesPerMonth: 3,
        description: 'Velo validation contract - data centre',
      },
      new Date('2026-01-01T00:00:00Z'),
    ),
    event(
      'contract:C-0900',
      'ContractActivated',
      DEMO_EXPIRED_CONTRACT,
      a,
      {
        contractNumber: DEMO_EXPIRED_CONTRACT,
        term: { startDate: '2022-01-01', endDate: '2025-12-31' },
        freeChangesPerMonth: 1,
        description: 'Previous Velo contract',
      },
      new Date('2022-01-01T00:00:00Z'),
    ),
    event(
      'contract:C-0900:expired',
      'ContractExpired',
      DEMO_EXPIRED_CONTRACT,
      a,
      { contractNumber: DEMO_EXPIRED_CONTRACT, expiredAt: new Date('2026-01-01T00:00:00Z') },
      new Date('2026-01-01T00:00:00Z'),
    ),
  ];

  const catalog = demoCatalog.map((p) =>
    event(`catalog:${p.sku}`, 'ProductPublished', p.sku, 'catalog', p, new Date('2026-01-01T00:00:00Z')),
  );

  const booked = (
    orderNumber: string,
    placedAt: Date,
    rest: Partial<EventPayloads['SalesOrderBooked']> & { lines: SalesOrderLine[] },
  ) =>
    event(
      `order:${orderNumber}:booked`,
      'SalesOrderBooked',
      orderNumber,
      a,
      {
        orderNumber,
        webOrderNumber: null,
        contractNumber: DEMO_CONTRACT,
        placedAt,
        currency: 'EUR',
        shipTo: acmeHq,
        term: contractTerm,
        resellerAccountId: null,
        upgradeRequestId: null,
        purchaseAuthorizationId: null,
        ...rest,
      },
      placedAt,
    );

  const orders: AnyEnvelope[] = [
    // Placed online 5 days ago, booked: the one to upgrade (hardware with serials, software, service, subscription).
    booked('SO-1001', ago(5), {
      webOrderNumber: 'W-1001',
      shipTo: acmeDc,
      lines: [
        line(1, 'R740', 'hardware', 'PowerEdge R740 rack server', 4, 650000, [
          'SN-R740-0001',
          'SN-R740-0002',
          'SN-R740-0003',
          'SN-R740-0004',
        ]),
        line(2, 'OS-STD', 'software', 'Server OS Standard (per core pack)', 16, 90000),
        line(3, 'PS-3Y', 'service', 'ProSupport Plus 3 years', 4, 120000),
        line(4, 'BACKUP-1Y', 'subscription', 'Cloud backup 1 TB, 1 year', 2, 24000),
        line(5, 'CABLE-KIT', 'hardware', 'Rack cable kit', 2, 4900, ['SN-CBL-0001', 'SN-CBL-0002']),
      ],
    }),
    // Placed online 20 days ago, shipped and confirmed (licences can be deposited).
    booked('SO-1002', ago(20), {
      webOrderNumber: 'W-1002',
      lines: [
        line(1, 'C9300-24T', 'hardware', 'Catalyst 9300 24-port switch', 2, 350000, ['SN-C93-0001', 'SN-C93-0002']),
        line(2, 'DNA-ESS-3Y', 'software', 'DNA Essentials 3 years', 2, 45000),
        line(3, 'PS-3Y', 'service', 'ProSupport Plus 3 years', 2, 120000),
      ],
    }),
    event(
      'order:SO-1002:shipped',
      'SalesOrderShipped',
      'SO-1002',
      a,
      {
        orderNumber: 'SO-1002',
        shippedAt: ago(17),
        shipments: [
          {
            lineNumber: 1,
            sku: 'C9300-24T',
            serialNumbers: ['SN-C93-0001', 'SN-C93-0002'],
            warrantyEndsOn: addDays(today, 3 * 365),
          },
        ],
      },
      ago(17),
    ),
    event(
      'order:SO-1002:confirmed',
      'SalesOrderConfirmed',
      'SO-1002',
      a,
      { orderNumber: 'SO-1002', confirmedAt: ago(15) },
      ago(15),
    ),
    // Placed by phone 45 days ago (not a recent online order), on export hold.
    booked('SO-1003', ago(45), {
      lines: [
        line(1, 'R750', 'hardware', 'PowerEdge R750 rack server', 1, 820000, ['SN-R750-0001']),
        line(2, 'OS-DC', 'software', 'Server OS Datacenter (per core pack)', 2, 540000),
      ],
    }),
    event(
      'order:SO-1003:hold',
      'ExportHoldPlaced',
      'SO-1003',
      a,
      { orderNumber: 'SO-1003', placedAt: ago(44), reason: 'Export compliance screening' },
      ago(44),
    ),
    // Under the expired contract: visible, but an upgrade is refused with CONTRACT_NOT_ACTIVE.
    booked('SO-0901', new Date('2023-03-15T10:00:00Z'), {
      contractNumber: DEMO_EXPIRED_CONTRACT,
      term: { startDate: '2022-01-01', endDate: '2025-12-31' },
      lines: [line(1, 'R740', 'hardware', 'PowerEdge R740 rack server', 2, 650000, ['SN-R740-0901', 'SN-R740-0902'])],
    }),
    event(
      'order:SO-0901:shipped',
      'SalesOrderShipped',
      'SO-0901',
      a,
      { orderNumber: 'SO-0901', shippedAt: new Date('2023-03-20T10:00:00Z'), shipments: [] },
      new Date('2023-03-20T10:00:00Z'),
    ),
    event(
      'order:SO-0901:confirmed',
      'SalesOrderConfirmed',
      'SO-0901',
      a,
      { orderNumber: 'SO-0901', confirmedAt: new Date('2023-03-22T10:00:00Z') },
      new Date('2023-03-22T10:00:00Z'),
    ),
  ];

  const invoice = (
    invoiceNumber: string,
    orderNumber: string,
    issuedDaysAgo: number,
    dueInDays: number,
    amountMinor: number,
  ) =>
    event(
      `invoice:${invoiceNumber}`,
      'InvoiceIssued',
      invoiceNumber,
      a,
      {
        invoiceNumber,
        orderNumber,
        issuedOn: addDays(today, -issuedDaysAgo),
        dueOn: addDays(today, dueInDays),
        amount: eur(amountMinor),
      },
      ago(issuedDaysAgo),
    );

  const invoices: AnyEnvelope[] = [
    invoice('INV-5001', 'SO-1002', 19, 11, 1030000), // paid
    event(
      'invoice:INV-5001:paid',
      'InvoicePaid',
      'INV-5001',
      a,
      { invoiceNumber: 'INV-5001', paidOn: addDays(today, -8), paymentId: null },
      ago(8),
    ),
    invoice('INV-5002', 'SO-1001', 4, 26, 4328800), // unpaid, due in 26 days
    invoice('INV-5003', 'SO-1003', 40, -10, 1900000), // overdue by 10 days
  ];

  return [...contracts, ...catalog, ...orders, ...invoices];
}

/** The demo ERP events as of module load (the local start publishes these). */
export const demoErpEvents: AnyEnvelope[] = orderDemoEvents();
