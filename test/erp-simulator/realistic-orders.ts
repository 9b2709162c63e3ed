import { randomUUID } from 'node:crypto';
import type { Envelope, SalesOrderLine } from '@portal/contracts';

const PRODUCTS: Omit<SalesOrderLine, 'lineNumber' | 'quantity' | 'serialNumbers'>[] = [
  {
    sku: 'C9300-24T',
    kind: 'hardware',
    description: 'Catalyst 9300 24-port switch',
    unitPrice: { amountMinor: 350000, currency: 'EUR' },
  },
  {
    sku: 'C9300-48P',
    kind: 'hardware',
    description: 'Catalyst 9300 48-port PoE switch',
    unitPrice: { amountMinor: 610000, currency: 'EUR' },
  },
  {
    sku: 'ISR4331',
    kind: 'hardware',
    description: 'ISR 4331 router',
    unitPrice: { amountMinor: 280000, currency: 'EUR' },
  },
  {
    sku: 'DNA-ADV-3Y',
    kind: 'software',
    description: 'DNA Advantage 3 years',
    unitPrice: { amountMinor: 90000, currency: 'EUR' },
  },
  {
    sku: 'RDS-CAL-USER',
    kind: 'software',
    description: 'RDS user CAL',
    unitPrice: { amountMinor: 12000, currency: 'EUR' },
  },
  {
    sku: 'FE-ECS-S3',
    kind: 'service',
    description: 'Flexible Engine ECS s3 instance',
    unitPrice: { amountMinor: 4500, currency: 'EUR' },
  },
  {
    sku: 'SNTC-8X5',
    kind: 'subscription',
    description: 'Smart Net Total Care 8x5xNBD',
    unitPrice: { amountMinor: 30000, currency: 'EUR' },
  },
];

const ACCOUNTS = ['acc-acme', 'acc-nordic', 'acc-us'];

/** A deterministic pseudo-random source, so a generated run can be reproduced from its seed. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** N realistic SalesOrderBooked events: 1-4 lines, serials on hardware, some placed online. */
export function* realisticOrders(
  count: number,
  options: { seed?: number; accounts?: string[]; prefix?: string } = {},
): Generator<Envelope<'SalesOrderBooked'>> {
  const next = random(options.seed ?? 42);
  const accounts = options.accounts ?? ACCOUNTS;
  const runId = options.prefix ?? randomUUID().slice(0, 6).toUpperCase();
  for (let i = 0; i < count; i++) {
    const orderNumber = `SO-${runId}-${String(i).padStart(6, '0')}`;
    const accountId = accounts[Math.floor(next() * accounts.length)]!;
    const lines: SalesOrderLine[] = Array.from({ length: 1 + Math.floor(next() * 4) }, (_, index) => {
      const product = PRODUCTS[Math.floor(next() * PRODUCTS.length)]!;
      const quantity = 1 + Math.floor(next() * 5);
      const serialNumbers =
        product.kind === 'hardware' ? Array.from({ length: quantity }, (_, u) => `FOC${runId}${i}L${index}U${u}`) : [];
      return { ...product, lineNumber: index + 1, quantity, serialNumbers };
    });
    const placedAt = new Date(Date.now() - Math.floor(next() * 60) * 86_400_000);
    yield {
      eventId: randomUUID(),
      eventType: 'SalesOrderBooked',
      occurredAt: new Date(),
      aggregateId: orderNumber,
      accountId,
      correlationId: randomUUID(),
      causationId: null,
      actor: { userId: 'erp', userType: 'system' },
      payload: {
        orderNumber,
        webOrderNumber: next() < 0.5 ? `W-${runId}-${i}` : null,
        contractNumber: accountId === 'acc-acme' ? 'C-1001' : null,
        placedAt,
        currency: 'EUR',
        lines,
        shipTo: {
          name: accountId,
          street: '1 Main Street',
          city: 'Paris',
          postalCode: '75001',
          country: 'FR',
          region: null,
        },
        term: null,
        resellerAccountId: null,
        upgradeRequestId: null,
        purchaseAuthorizationId: null,
      },
    };
  }
}
