import { randomUUID } from 'node:crypto';
import type { Envelope, EventPayloads, EventType } from '@portal/contracts';

/** Realistic ERP events with sensible defaults; override what a test is about. */
export function erpEvent<T extends EventType>(
  eventType: T,
  aggregateId: string,
  accountId: string,
  payload: EventPayloads[T],
  occurredAt = new Date(),
): Envelope<T> {
  return {
    eventId: randomUUID(),
    eventType,
    occurredAt,
    aggregateId,
    accountId,
    correlationId: randomUUID(),
    causationId: null,
    actor: { userId: 'erp', userType: 'system' },
    payload,
  };
}

type Booked = EventPayloads['SalesOrderBooked'];

export const erp = {
  salesOrderBooked(
    accountId: string,
    overrides: Partial<Booked> & { orderNumber: string },
  ): Envelope<'SalesOrderBooked'> {
    const payload: Booked = {
      webOrderNumber: null,
      contractNumber: null,
      placedAt: new Date(),
      currency: 'EUR',
      lines: [
        {
          lineNumber: 1,
          sku: 'C9300-24T',
          kind: 'hardware',
          description: 'Catalyst 9300 24-port switch',
          quantity: 2,
          unitPrice: { amountMinor: 350000, currency: 'EUR' },
          serialNumbers: [`${overrides.orderNumber}-SN1`, `${overrides.orderNumber}-SN2`],
        },
      ],
      shipTo: {
        name: 'ACME SAS',
        street: '12 rue de la Paix',
        city: 'Paris',
        postalCode: '75002',
        country: 'FR',
        region: null,
      },
      term: null,
      resellerAccountId: null,
      upgradeRequestId: null,
      purchaseAuthorizationId: null,
      ...overrides,
    };
    return erpEvent('SalesOrderBooked', payload.orderNumber, accountId, payload);
  },
  salesOrderShipped(
    accountId: string,
    orderNumber: string,
    shipments: EventPayloads['SalesOrderShipped']['shipments'] = [],
  ) {
    return erpEvent('SalesOrderShipped', orderNumber, accountId, { orderNumber, shippedAt: new Date(), shipments });
  },
  salesOrderConfirmed(accountId: string, orderNumber: string) {
    return erpEvent('SalesOrderConfirmed', orderNumber, accountId, { orderNumber, confirmedAt: new Date() });
  },
  salesOrderCancelled(accountId: string, orderNumber: string, reason: string | null = null) {
    return erpEvent('SalesOrderCancelled', orderNumber, accountId, { orderNumber, cancelledAt: new Date(), reason });
  },
  exportHoldPlaced(accountId: string, orderNumber: string, reason: string | null = 'screening') {
    return erpEvent('ExportHoldPlaced', orderNumber, accountId, { orderNumber, placedAt: new Date(), reason });
  },
  exportHoldReleased(accountId: string, orderNumber: string) {
    return erpEvent('ExportHoldReleased', orderNumber, accountId, { orderNumber, releasedAt: new Date() });
  },
  contractActivated(
    accountId: string,
    contractNumber: string,
    overrides: Partial<EventPayloads['ContractActivated']> = {},
  ) {
    return erpEvent('ContractActivated', contractNumber, accountId, {
      contractNumber,
      term: { startDate: '2026-01-01', endDate: '2027-12-31' },
      freeChangesPerMonth: 3,
      description: null,
      ...overrides,
    });
  },
  productPublished(payload: Partial<EventPayloads['ProductPublished']> & { sku: string }) {
    return erpEvent('ProductPublished', payload.sku, 'catalog', {
      kind: 'hardware',
      description: payload.sku,
      eligibleForUpgrade: false,
      upgradeTargets: [],
      listPrice: null,
      ...payload,
    });
  },
  invoiceIssued(accountId: string, payload: Partial<EventPayloads['InvoiceIssued']> & { invoiceNumber: string }) {
    return erpEvent('InvoiceIssued', payload.invoiceNumber, accountId, {
      orderNumber: null,
      issuedOn: '2026-11-01',
      dueOn: '2026-12-01',
      amount: { amountMinor: 100000, currency: 'EUR' },
      ...payload,
    });
  },
};
